internal import ReportModel

/// A table whose header has been matched against its schema: where each
/// column's cells are in the records that follow. A class: every row's
/// reader refers to it, and a copy of its arrays per row would cost more.
final class MappedTable {
    let schema: TableSchema
    let file: String
    /// Canonical column name → field index in each record.
    let fieldIndex: [String: Int]
    /// For each declared column, in order, its field index; nil when the header lacks it.
    let fieldOfColumn: [Int?]
    /// Fields in the header row, known or not.
    let headerCount: Int
    /// Whether the header names every required column: asked for every record, so known once.
    let hasRequiredColumns: Bool
    /// For each declared column, whether an empty cell is simply no value (not required, no
    /// default): most empty cells, known without asking the column.
    let emptyIsNone: [Bool]

    init(schema: TableSchema, file: String, fieldIndex: [String: Int], fieldOfColumn: [Int?], headerCount: Int) {
        self.schema = schema
        self.file = file
        self.fieldIndex = fieldIndex
        self.fieldOfColumn = fieldOfColumn
        self.headerCount = headerCount
        hasRequiredColumns = schema.columns.allSatisfy { !$0.required || fieldIndex[$0.name] != nil }
        emptyIsNone = schema.columns.map { !$0.required && $0.defaultValue == nil }
    }

    /// Matches `header`; problems for unknown, repeated and missing columns.
    static func map(header: SourceRecord, schema: TableSchema, file: String) -> (MappedTable, [Problem]) {
        var problems: [Problem] = []
        var fieldIndex: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() where !name.isEmpty {
            guard let column = schema.columns.first(where: { $0.matches(header: name) }) else {
                problems.append(Problem(.warning, file: file, line: header.line, column: name,
                                        message: Message("unknown column in table \(schema.name), ignored")))
                continue
            }
            if fieldIndex[column.name] != nil {
                problems.append(Problem(file: file, line: header.line, column: column.name,
                                        message: Message("given twice (header \"\(name)\" is the same column)")))
                continue
            }
            fieldIndex[column.name] = index
        }
        for column in schema.columns where column.required && fieldIndex[column.name] == nil {
            problems.append(Problem(file: file, line: header.line, column: column.name,
                                    message: Message("required column missing; expected a header \(column.accepted)")))
        }
        return (MappedTable(schema: schema, file: file, fieldIndex: fieldIndex,
                            fieldOfColumn: schema.columns.map { fieldIndex[$0.name] }, headerCount: header.fields.count),
                problems)
    }
}

/// Finds a table's header row as its records stream by. The header is the
/// first record unless that matches no known column and a later one (among
/// the first twenty) matches at least two: exported lists often carry title
/// rows above the header. Only those first records are held while looking.
struct HeaderSearch {
    static let rowsSearched = 20

    let schema: TableSchema
    private var held: [SourceRecord] = []
    private(set) var isDone = false

    init(schema: TableSchema) { self.schema = schema }

    /// Takes the next record; once the header is known, returns it and the
    /// held records that follow it, and takes no more.
    mutating func offer(_ record: SourceRecord) -> (header: SourceRecord, following: [SourceRecord])? {
        precondition(!isDone, "the header is already found")
        if held.isEmpty, knownColumns(record) > 0 { return found(record.owned(), following: []) }
        if !held.isEmpty, knownColumns(record) >= min(2, schema.columns.count) {
            return found(record.owned(), following: [])
        }
        held.append(record.owned())   // held past the reading of its bytes
        if held.count == Self.rowsSearched { return finish() }
        return nil
    }

    /// At the end of the table, or of the rows searched: the first record
    /// is the header; nil when there was no record at all.
    mutating func finish() -> (header: SourceRecord, following: [SourceRecord])? {
        guard !isDone, let first = held.first else { return nil }
        return found(first, following: Array(held.dropFirst()))
    }

    private mutating func found(_ header: SourceRecord, following: [SourceRecord])
        -> (header: SourceRecord, following: [SourceRecord]) {
        isDone = true
        held = []
        return (header, following)
    }

    private func knownColumns(_ record: SourceRecord) -> Int {
        record.fields.filter { field in schema.columns.contains { $0.matches(header: field) } }.count
    }
}

