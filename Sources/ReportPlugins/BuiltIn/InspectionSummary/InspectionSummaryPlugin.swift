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
/// Only `units` and `inspections` are required. Absent is not zero: without
/// `disciplines` or `petitions` their table is left out, and the narrative
/// says in one line that the dataset has no such figures.
public struct InspectionSummaryPlugin: ReportPlugin {
    public let id = "inspection-summary"
    public let version = "1.1"
    public let requiredTables = ["units", "inspections"]
    public let optionalTables = ["disciplines", "petitions"]

    public init() {}

    public func makeReport(_ context: ReportContext) throws -> ReportDocument {
        let queries = InspectionQueries(store: context.store)
        let wording = try InspectionWording(labels: context.labels, unit: context.unit)
        let unit = context.unit.id, days = context.period.days

        let activities = try ActivitiesTable.make(try queries.activities(under: unit, days), wording: wording)
        let discipline = try CaseTables.discipline(try queries.disciplines(under: unit, days), labels: context.labels)
        let petitions = try CaseTables.petitions(try queries.petitions(under: unit, days), labels: context.labels)

        let present = context.store.tablesPresent
        var values = try InspectionNarrative(
            activities: activities, discipline: present.contains("disciplines") ? discipline : nil,
            petitions: present.contains("petitions") ? petitions : nil,
            wording: wording, period: context.period, notation: context.notation
        ).values
        values["no_disciplines"] = !present.contains("disciplines")
        values["no_petitions"] = !present.contains("petitions")
        let narrative = context.labels.narrative(values)
        return ReportDocument(
            plugin: id, title: context.labels.title, unit: context.unitReference,
            period: PeriodReference(context.period), narrative: narrative,
            tables: [activities] + (present.contains("disciplines") ? [discipline] : [])
                + (present.contains("petitions") ? [petitions] : []))
    }
}
