internal import ReportModel

/// What a declarative plugin's narrative template can use (docs/plugin-yaml.md):
/// the unit and period, the parameters, and every cell of every table,
/// written the way the report's language writes numbers.
struct NarrativeValues {
    let values: [String: Any]

    init(context: ReportContext, parameters: [String: PluginManifest.Parameter], tables: [ReportTable],
         declared: [PluginManifest.Table]) {
        let language = context.language
        let periodText = context.notation.period(context.period)
        var values: [String: Any] = [
            "unit": context.unit.name,
            "period": [
                "id": context.period.id, "year": String(context.period.year), "text": periodText,
                "Text": periodText.prefix(1).uppercased() + periodText.dropFirst(),
            ],
            "parameters": parameters.mapValues { $0.default.text },
        ]
        for table in tables {
            var byKey: [String: Any] = [:]
            var dataRows: [[String: Any]] = []
            for row in table.rows {
                var cells: [String: Any] = ["key": row.key, "label": row.label]
                var has: [String: Bool] = [:]
                for column in table.columns {
                    let value = row[column.id]
                    cells[column.id] = Self.format(value, column.type, language: language)
                    has[column.id] = !(value.isNull || value.number == 0 || value == .text(""))
                }
                cells["has"] = has
                byKey[row.key] = cells
                if row.kind == .data { dataRows.append(cells) }
            }
            if !dataRows.isEmpty { dataRows[dataRows.count - 1]["last"] = true }
            byKey["rows"] = dataRows
            values[table.id] = byKey
        }
        self.values = values
    }

    /// A cell as a sentence writes it: `1.115`, `85,2`, `100` (English: `1,115`, `85.2`).
    static func format(_ value: CellValue, _ type: ColumnType, language: String) -> String {
        let notation = Notation(language: language)
        return switch value {
        case .null: ""
        case .text(let text): text
        case .date(let day): notation.shortDate(day)
        case .integer(let int): notation.number(int)
        case .number(let number):
            switch type {
            case .integer, .money: notation.number(number, fractionDigits: 0)
            default: notation.trimmed(number, fractionDigits: 1)
            }
        }
    }
}
