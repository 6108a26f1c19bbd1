internal import DatasetReaders
internal import Mustache
internal import ReportModel

/// The words of the inspection-summary report that depend on the report
/// unit: what its committee is called (`rows.committee_of.KIND` in the
/// template: `Huyện ủy` for a district, `Đảng ủy` for a grassroots committee)
/// and the level rows' labels, which may name it (`{{committee}} thực hiện`).
struct InspectionWording {
    let labels: PluginLabels
    /// The report unit's committee, e.g. `Huyện ủy`.
    let committee: String

    init(labels: PluginLabels, unit: PartyUnit) throws {
        self.labels = labels
        committee = try labels.row("committee_of.\(unit.kind.rawValue)")
    }

    /// The label of a level row, its `{{committee}}` filled in.
    func levelLabel(_ level: InspectionQueries.Level) throws -> String {
        let text = try labels.row(level.rawValue)
        do {
            return try MustacheSyntax.template(text).render(["committee": committee])
        } catch {
            throw TemplateError(file: labels.file, message: Message("row \(level.rawValue): \(error)"))
        }
    }
}
