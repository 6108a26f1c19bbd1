internal import ReportModel

/// A table whose header has been matched against its schema: where each
/// column's cells are in the records that follow.
struct MappedTable {
    let schema: TableSchema
    let file: String
    /// Canonical column name → field index in each record.
    let fieldIndex: [String: Int]
    /// Fields in the header row, known or not.
    let headerCount: Int

    /// Matches `header`; problems for unknown, repeated and missing columns.
    static func map(header: SourceRecord, schema: TableSchema, file: String) -> (MappedTable, [Problem]) {
        var problems: [Problem] = []
        var fieldIndex: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() where !name.isEmpty {
            guard let column = schema.columns.first(where: { $0.matches(header: name) }) else {
                problems.append(Problem(.warning, file: file, line: header.line, column: name,
                                        message: "unknown column in table \(schema.name), ignored"))
                continue
            }
            if fieldIndex[column.name] != nil {
                problems.append(Problem(file: file, line: header.line, column: column.name,
                                        message: "given twice (header \"\(name)\" is the same column)"))
                continue
            }
            fieldIndex[column.name] = index
        }
        for column in schema.columns where column.required && fieldIndex[column.name] == nil {
            problems.append(Problem(file: file, line: header.line, column: column.name,
                                    message: "required column missing; expected a header \(column.accepted)"))
        }
        return (MappedTable(schema: schema, file: file, fieldIndex: fieldIndex, headerCount: header.fields.count),
                problems)
    }

    var hasRequiredColumns: Bool {
        schema.columns.allSatisfy { !$0.required || fieldIndex[$0.name] != nil }
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
        if held.isEmpty, knownColumns(record) > 0 { return found(record, following: []) }
        if !held.isEmpty, knownColumns(record) >= min(2, schema.columns.count) {
            return found(record, following: [])
        }
        held.append(record)
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

/// Reads one record's cells as typed values, collecting a problem for each bad
/// cell so that every problem of a row is reported, not just the first.
struct RowReader {
    let table: MappedTable
    let record: SourceRecord
    let numberLocale: NumberLocale
    private(set) var problems: [Problem] = []

    init(table: MappedTable, record: SourceRecord, numberLocale: NumberLocale) {
        self.table = table
        self.record = record
        self.numberLocale = numberLocale
    }

    var location: SourceLocation { SourceLocation(file: table.file, line: record.line) }

    /// The cell's text; nil when the column is absent or the cell empty.
    func optional(_ column: String) -> String? {
        guard let index = table.fieldIndex[column], index < record.fields.count else { return nil }
        let text = record.fields[index]
        return text.isEmpty ? nil : text
    }

    mutating func required(_ column: String) -> String? {
        guard let text = optional(column) else {
            report(column, "required value missing")
            return nil
        }
        return text
    }

    mutating func report(_ column: String?, _ message: String) {
        problems.append(Problem(at: location, column: column, message: message))
    }

    mutating func parse<T>(_ column: String, required: Bool, _ parser: (String) -> Result<T, ValueError>) -> T? {
        let cell = required ? self.required(column) : optional(column)
        guard let text = cell else { return nil }
        switch parser(text) {
        case .success(let value): return value
        case .failure(let error):
            report(column, error.message)
            return nil
        }
    }
}

extension RowReader {
    mutating func day(_ column: String, required: Bool = true) -> Day? {
        parse(column, required: required, ValueParser.day)
    }

    mutating func number(_ column: String, required: Bool = true) -> Double? {
        let locale = locale(of: column)
        return parse(column, required: required) { ValueParser.number($0, locale: locale) }
    }

    mutating func integer(_ column: String, required: Bool = true) -> Int? {
        let locale = locale(of: column)
        return parse(column, required: required) { ValueParser.integer($0, locale: locale) }
    }

    /// A typed number from an XLSX or SQLite cell is plain, whatever `number_locale` says.
    private func locale(of column: String) -> NumberLocale {
        guard let index = table.fieldIndex[column], record.numericFields.contains(index) else { return numberLocale }
        return .plain
    }

    mutating func value<V: Vocabulary>(_ column: String, as type: V.Type, required: Bool = true) -> V? {
        parse(column, required: required) { ValueParser.vocabulary($0, as: type) }
    }
}

