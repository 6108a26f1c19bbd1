public import ReportModel

/// One change of membership (SPEC §1.3, `member_events`).
///
/// Fields are declared widest first, so that a million events take 96 bytes
/// each rather than 112.
public struct MemberEvent: Hashable, Sendable {
    public let memberID: String
    /// The branch the member is in after the event; for leaving events, the branch left.
    public let unitID: String
    /// For `moved` only: the branch left.
    public let fromUnitID: String?
    public let note: String?
    public let source: SourceLocation
    private let storedSequence: Int32
    public let date: Day
    public let type: EventType
    /// For `transferred_in` only: whether the member arrives official or probationary.
    public let status: MembershipStatus

    /// Position in the file: same-day events apply in this order.
    public var sequence: Int { Int(storedSequence) }

    public init(memberID: String, date: Day, type: EventType, unitID: String, fromUnitID: String?,
                status: MembershipStatus, note: String?, sequence: Int, source: SourceLocation) {
        self.memberID = memberID
        self.unitID = unitID
        self.fromUnitID = fromUnitID
        self.note = note
        self.source = source
        storedSequence = Int32(clamping: sequence)
        self.date = date
        self.type = type
        self.status = status
    }
}
