public import ReportModel

/// A stretch of time a member spent in one branch with one status: in `unitID`
/// on every day D with `from <= D < to` (`to` nil: still there).
public struct MembershipSpan: Hashable, Sendable {
    public let memberID: String
    public let unitID: String
    public let from: Day
    public let to: Day?
    public let probationary: Bool
}

/// Replays each member's events in date order (same-day events in file order)
/// and checks that each is possible at that moment (SPEC §1.2); the result is
/// every member's membership spans.
struct MembershipReplay {
    private enum State {
        case never
        case member(unit: String, probationary: Bool, since: Day)
        case left(by: EventType, on: Day)
    }

    private(set) var spans: [MembershipSpan] = []
    private(set) var problems: [Problem] = []

    /// Replays every member's events but those of `skippingMembers`.
    init(events: [MemberEvent], skippingMembers: Set<String> = []) {
        // Positions, not copies, of each member's events: a million events stay one array.
        var byMember: [String: [Int]] = [:]
        var order: [String] = []
        spans.reserveCapacity(events.count)   // each span starts with an event: at most as many
        for (index, event) in events.enumerated() where !skippingMembers.contains(event.memberID) {
            if byMember[event.memberID] == nil { order.append(event.memberID) }
            byMember[event.memberID, default: []].append(index)
        }
        for memberID in order {
            let history = byMember.removeValue(forKey: memberID)!.map { events[$0] }
                .sorted { ($0.date, $0.sequence) < ($1.date, $1.sequence) }
            replay(memberID, history)
        }
    }

    private mutating func replay(_ memberID: String, _ history: [MemberEvent]) {
        var state = State.never
        for event in history {
            if case .left(.died, let day) = state {
                fail(event, "type", Message("member \(memberID) died on \(day); no event can follow"))
                continue
            }
            switch (event.type, state) {
            case (.admitted, .member(let unit, _, let since)), (.transferredIn, .member(let unit, _, let since)),
                 (.restored, .member(let unit, _, let since)):
                fail(event, "type", Message("member \(memberID) is already a member (in \(unit) since \(since)); "
                                          + "\(event.type.rawValue) needs someone who is not"))
            case (.restored, .never):
                fail(event, "type", Message("member \(memberID) was never a member; restored needs a former member"))
            case (.restored, .left(let reason, _)) where ![.expelled, .removed, .resigned].contains(reason):
                fail(event, "type", Message("member \(memberID) left by \(reason.rawValue); restored needs a member "
                                          + "who was expelled, removed or resigned"))
            case (.admitted, _), (.transferredIn, _), (.restored, _):
                let probationary = event.type == .admitted
                    || (event.type == .transferredIn && event.status == .probationary)
                state = .member(unit: event.unitID, probationary: probationary, since: event.date)
            case (_, .never), (_, .left):
                fail(event, "type", Message("member \(memberID) is not a member on \(event.date); "
                                          + "\(event.type.rawValue) needs a current member"))
            case (.moved, .member(let unit, let probationary, _)):
                if event.fromUnitID != unit {
                    fail(event, "from_unit_id", Message("member \(memberID) is in \(unit) on \(event.date), not "
                                                      + "\(event.fromUnitID ?? "")"))
                } else if event.unitID == unit {
                    fail(event, "unit_id", Message("a move must go to another branch, not back to \(unit)"))
                } else {
                    close(memberID, unit, probationary, on: event.date, state)
                    state = .member(unit: event.unitID, probationary: probationary, since: event.date)
                }
            case (.madeOfficial, .member(let unit, let probationary, _)):
                if !probationary {
                    fail(event, "type", Message("member \(memberID) is not probationary on \(event.date); "
                                              + "made_official needs a probationary member"))
                } else if event.unitID != unit {
                    fail(event, "unit_id", Message("member \(memberID) is in \(unit) on \(event.date), not "
                                                 + "\(event.unitID)"))
                } else {
                    close(memberID, unit, true, on: event.date, state)
                    state = .member(unit: unit, probationary: false, since: event.date)
                }
            case (_, .member(let unit, let probationary, _)):   // leaving events
                if event.unitID != unit {
                    fail(event, "unit_id", Message("member \(memberID) is in \(unit) on \(event.date), not "
                                                 + "\(event.unitID)"))
                } else {
                    close(memberID, unit, probationary, on: event.date, state)
                    state = .left(by: event.type, on: event.date)
                }
            }
        }
        if case .member(let unit, let probationary, _) = state {
            close(memberID, unit, probationary, on: nil, state)
        }
    }

    /// Ends the span the member is in; an empty span (joined and changed the same day) is dropped.
    private mutating func close(_ memberID: String, _ unit: String, _ probationary: Bool, on day: Day?, _ state: State) {
        guard case .member(_, _, let since) = state, day != since else { return }
        spans.append(MembershipSpan(memberID: memberID, unitID: unit, from: since, to: day, probationary: probationary))
    }

    private mutating func fail(_ event: MemberEvent, _ column: String, _ message: Message) {
        problems.append(Problem(at: event.source, column: column, message: message))
    }
}
