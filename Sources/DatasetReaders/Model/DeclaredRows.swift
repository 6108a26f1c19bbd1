/// The rows of a table no Swift type keeps (ratings, meetings, plugins'
/// tables…) as their declared values (nil: empty), row after row in one
/// array, with the line each row was read from. An array per row would cost
/// ten million arrays for ten million ratings, and an array per column a
/// nested append per value: a row here is one append.
public struct DeclaredRows: Sendable {
    /// Where the rows were read: `ratings.csv`, `data.xlsx[ratings]`.
    public let file: String
    public let columnCount: Int
    /// `columnCount` values per row, row after row.
    private var values: [FieldValue?] = []
    private var lines: [Int32] = []

    public init(file: String, columnCount: Int) {
        self.file = file
        self.columnCount = columnCount
    }

    public var count: Int { lines.count }

    /// Makes room for `count` rows in all.
    mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count * columnCount)
        lines.reserveCapacity(count)
    }

    /// Appends a row's declared values, read at `line` of `file`.
    mutating func append(_ row: [FieldValue?], line: Int) {
        precondition(row.count == columnCount, "a row of \(row.count) values for \(columnCount) columns")
        for value in row { values.append(value) }   // append(contentsOf:) copies through the generic witnesses
        lines.append(Int32(clamping: line))
    }

    /// The value of `column` in `row`.
    public func value(_ row: Int, _ column: Int) -> FieldValue? {
        values[row * columnCount + column]
    }

    /// Every row's value of `column`, in row order, read where it lies.
    public func column(_ column: Int) -> DeclaredColumn {
        DeclaredColumn(values, stride: columnCount, offset: column, count: count)
    }

    public func source(_ row: Int) -> SourceLocation { SourceLocation(file: file, line: Int(lines[row])) }

    public subscript(row: Int) -> TableRow {
        TableRow(values: Array(values[row * columnCount ..< (row + 1) * columnCount]), source: source(row))
    }

    /// Every row as a `TableRow`: for the small tables typed views are made from.
    public var rows: [TableRow] { (0..<count).map { self[$0] } }
}

/// One column's values, row by row: every `stride`-th value of an array
/// from `offset` (a column of `DeclaredRows`), or a whole array.
public struct DeclaredColumn: RandomAccessCollection, Sendable {
    private let values: [FieldValue?]
    private let stride: Int
    private let offset: Int
    public let endIndex: Int
    public var startIndex: Int { 0 }

    public init(_ values: [FieldValue?]) {
        self.init(values, stride: 1, offset: 0, count: values.count)
    }

    init(_ values: [FieldValue?], stride: Int, offset: Int, count: Int) {
        self.values = values
        self.stride = stride
        self.offset = offset
        endIndex = count
    }

    public subscript(row: Int) -> FieldValue? { values[row * stride + offset] }
}
