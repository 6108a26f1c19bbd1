/// The few words writers print themselves, outside the report documents and
/// the document header: everything else comes from the templates. The
/// engine passes the words of the report's language; the defaults are
/// Vietnamese.
public struct WriterLabels: Hashable, Sendable {
    /// The header of the row-label column in CSV and TXT tables: `Nội dung`.
    public var rowLabelHeader: String
    /// The word before a table's number in TXT: `Biểu` gives `Biểu 1: …`.
    public var tableCaption: String

    public init(rowLabelHeader: String, tableCaption: String) {
        self.rowLabelHeader = rowLabelHeader
        self.tableCaption = tableCaption
    }

    /// `Nội dung`, `Biểu`.
    public static let vietnamese = WriterLabels(rowLabelHeader: "Nội dung", tableCaption: "Biểu")
    /// `Item`, `Table`, for `--lang en`.
    public static let english = WriterLabels(rowLabelHeader: "Item", tableCaption: "Table")
}
