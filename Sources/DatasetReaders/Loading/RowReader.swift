internal import ReportModel

/// Reads one record's cells as its table's declaration types them,
/// collecting a problem for each bad cell so that every problem of a row is
/// reported, not just the first.
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
        guard let index = table.fieldIndex[column] else { return nil }
        return text(atField: index)
    }

    private func text(atField index: Int) -> String? {
        guard index < record.fields.count else { return nil }
        let text = record.fields[index]
        return text.isEmpty ? nil : text
    }

    mutating func report(_ column: String?, _ message: Message) {
        problems.append(Problem(at: location, column: column, message: message))
    }

    /// The problems so far, handed over (moved, not copied) and forgotten.
    mutating func takeProblems() -> [Problem] {
        var taken: [Problem] = []
        swap(&taken, &problems)
        return taken
    }

    /// Every declared column's value; nil where the cell is empty or bad (reported).
    /// `values` is the caller's buffer, reused row after row when the row is not kept:
    /// each value is written over the last row's (emptying it first cost as much as the cells).
    mutating func decode(into values: inout [FieldValue?]) -> TableRow {
        let columns = table.schema.columns
        if values.count != columns.count { values = Array(repeating: nil, count: columns.count) }
        for position in columns.indices { values[position] = value(ofColumn: position, columns) }
        return TableRow(values: values, source: location)
    }

    /// Appends every declared column's value to `rows`, a cell straight into
    /// its column: a cell spelled the usual way (text NFC leaves as it is, a
    /// choice's id, a whole number, an ISO date…) is read from its bytes, and
    /// an empty optional cell is no value, with no `String` or `FieldValue`
    /// made for either. The row is left pending
    /// (`DeclaredRows.Builder.commitRow`), to be dropped if it has a problem.
    mutating func decode(appendingTo rows: inout DeclaredRows.Builder) {
        let fields = record.fields
        for (position, field) in table.fieldOfColumn.enumerated() {
            if let field, field < fields.count, let bytes = fields.bytes(at: field) {
                if !bytes.isEmpty {
                    if rows.appendUsual(bytes, to: position) { continue }
                } else if table.emptyIsNone[position] {
                    rows.append(nil, to: position)   // an optional cell left empty, as `value` reads it
                    continue
                }
            }
            rows.append(value(ofColumn: position, table.schema.columns), to: position)
        }
    }

    /// The value of the cell of column `position` of `columns` (the table's,
    /// passed in rather than copied per cell): nil when it is empty or bad (reported).
    private mutating func value(ofColumn position: Int, _ columns: [TableSchema.Column]) -> FieldValue? {
        let field = table.fieldOfColumn[position]
        // A CSV cell spelled the usual way is read from its bytes; any other as its text, below.
        if let field, field < record.fields.count, let bytes = record.fields.bytes(at: field), !bytes.isEmpty,
           let value = Self.quickValue(bytes, as: columns[position].type, locale: numberLocale) {
            if let minimum = columns[position].minimum, let message = Self.below(minimum, value) {
                report(columns[position].name, message)
            }
            return value
        }
        guard let text = field.flatMap(text(atField:)) ?? columns[position].defaultValue else {
            if columns[position].required { report(columns[position].name, Message("required value missing")) }
            return nil
        }
        // A typed number from an XLSX or SQLite cell is plain, whatever `number_locale` says.
        let numeric = record.numericFields
        let typedNumber = !numeric.isEmpty && field.map(numeric.contains) == true
        let locale = typedNumber ? NumberLocale.plain : numberLocale
        switch Self.value(text, as: columns[position].type, locale: locale) {
        case .success(let value):
            if let minimum = columns[position].minimum, let message = Self.below(minimum, value) {
                report(columns[position].name, message)
            }
            return value
        case .failure(let error):
            report(columns[position].name, error.message(column: columns[position].name))
            return nil
        }
    }

    /// The cell's value as its column's type, or the message saying why not.
    static func value(_ text: String, as type: TableSchema.ColumnType, locale: NumberLocale)
        -> Result<FieldValue, ValueError> {
        switch type {
        case .text: .success(.text(text))
        case .integer: ValueParser.integer(text, locale: locale).map(FieldValue.integer)
        case .number: ValueParser.number(text, locale: locale).map(FieldValue.number)
        case .date: ValueParser.day(text).map(FieldValue.date)
        case .bool: ValueParser.bool(text).map(FieldValue.bool)
        case .period:
            Result { () throws(PeriodError) -> Period in try Period(parsing: text) }
                .map(FieldValue.period).mapError { ValueError($0.message) }
        case .choice(let choices):
            if let id = choices.id(of: text) {
                .success(.choice(id))
            } else {
                .failure(ValueError(unknownChoice: text, choices))
            }
        }
    }

    /// A cell's value from its bytes when they are spelled the usual way —
    /// a whole number, a decimal in `plain` notation, an ISO date, a period's
    /// id, a choice's id, yes or no — as `value` would read their text; nil
    /// for any other spelling, left to `value`.
    static func quickValue(_ bytes: UnsafeBufferPointer<UInt8>, as type: TableSchema.ColumnType,
                           locale: NumberLocale) -> FieldValue? {
        switch type {
        case .text: .text(CellText.text(bytes))
        case .integer: ValueParser.plainInteger(bytes).map(FieldValue.integer)
        case .number:
            // A decimal point means a decimal only in plain notation (in `vi`, `1.234` is a thousand).
            (ValueParser.plainInteger(bytes).map(Double.init)
                ?? (locale == .plain ? ValueParser.plainDecimal(bytes) : nil)).map(FieldValue.number)
        case .date: Day(isoBytes: bytes).map(FieldValue.date)
        case .bool: ValueParser.usualBool(bytes).map(FieldValue.bool)
        case .choice(let choices): choices.id(spelledIn: bytes).map(FieldValue.choice)
        case .period: Period(idBytes: bytes).map(FieldValue.period)
        }
    }

    private static func below(_ minimum: Double, _ value: FieldValue) -> Message? {
        let shown: String
        switch value {
        case .integer(let number) where Double(number) < minimum: shown = "\(number)"
        case .number(let number) where number < minimum: shown = "\(number)"
        default: return nil
        }
        if minimum == 0 { return Message("cannot be negative (\(shown))") }
        let least = minimum == minimum.rounded() ? "\(Int(minimum))" : "\(minimum)"
        return Message("must be at least \(least) (\(shown))")
    }
}

/// A problem found while building a typed row from its declared values:
/// rules across a row's cells (a `moved` event needs `from_unit_id`).
struct RowChecks {
    let source: SourceLocation
    private(set) var problems: [Problem] = []

    init(_ source: SourceLocation, problems: [Problem] = []) {
        self.source = source
        self.problems = problems
    }

    mutating func report(_ column: String?, _ message: Message) {
        problems.append(Problem(at: source, column: column, message: message))
    }
}
