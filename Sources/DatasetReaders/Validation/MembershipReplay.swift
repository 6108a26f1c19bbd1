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
        // Each member numbered in the order they first appear, then the
        // events' positions grouped by member in that order (a counting
        // sort, which keeps file order within a member): no array per
        // member, and no event copied.
        var numbers: [String: Int] = [:]
        var memberOf = [Int](repeating: -1, count: events.count)
        var counts: [Int] = []
        var last: (id: String, number: Int)?
        for index in events.indices {
            let memberID = events[index].memberID
            // A member's events are usually on consecutive rows: one lookup for them.
            if last?.id != memberID {
                var number = -1   // skipped
                if let known = numbers[memberID] {
                    number = known
                } else if !skippingMembers.contains(memberID) {
                    number = counts.count
                    numbers[memberID] = number
                    counts.append(0)
                }
                last = (memberID, number)
            }
            guard let number = last?.number, number >= 0 else { continue }
            memberOf[index] = number
            counts[number] += 1
        }
        var starts = [Int](repeating: 0, count: counts.count + 1)
        for number in counts.indices { starts[number + 1] = starts[number] + counts[number] }
        var grouped = [Int](repeating: 0, count: starts[counts.count])
        var next = starts
        for (index, number) in memberOf.enumerated() where number >= 0 {
            grouped[next[number]] = index
            next[number] += 1
        }
        spans.reserveCapacity(grouped.count)   // each span starts with an event: at most as many
        // Events apply in date order; same-day events in file order.
        func before(_ one: Int, _ other: Int) -> Bool {
            (events[one].date, events[one].sequence) < (events[other].date, events[other].sequence)
        }
        for number in counts.indices {
            var history = grouped[starts[number] ..< starts[number + 1]]
            // Most histories are in that order already.
            if !zip(history, history.dropFirst()).allSatisfy({ before($0, $1) }) { history.sort(by: before) }
            replay(events[history.first!].memberID, history, of: events)
        }
    }

    /// Replays one member's events, `history` being their positions in `events` in the order they apply.
    private mutating func replay(_ memberID: String, _ history: ArraySlice<Int>, of events: [MemberEvent]) {
        var state = State.never
        for position in history {
            let event = events[position]
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
