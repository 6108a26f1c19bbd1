/// The few words writers print themselves, outside the report documents and
/// the document header: everything else comes from the templates. The
/// engine passes the words of the report's language; the defaults are
/// Vietnamese.
public struct WriterLabels: Hashable, Sendable {
    /// The header of the row-label column in CSV, TXT and XLSX tables: `Nội dung`.
    public var rowLabelHeader: String
    /// The word before a table's number in TXT: `Biểu` gives `Biểu 1: …`.
    public var tableCaption: String
    /// The name of the workbook's first sheet, the cover: `Bìa`.
    public var coverSheetName: String
    /// After the number of a TXT table's second and later parts: `Biểu 1 (tiếp theo)`.
    public var continued: String
    /// In place of a table without rows: `Không có số liệu`.
    public var noData: String

    public init(rowLabelHeader: String, tableCaption: String, coverSheetName: String, continued: String,
                noData: String) {
        self.rowLabelHeader = rowLabelHeader
        self.tableCaption = tableCaption
        self.coverSheetName = coverSheetName
        self.continued = continued
        self.noData = noData
    }

    /// `Nội dung`, `Biểu`, `Bìa`, `tiếp theo`, `Không có số liệu`.
    public static let vietnamese = WriterLabels(rowLabelHeader: "Nội dung", tableCaption: "Biểu", coverSheetName: "Bìa",
                                                continued: "tiếp theo", noData: "Không có số liệu")
    /// `Item`, `Table`, `Cover`, `continued`, `No data`, for `--lang en`.
    public static let english = WriterLabels(rowLabelHeader: "Item", tableCaption: "Table", coverSheetName: "Cover",
                                             continued: "continued", noData: "No data")
}
