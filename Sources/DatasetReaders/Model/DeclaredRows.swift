/// The rows of a table no Swift type keeps (ratings, meetings, plugins'
/// tables…) as columns of declared values (nil: empty), with the line each
/// row was read from. A column a row at a time would cost an array per row:
/// ten million ratings are four arrays here, not ten million.
public struct DeclaredRows: Sendable {
    /// Where the rows were read: `ratings.csv`, `data.xlsx[ratings]`.
    public let file: String
    /// One array per declared column, a value per row.
    public private(set) var columns: [[FieldValue?]]
    private var lines: [Int32] = []

    public init(file: String, columnCount: Int) {
        self.file = file
        columns = Array(repeating: [], count: columnCount)
    }

    public var count: Int { lines.count }

    /// Makes room for `count` rows in all.
    mutating func reserveCapacity(_ count: Int) {
        for column in columns.indices { columns[column].reserveCapacity(count) }
        lines.reserveCapacity(count)
    }

    /// Appends a row's declared values, read at `line` of `file`.
    mutating func append(_ values: [FieldValue?], line: Int) {
        precondition(values.count == columns.count, "a row of \(values.count) values for \(columns.count) columns")
        for (column, value) in values.enumerated() { columns[column].append(value) }
        lines.append(Int32(clamping: line))
    }

    public func source(_ row: Int) -> SourceLocation { SourceLocation(file: file, line: Int(lines[row])) }

    public subscript(row: Int) -> TableRow {
        TableRow(values: columns.map { $0[row] }, source: source(row))
    }

    /// Every row as a `TableRow`: for the small tables typed views are made from.
    public var rows: [TableRow] { (0..<count).map { self[$0] } }
}
