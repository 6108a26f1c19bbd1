public import ReportModel

/// A discipline decision (SPEC §1.3, `disciplines`).
public struct Discipline: Hashable, Sendable {
    public let id: String
    public let decidedOn: Day
    /// The deciding unit.
    public let unitID: String
    public let targetType: TargetType
    public let targetID: String
    public let form: DisciplineForm
    public let source: SourceLocation
}
