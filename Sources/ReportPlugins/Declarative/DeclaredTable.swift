internal import DatasetStore
internal import ReportModel
internal import SQLiteSupport

/// Turns the rows of a declared table's query into a report table (SPEC §4):
/// rows by unit or as the query gives them, cells typed by the declared
/// columns, ratio columns, subtotal and total rows.
struct DeclaredTable {
    /// Why the query's rows do not make the declared table.
    struct Mismatch: Error {
        let message: Message
    }

    let declared: PluginManifest.Table
    let language: String
    let unitRows: UnitRows

    init(_ declared: PluginManifest.Table, language: String, unitRows: UnitRows) {
        self.declared = declared
        self.language = language
        self.unitRows = unitRows
    }

    private var queried: [PluginManifest.Table.Column] { declared.columns.filter { $0.ratio == nil } }

    func build(_ result: QueryResult) throws(Mismatch) -> ReportTable {
        let index = Dictionary(result.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let declaredIDs = Set(declared.columns.map(\.id))
        for column in result.columns where !declaredIDs.contains(column) && !PluginManifest.rowColumns.contains(column) {
            throw Mismatch(message: Message("the query returns a column \"\(column)\" the table does not declare; "
                                          + "declare it under columns, or leave it out of the SELECT"))
        }
        for column in declared.columns where column.ratio != nil && index[column.id] != nil {
            throw Mismatch(message:
                Message("column \(column.id) is a ratio the engine computes; the query must not return it"))
        }
        for column in queried where index[column.id] == nil {
            throw Mismatch(message: Message("the query returns no column \"\(column.id)\"; every declared column needs "
                                          + "one (SELECT … AS \(column.id))"))
        }
        var rows = declared.isByUnit ? try byUnitRows(result, index) : try queryRows(result, index)
        for position in rows.indices {
            for column in declared.columns {
                if let ratio = column.ratio {
                    rows[position][column.id] = Self.ratio(rows[position][ratio[0]], rows[position][ratio[1]],
                                                           percent: column.type == .percent)
                } else if rows[position][column.id].isNull, let fallback = column.default {
                    rows[position][column.id] = try cell(fallback.sqlValue, column, row: rows[position].key)
                }
            }
        }
        let columns = declared.columns.map {
            Column(id: $0.id, label: $0.label.text(language), type: $0.type, group: $0.group?.text(language),
                   precision: $0.precision)
        }
        return ReportTable(id: declared.id, title: declared.title.text(language), columns: columns, rows: rows,
                           chart: declared.chart)
    }

    /// SPEC §3: a row per direct child and the total, whatever the query returned for them.
    private func byUnitRows(_ result: QueryResult, _ index: [String: Int]) throws(Mismatch) -> [Row] {
        guard let keyColumn = index["row_key"] else {
            throw Mismatch(message: Message("a by_unit query returns row_key: SELECT s.row_key, … FROM report_scope s "
                                          + "… GROUP BY s.row_key"))
        }
        let slots = Set(unitRows.slots.map(\.key))
        var found: [String: [SQLValue]] = [:]
        for values in result.rows {
            guard let key = values[keyColumn].string ?? values[keyColumn].int.map(String.init) else {
                throw Mismatch(message: Message("a row has no row_key"))
            }
            guard slots.contains(key) else {
                throw Mismatch(message: Message("row_key \"\(key)\" is not a row of this report (report_rows holds "
                                                + "\(unitRows.slots.map(\.key).joined(separator: ", ")))"))
            }
            guard found.updateValue(values, forKey: key) == nil else {
                throw Mismatch(message: Message("row_key \"\(key)\" is returned twice; GROUP BY s.row_key"))
            }
        }
        var rows: [Row] = []
        for slot in unitRows.slots {
            var row = Row(key: slot.key, label: slot.label, kind: slot.kind, level: slot.level)
            if let values = found[slot.key] {
                for column in queried { row[column.id] = try cell(values[index[column.id]!], column, row: slot.key) }
            }
            rows.append(row)
        }
        return rows
    }

    /// The query's rows as they come, then subtotals and the total when declared.
    private func queryRows(_ result: QueryResult, _ index: [String: Int]) throws(Mismatch) -> [Row] {
        guard let keyColumn = index["key"] else {
            throw Mismatch(message:
                Message("the query returns no column \"key\": each row needs a unique key (SELECT … AS key)"))
        }
        var keys: Set<String> = []
        var rows: [Row] = []
        for values in result.rows {
            guard let key = Self.text(values[keyColumn]) else { throw Mismatch(message: Message("a row has a null key")) }
            guard keys.insert(key).inserted else { throw Mismatch(message: Message("key \"\(key)\" is returned twice")) }
            let label = index["label"].flatMap { Self.text(values[$0]) } ?? key
            var kind = RowKind.data
            if let column = index["kind"], let text = values[column].string {
                guard let parsed = RowKind(rawValue: text) else {
                    throw Mismatch(message: Message("row \(key): kind \"\(text)\" is none of data, subtotal, total"))
                }
                kind = parsed
            }
            let level = index["level"].flatMap { values[$0].int } ?? (kind == .total ? 0 : 1)
            var row = Row(key: key, label: label, kind: kind, level: level)
            for column in queried { row[column.id] = try cell(values[index[column.id]!], column, row: key) }
            rows.append(row)
        }
        if let subtotals = declared.subtotals { rows = withSubtotals(rows, by: subtotals) }
        if declared.total == "sum" {
            rows.append(sum(rows.filter { $0.kind == .data }, key: "total",
                            label: DeclarativePlugin.totalLabel.text(language), kind: .total, level: 0))
        }
        return rows
    }

    /// A subtotal after each run of data rows with the same value in `column`.
    private func withSubtotals(_ rows: [Row], by column: String) -> [Row] {
        var result: [Row] = []
        var run: [Row] = []
        func close() {
            guard let first = run.first else { return }
            let value = first[column]
            let name = if case .text(let text) = value { text } else { "" }
            result += run.map { row in
                var row = row
                row.level = max(row.level, 2)
                return row
            }
            result.append(sum(run, key: "\(column):\(name)", label: name, kind: .subtotal, level: 1))
            run = []
        }
        for row in rows {
            if row.kind != .data {
                close()
                result.append(row)
            } else {
                if let first = run.first, first[column] != row[column] { close() }
                run.append(row)
            }
        }
        close()
        return result
    }

    private func sum(_ rows: [Row], key: String, label: String, kind: RowKind, level: Int) -> Row {
        var total = Row(key: key, label: label, kind: kind, level: level)
        for column in queried where [.integer, .decimal, .money].contains(column.type) {
            let values = rows.map { $0[column.id] }
            if values.allSatisfy({ if case .integer = $0 { true } else { $0.isNull } }) {
                total[column.id] = .integer(values.reduce(0) { sum, value in
                    if case .integer(let int) = value { sum &+ int } else { sum }
                })
            } else {
                total[column.id] = .number(values.compactMap(\.number).reduce(0, +))
            }
        }
        return total
    }

    /// A query's value as a cell of `column`: a value that does not fit is an error, never a trap.
    private func cell(_ value: SQLValue, _ column: PluginManifest.Table.Column, row: String) throws(Mismatch) -> CellValue {
        func mismatch(_ what: Message) -> Mismatch {
            Mismatch(message: Message("row \(row), column \(column.id): \(what)"))
        }
        switch (column.type, value) {
        case (_, .null): return .null
        case (.text, _): return .text(Self.text(value)!)
        case (.integer, .integer(let int)): return .integer(int)
        case (.integer, .real(let real)):
            guard real.isFinite, real == real.rounded() else {
                throw mismatch(Message("\(real) is not a whole number; declare the column decimal, or round it in SQL"))
            }
            guard let int = Int(exactly: real) else { throw mismatch(Message("\(real) is too big for an integer")) }
            return .integer(int)
        case (.decimal, .integer(let int)), (.percent, .integer(let int)): return .number(Double(int))
        case (.money, .integer(let int)): return .integer(int)
        case (.decimal, .real(let real)), (.percent, .real(let real)), (.money, .real(let real)):
            guard real.isFinite else { throw mismatch(Message("\(real) is not a finite number")) }
            return .number(real)
        case (.date, .text(let text)):
            guard let day = Day(iso: text) else { throw mismatch(Message("\"\(text)\" is not a date YYYY-MM-DD")) }
            return .date(day)
        case (.date, _): throw mismatch(Message("\(value.plainText) is not a date YYYY-MM-DD"))
        case (_, .text(let text)): throw mismatch(Message("\"\(text)\" is not a number (the column is "
                                                        + "\(column.type.rawValue))"))
        }
    }

    static func ratio(_ numerator: CellValue, _ denominator: CellValue, percent: Bool) -> CellValue {
        guard let top = numerator.number, let bottom = denominator.number, bottom != 0 else { return .null }
        return .number(top / bottom * (percent ? 100 : 1))
    }

    static func text(_ value: SQLValue) -> String? {
        value == .null ? nil : value.plainText
    }
}

extension SQLValue {
    /// The value as text: `12`, `0.5`, the text itself; empty for null.
    var plainText: String {
        switch self {
        case .null: ""
        case .integer(let int): String(int)
        case .real(let real): real == real.rounded() && abs(real) < 1e15 ? String(Int(real)) : String(real)
        case .text(let text): text
        }
    }
}

extension ScalarValue {
    var sqlValue: SQLValue {
        switch self {
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .real(value)
        case .text(let text): .text(text)
        }
    }
}
