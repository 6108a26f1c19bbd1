public import ReportModel

/// The few words writers print themselves, outside the report documents and
/// the document header: everything else comes from the templates. The
/// engine passes the words of the report's language; the defaults are
/// Vietnamese.
public struct WriterLabels: Hashable, Sendable {
    /// The header of the row-label column in CSV, TXT and XLSX tables: `Nội dung`.
    public var rowLabelHeader: String
    /// The word before a table's number in TXT: `Biểu` gives `Biểu 1: …`.
    public var tableCaption: String
    /// The name of the workbook's first sheet, the report itself: `Báo cáo`.
    public var coverSheetName: String
    /// Top right of a table's sheet: `Biểu số` gives `Biểu số 3`.
    public var tableNumber: String
    /// Before the list of a report's tables: `Kèm theo`.
    public var attached: String
    /// The signature lines under a table: who made it, who checks it.
    public var preparedBy: String
    public var approvedBy: String
    /// After the number of a TXT table's second and later parts: `Biểu 1 (tiếp theo)`.
    public var continued: String
    /// In place of a table without rows: `Không có số liệu`.
    public var noData: String
    /// How numbers, days and periods are written.
    public var notation: Notation

    public init(rowLabelHeader: String, tableCaption: String, coverSheetName: String, tableNumber: String,
                attached: String, preparedBy: String, approvedBy: String, continued: String, noData: String,
                notation: Notation) {
        self.notation = notation
        self.rowLabelHeader = rowLabelHeader
        self.tableCaption = tableCaption
        self.coverSheetName = coverSheetName
        self.tableNumber = tableNumber
        self.attached = attached
        self.preparedBy = preparedBy
        self.approvedBy = approvedBy
        self.continued = continued
        self.noData = noData
    }

    public static let vietnamese = WriterLabels(
        rowLabelHeader: "Nội dung", tableCaption: "Biểu", coverSheetName: "Báo cáo", tableNumber: "Biểu số",
        attached: "Kèm theo", preparedBy: "NGƯỜI LẬP BIỂU", approvedBy: "TRƯỞNG BAN", continued: "tiếp theo",
        noData: "Không có số liệu", notation: .vietnamese)
    /// For `--lang en`.
    public static let english = WriterLabels(
        rowLabelHeader: "Item", tableCaption: "Table", coverSheetName: "Report", tableNumber: "Table No.",
        attached: "Attached", preparedBy: "PREPARED BY", approvedBy: "HEAD OF DEPARTMENT", continued: "continued",
        noData: "No data", notation: .english)

    /// The words of `language`: English for `en`, else Vietnamese.
    public static func of(_ language: String) -> WriterLabels {
        language == "en" ? .english : .vietnamese
    }
}
