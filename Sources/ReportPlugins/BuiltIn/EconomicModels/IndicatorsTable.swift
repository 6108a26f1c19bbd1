internal import ReportModel

/// Table `indicators` (Một số chỉ tiêu kinh tế - xã hội): one row per unit of
/// the subtree and indicator with a value for exactly the report period,
/// keyed `UNIT_ID.INDICATOR`, units in file order, then indicators in
/// definition order. No `total` row: indicators of different units do not
/// add up (an income per head or a poverty rate summed over communes means
/// nothing, and averaging needs populations the dataset does not have).
///
/// `unit`, `indicator` (its label, with the unit of measure in parentheses)
/// and `achieved` (`Đạt` / `Chưa đạt` from the template, null without a
/// target) are text; `value`, `prior_year_value`, `change`, `target` decimals.
enum IndicatorsTable {
    static let id = "indicators"
    static let columns: [(String, ColumnType)] = [
        ("unit", .text), ("indicator", .text), ("value", .decimal), ("prior_year_value", .decimal),
        ("change", .decimal), ("target", .decimal), ("achieved", .text),
    ]

    /// `precisions`: the decimals of each indicator by id (its definition's), shown row by row.
    static func table(_ figures: [IndicatorFigure], labels: PluginLabels, precisions: [String: Int] = [:]) throws
        -> ReportTable
    {
        let achieved = try labels.row("achieved"), notAchieved = try labels.row("not_achieved")
        let rows = figures.map { figure in
            let label = Self.label(figure)
            return Row(key: "\(figure.unitID).\(figure.indicator)", label: label, kind: .data, level: 1, cells: [
                ("unit", .text(figure.unitName)),
                ("indicator", .text(label)),
                ("value", .figure(figure.value)),
                ("prior_year_value", .figure(figure.priorYear)),
                ("change", .figure(figure.change)),
                ("target", .figure(figure.target)),
                ("achieved", figure.achieved.map { .text($0 ? achieved : notAchieved) } ?? .null),
            ], precision: precisions[figure.indicator])
        }
        return ReportTable(
            id: id, title: try labels.tableTitle(id),
            columns: try columns.map { Column(id: $0.0, label: try labels.column(id, $0.0), type: $0.1) },
            rows: rows)
    }

    /// `Tỷ lệ hộ nghèo (%)`: the label, with the unit of measure when there is one.
    static func label(_ figure: IndicatorFigure) -> String {
        guard let measure = figure.measure, !measure.isEmpty else { return figure.label }
        return "\(figure.label) (\(measure))"
    }
}
