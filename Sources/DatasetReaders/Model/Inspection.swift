public import ReportModel

/// One target of one inspection or supervision round (SPEC §1.3, `inspections`).
public struct Inspection: Hashable, Sendable {
    public let campaignID: String
    /// The unit whose body conducted the round.
    public let unitID: String
    public let body: InspectionBody
    public let kind: InspectionKind
    /// The round counts in the period containing this day.
    public let startedOn: Day
    public let targetType: TargetType
    public let targetID: String
    public let conclusion: Conclusion
    public let source: SourceLocation
}
