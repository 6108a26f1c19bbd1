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
        /// In the branch of code `unit` (`MemberEventColumns.unitIDs`).
        case member(unit: Int32, probationary: Bool, since: Day)
        case left(by: EventType, on: Day)
    }

    private(set) var spans: [MembershipSpan] = []
    private(set) var problems: [Problem] = []
    private let events: MemberEventColumns

    /// Replays every member's events but those of `skippingMembers`.
    init(events: MemberEventColumns, skippingMembers: Set<String> = []) {
        self.events = events
        // Members are numbered by their codes, in the order they first appear;
        // each member's events' rows are grouped in that order (a counting
        // sort, which keeps file order within a member): no array per member,
        // and no id hashed per event.
        var skipped = [Bool](repeating: false, count: events.memberIDs.count)
        if !skippingMembers.isEmpty {
            for (code, id) in events.memberIDs.enumerated() where skippingMembers.contains(id) { skipped[code] = true }
        }
        var counts = [Int](repeating: 0, count: events.memberIDs.count)
        for member in events.members where member >= 0 && !skipped[Int(member)] { counts[Int(member)] += 1 }
        var starts = [Int](repeating: 0, count: counts.count + 1)
        for member in counts.indices { starts[member + 1] = starts[member] + counts[member] }
        var grouped = [Int](repeating: 0, count: starts[counts.count])
        var next = starts
        for (row, member) in events.members.enumerated() where member >= 0 && !skipped[Int(member)] {
            grouped[next[Int(member)]] = row
            next[Int(member)] += 1
        }
        spans.reserveCapacity(grouped.count)   // each span starts with an event: at most as many
        // Events apply in date order; same-day events in file order.
        func before(_ one: Int, _ other: Int) -> Bool {
            (events.dates[one]!, events.position(one)) < (events.dates[other]!, events.position(other))
        }
        for member in counts.indices where counts[member] > 0 {
            var history = grouped[starts[member] ..< starts[member + 1]]
            // Most histories are in that order already.
            if !zip(history, history.dropFirst()).allSatisfy({ before($0, $1) }) { history.sort(by: before) }
            replay(member, history)
        }
    }

    /// Replays one member's events, `history` being their rows in the order they apply.
    private mutating func replay(_ member: Int, _ history: ArraySlice<Int>) {
        let memberID = events.memberIDs[member]
        var state = State.never
        for row in history {
            let type = events.types[row]!, day = events.dates[row]!, unit = events.units[row]
            let unitID = events.unitIDs[Int(unit)]
            if case .left(.died, let died) = state {
                fail(row, "type", Message("member \(memberID) died on \(died); no event can follow"))
                continue
            }
            switch (type, state) {
            case (.admitted, .member(let current, _, let since)), (.transferredIn, .member(let current, _, let since)),
                 (.restored, .member(let current, _, let since)):
                fail(row, "type", Message("member \(memberID) is already a member (in \(events.unitIDs[Int(current)]) "
                                        + "since \(since)); \(type.rawValue) needs someone who is not"))
            case (.restored, .never):
                fail(row, "type", Message("member \(memberID) was never a member; restored needs a former member"))
            case (.restored, .left(let reason, _)) where ![.expelled, .removed, .resigned].contains(reason):
                fail(row, "type", Message("member \(memberID) left by \(reason.rawValue); restored needs a member "
                                        + "who was expelled, removed or resigned"))
            case (.admitted, _), (.transferredIn, _), (.restored, _):
                let probationary = type == .admitted
                    || (type == .transferredIn && events.statuses[row] == .probationary)
                state = .member(unit: unit, probationary: probationary, since: day)
            case (_, .never), (_, .left):
                fail(row, "type", Message("member \(memberID) is not a member on \(day); "
                                        + "\(type.rawValue) needs a current member"))
            case (.moved, .member(let current, let probationary, _)):
                let currentID = events.unitIDs[Int(current)]
                if events.fromUnits[row] != current {
                    fail(row, "from_unit_id", Message("member \(memberID) is in \(currentID) on \(day), not "
                                                    + "\(events.fromUnitID(row) ?? "")"))
                } else if unit == current {
                    fail(row, "unit_id", Message("a move must go to another branch, not back to \(currentID)"))
                } else {
                    close(memberID, currentID, probationary, on: day, state)
                    state = .member(unit: unit, probationary: probationary, since: day)
                }
            case (.madeOfficial, .member(let current, let probationary, _)):
                let currentID = events.unitIDs[Int(current)]
                if !probationary {
                    fail(row, "type", Message("member \(memberID) is not probationary on \(day); "
                                            + "made_official needs a probationary member"))
                } else if unit != current {
                    fail(row, "unit_id", Message("member \(memberID) is in \(currentID) on \(day), not \(unitID)"))
                } else {
                    close(memberID, currentID, true, on: day, state)
                    state = .member(unit: current, probationary: false, since: day)
                }
            case (_, .member(let current, let probationary, _)):   // leaving events
                let currentID = events.unitIDs[Int(current)]
                if unit != current {
                    fail(row, "unit_id", Message("member \(memberID) is in \(currentID) on \(day), not \(unitID)"))
                } else {
                    close(memberID, currentID, probationary, on: day, state)
                    state = .left(by: type, on: day)
                }
            }
        }
        if case .member(let unit, let probationary, _) = state {
            close(memberID, events.unitIDs[Int(unit)], probationary, on: nil, state)
        }
    }

    /// Ends the span the member is in; an empty span (joined and changed the same day) is dropped.
    private mutating func close(_ memberID: String, _ unitID: String, _ probationary: Bool, on day: Day?,
                                _ state: State) {
        guard case .member(_, _, let since) = state, day != since else { return }
        spans.append(MembershipSpan(memberID: memberID, unitID: unitID, from: since, to: day,
                                    probationary: probationary))
    }

    private mutating func fail(_ row: Int, _ column: String, _ message: Message) {
        problems.append(Problem(at: events.source(row), column: column, message: message))
    }
}
