/// Whether a report document is well-formed per SPEC §4, whoever made it: a
/// built-in, a declarative plugin, or (later) a program's JSON answer. Each
/// problem names where it is, as a JSON path: `tables[1].rows[3].cells.admitted`.
public enum DocumentConformance {
    public static func problems(of document: ReportDocument) -> [Message] {
        var problems: [Message] = []
        if document.plugin.isEmpty { problems.append(.placed("plugin: ", Message("empty"))) }
        if document.title.isEmpty { problems.append(.placed("title: ", Message("empty"))) }
        for (index, paragraph) in document.narrative.enumerated() where paragraph.allSatisfy(\.isWhitespace) {
            problems.append(.placed("narrative[\(index)]: ", Message("an empty paragraph")))
        }
        var tableIDs: Set<String> = []
        for (tableIndex, table) in document.tables.enumerated() {
            let at = "tables[\(tableIndex)]"
            if table.id.isEmpty { problems.append(.placed("\(at).id: ", Message("empty"))) }
            if !tableIDs.insert(table.id).inserted { problems.append(.placed("\(at).id: ",
                Message("\"\(table.id)\" is used twice"))) }
            var types: [String: ColumnType] = [:]
            for (columnIndex, column) in table.columns.enumerated() {
                if column.id.isEmpty { problems.append(.placed("\(at).columns[\(columnIndex)].id: ", Message("empty"))) }
                if types.updateValue(column.type, forKey: column.id) != nil {
                    problems.append(.placed("\(at).columns[\(columnIndex)].id: ",
                        Message("\"\(column.id)\" is used twice")))
                }
            }
            var keys: Set<String> = []
            var totals = 0
            for (rowIndex, row) in table.rows.enumerated() {
                let rowAt = "\(at).rows[\(rowIndex)]"
                if !keys.insert(row.key).inserted { problems.append(.placed("\(rowAt).key: ",
                    Message("\"\(row.key)\" is used twice"))) }
                if row.kind == .total { totals += 1 }
                if row.level < 0 { problems.append(.placed("\(rowAt).level: ", Message("\(row.level) is negative"))) }
                for cell in row.cells {
                    guard let type = types[cell.column] else {
                        problems.append(.placed("\(rowAt).cells.\(cell.column): ",
                            Message("no such column in the table")))
                        continue
                    }
                    if let problem = mismatch(cell.value, type) {
                        problems.append(.placed("\(rowAt).cells.\(cell.column): ", Message("\(problem)")))
                    }
                }
            }
            if totals > 1 { problems.append(.placed("\(at).rows: ",
                Message("\(totals) total rows; a table has at most one"))) }
            for (key, plotted) in [("series", table.chart?.series), ("secondary", table.chart?.secondary)] {
                for (index, column) in (plotted ?? []).enumerated()
                where ![.integer, .decimal, .percent, .money].contains(types[column]) {
                    problems.append(.placed("\(at).chart.\(key)[\(index)]: ",
                                            Message("\"\(column)\" is not a numeric column of the table")))
                }
            }
        }
        return problems
    }

    /// Why `value` cannot be a cell of a `type` column, or nil when it can.
    static func mismatch(_ value: CellValue, _ type: ColumnType) -> String? {
        switch (type, value) {
        case (_, .null), (.text, .text), (.integer, .integer), (.date, .date): return nil
        case (.decimal, .integer), (.percent, .integer), (.money, .integer): return nil
        case (.decimal, .number(let number)), (.percent, .number(let number)), (.money, .number(let number)):
            return number.isFinite ? nil : "\(number) is not a finite number"
        default:
            return "\(value) is not a value of a \(type.rawValue) column"
        }
    }
}
