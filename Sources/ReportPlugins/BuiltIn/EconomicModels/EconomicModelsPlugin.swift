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
        let indicators = try queries.indicators(in: context.unit.id, context.period)
        let hasIndicators = context.store.tablesPresent.contains("indicators")
        let tables = [
            try ModelsTable.table(results, labels: labels),
            try SectorTable.table(results, labels: labels),
        ] + (hasIndicators ? [try IndicatorsTable.table(indicators, labels: labels, precisions: precisions(context))] : [])
        var values = EconomicNarrative(results: results, indicators: indicators, unit: context.unit,
                                       period: context.period).values
        values["no_indicators"] = !hasIndicators
        let narrative = labels.narrative(values)
        return ReportDocument(
            plugin: id, title: labels.title, unit: context.unitReference, period: PeriodReference(context.period),
            narrative: narrative, tables: tables)
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
