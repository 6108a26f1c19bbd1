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

    public init(rowLabelHeader: String, tableCaption: String, coverSheetName: String) {
        self.rowLabelHeader = rowLabelHeader
        self.tableCaption = tableCaption
        self.coverSheetName = coverSheetName
    }

    /// `Nội dung`, `Biểu`, `Bìa`.
    public static let vietnamese = WriterLabels(rowLabelHeader: "Nội dung", tableCaption: "Biểu", coverSheetName: "Bìa")
    /// `Item`, `Table`, `Cover`, for `--lang en`.
    public static let english = WriterLabels(rowLabelHeader: "Item", tableCaption: "Table", coverSheetName: "Cover")
}
