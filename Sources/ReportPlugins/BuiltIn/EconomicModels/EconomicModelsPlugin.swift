public import ReportModel
internal import DatasetReaders
internal import DatasetStore

/// `economic-models` — Kết quả mô hình kinh tế (SPEC §5.3): the results of
/// the local economic models of the report unit's subtree (by unit, with
/// subtotals, and by sector), its socio-economic indicators against last
/// year and the targets, and the narrative paragraph ("… tổng doanh thu đạt
/// 10,4 tỷ đồng …, gấp 3,5 lần so với cấy lúa").
///
/// The `indicators` table is optional in the dataset. Absent is not zero:
/// without it the indicators table is left out and the narrative says in
/// one line that the dataset has no indicators.
public struct EconomicModelsPlugin: ReportPlugin {
    public let id = "economic-models"
    public let version = "1.1"
    public let requiredTables = ["units", "economic_models", "economic_results"]
    public let optionalTables = ["indicators"]

    public init() {}

    public func makeReport(_ context: ReportContext) throws -> ReportDocument {
        let labels = context.labels
        let queries = EconomicQueries(store: context.store)
        let results = try queries.modelResults(in: context.unit.id, context.period)
        let indicators = Self.worded(try queries.indicators(in: context.unit.id, context.period), by: labels)
        let hasIndicators = context.store.tablesPresent.contains("indicators")
        let tables = [
            try ModelsTable.table(results, labels: labels),
            try SectorTable.table(results, labels: labels),
        ] + (hasIndicators ? [try IndicatorsTable.table(indicators, labels: labels, precisions: precisions(context))] : [])
        var values = EconomicNarrative(results: results, indicators: indicators, unit: context.unit,
                                       period: context.period, notation: context.notation,
                                       money: try MoneyWords(labels: labels, notation: context.notation)).values
        values["no_indicators"] = !hasIndicators
        let narrative = labels.narrative(values)
        return ReportDocument(
            plugin: id, title: labels.title, unit: context.unitReference, period: PeriodReference(context.period),
            narrative: narrative, tables: tables)
    }

    /// The built-in indicators named as the template names them, in the report's
    /// language; an indicator dataset.yaml words itself keeps its words.
    private static func worded(_ figures: [IndicatorFigure], by labels: PluginLabels) -> [IndicatorFigure] {
        let builtIn = Dictionary(uniqueKeysWithValues: IndicatorDefinition.builtIn.map { ($0.id, $0) })
        return figures.map { figure in
            guard let words = labels.indicator(figure.indicator), let definition = builtIn[figure.indicator],
                  definition.label == figure.label, definition.unit == figure.measure
            else { return figure }
            var worded = figure
            worded.label = words.label
            worded.measure = words.unit
            return worded
        }
    }

    /// Each indicator's decimals, from its definition (built-in or dataset.yaml's).
    private func precisions(_ context: ReportContext) -> [String: Int] {
        var precisions: [String: Int] = [:]
        for definition in context.store.config.allIndicators {
            if let precision = definition.precision { precisions[definition.id] = precision }
        }
        return precisions
    }
}
