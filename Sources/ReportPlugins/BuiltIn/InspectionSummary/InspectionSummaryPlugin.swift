public import ReportModel
internal import DatasetReaders
internal import DatasetStore

/// `inspection-summary` — Công tác kiểm tra, giám sát (SPEC §5.2): rounds of
/// inspection and supervision held by the report unit and by the levels
/// below it, discipline decisions, and complaints and denunciations received
/// and settled, with the narrative of seed 003 ("Ban Thường vụ Huyện ủy tổ
/// chức 5 cuộc kiểm tra, giám sát đối với 22 tổ chức đảng; … Tiếp nhận 153
/// đơn …").
///
/// Only `units` and `inspections` are required: without `disciplines` or
/// `petitions` those tables are all zeros (and the narrative says nothing of
/// letters it was not given).
public struct InspectionSummaryPlugin: ReportPlugin {
    public let id = "inspection-summary"
    public let version = "1.0"
    public let requiredTables = ["units", "inspections"]

    public init() {}

    public func makeReport(_ context: ReportContext) throws -> ReportDocument {
        let queries = InspectionQueries(store: context.store)
        let wording = try InspectionWording(labels: context.labels, unit: context.unit)
        let unit = context.unit.id, days = context.period.days

        let activities = try ActivitiesTable.make(try queries.activities(under: unit, days), wording: wording)
        let discipline = try CaseTables.discipline(try queries.disciplines(under: unit, days), labels: context.labels)
        let petitions = try CaseTables.petitions(try queries.petitions(under: unit, days), labels: context.labels)

        let values = try InspectionNarrative(
            activities: activities, discipline: discipline,
            petitions: context.store.tablesPresent.contains("petitions") ? petitions : nil,
            wording: wording, period: context.period
        ).values
        let narrative = context.labels.narrative(values)
        return ReportDocument(
            plugin: id, title: context.labels.title, unit: context.unitReference,
            period: PeriodReference(context.period), narrative: narrative,
            tables: [activities, discipline, petitions])
    }
}
