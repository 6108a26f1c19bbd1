public import ReportModel

/// One change of membership (SPEC §1.3, `member_events`).
public struct MemberEvent: Hashable, Sendable {
    public let memberID: String
    public let date: Day
    public let type: EventType
    /// The branch the member is in after the event; for leaving events, the branch left.
    public let unitID: String
    /// For `moved` only: the branch left.
    public let fromUnitID: String?
    /// For `transferred_in` only: whether the member arrives official or probationary.
    public let status: MembershipStatus
    public let note: String?
    /// Position in the file: same-day events apply in this order.
    public let sequence: Int
    public let source: SourceLocation
}
