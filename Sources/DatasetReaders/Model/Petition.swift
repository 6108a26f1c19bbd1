public import ReportModel

/// A complaint, denunciation or petition (đơn thư; SPEC §1.3, `petitions`).
public struct Petition: Hashable, Sendable {
    public let id: String
    public let receivedOn: Day
    /// The receiving unit.
    public let unitID: String
    public let kind: PetitionKind
    /// When it was settled; nil while pending.
    public let closedOn: Day?
    /// How it was settled; set exactly when `closedOn` is.
    public let outcome: PetitionOutcome?
    public let source: SourceLocation
}
