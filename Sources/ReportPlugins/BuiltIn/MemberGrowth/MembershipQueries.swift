internal import DatasetReaders
internal import DatasetStore
internal import ReportModel
internal import SQLiteSupport

/// The membership figures of SPEC §5.1 for any subtree. Each figure is
/// counted once per unit over the whole store (members on a day: one pass over
/// the memberships' columns, `MembershipColumns`; events: one pass over the
/// events' columns for several disjoint ranges at once, `EventColumns`), then summed over the units of
/// each subtree asked for: a report of N rows costs a few scans, not N scans
/// of the subtrees.
/// `subtree` is the id of the unit at the subtree's top. Not `Sendable`: it
/// keeps what it counted for the report being made.
final class MembershipQueries {
    let store: DatasetStore
    private var headcounts: [Day: [String: Headcount]] = [:]
    private var memberCounts: [Day: [String: Int]] = [:]
    private var eventsByUnit: [DayRange: [String: [EventType: Int]]] = [:]
    private var movesByUnit: [DayRange: Moves] = [:]
    private var newMembersByUnit: [DayRange: [String: NewMembers]] = [:]
    private var subtrees: [String: Set<String>] = [:]
    private var storedColumns: MembershipColumns?
    private var storedEventColumns: EventColumns?

    init(store: DatasetStore) {
        self.store = store
    }

    /// The memberships' columns, read from the store when first needed.
    private func columns() throws -> MembershipColumns {
        if let storedColumns { return storedColumns }
        guard let columns = MembershipColumns(store: store) else {
            throw MissingStoreColumns(tables: ["memberships", "members"])
        }
        storedColumns = columns
        return columns
    }

    /// The events' columns, read from the store when first needed.
    private func eventColumns() throws -> EventColumns {
        if let storedEventColumns { return storedEventColumns }
        guard let columns = EventColumns(store: store) else { throw MissingStoreColumns(tables: ["member_events"]) }
        storedEventColumns = columns
        return columns
    }

    /// Completed years between `birth` (ISO text) and `day` (ISO text), as SQL:
    /// born 29 February is a year older on 29 February, else on 1 March.
    static func age(born birth: String, on day: String) -> String {
        "(CAST(substr(\(day), 1, 4) AS INTEGER) - CAST(substr(\(birth), 1, 4) AS INTEGER)"
            + " - (substr(\(day), 6, 5) < substr(\(birth), 6, 5)))"
    }

    /// The unit `root` and every unit below it.
    func units(under root: String) -> Set<String> {
        if let known = subtrees[root] { return known }
        var found: Set<String> = [root]
        var pending = [root]
        while let unit = pending.popLast() {
            for child in store.children(of: unit) where found.insert(child.id).inserted { pending.append(child.id) }
        }
        subtrees[root] = found
        return found
    }

    /// `perUnit` summed over the units of `subtree`: O(subtree), so a batch's
    /// reports for every grassroots unit cost O(units) in all.
    private func sum<Value: Summable>(_ perUnit: [String: Value], in subtree: String) -> Value {
        var total = Value()
        for unit in units(under: subtree) {
            if let value = perUnit[unit] { total.add(value) }
        }
        return total
    }

    /// Events of each type registered in the subtree in `range`. `moved` counts
    /// as `transferred_in` / `transferred_out` only when it crosses the
    /// subtree's boundary; a move inside it counts nowhere.
    func eventCounts(in subtree: String, _ range: DayRange) throws -> [EventType: Int] {
        try countEvents(in: [range])
        let units = units(under: subtree)
        var counts: [EventType: Int] = [:]
        let byUnit = eventsByUnit[range]!
        let moves = movesByUnit[range]!
        for unit in units {
            if let byType = byUnit[unit] { counts.merge(byType, uniquingKeysWith: +) }
            // A move counts only when it crosses the subtree's boundary.
            for (to, count) in moves.leaving[unit] ?? [] where !units.contains(to) {
                counts[.transferredOut, default: 0] += count
            }
            for (from, count) in moves.arriving[unit] ?? [] where !units.contains(from) {
                counts[.transferredIn, default: 0] += count
            }
        }
        return counts
    }

    /// Counts each unit's events of each range not counted yet: one scan of
    /// the events for all of them (a trend's eight quarters), each event
    /// counted in the first range holding its day.
    func countEvents(in ranges: [DayRange]) throws {
        var wanted: [DayRange] = []
        for range in ranges where eventsByUnit[range] == nil && !wanted.contains(range) { wanted.append(range) }
        // An event counts in one range only: ranges that overlap are counted one at a time.
        let sorted = wanted.sorted { $0.start < $1.start }
        if zip(sorted, sorted.dropFirst()).contains(where: { $0.end >= $1.start }) {
            for range in wanted { try countEvents(in: [range]) }
            return
        }
        guard !wanted.isEmpty else { return }
        for (range, counts) in zip(wanted, try eventColumns().counts(in: wanted)) {
            eventsByUnit[range] = counts.byUnit
            var moves = Moves()
            for (pair, count) in counts.moves {
                moves.leaving[pair.from, default: []].append((pair.to, count))
                moves.arriving[pair.to, default: []].append((pair.from, count))
            }
            movesByUnit[range] = moves
        }
    }

    /// Admissions in the subtree in `range`.
    func admissions(in subtree: String, _ range: DayRange) throws -> Int {
        try eventCounts(in: subtree, range)[.admitted] ?? 0
    }

    struct Headcount: Summable, Equatable {
        var members = 0
        var probationary = 0
        var female = 0
        var ethnicMinority = 0
        var religious = 0
        /// Members aged ≤ 30, 31–40, 41–50, 51–60, over 60.
        var ageBands = [0, 0, 0, 0, 0]
        /// The sum of the members' whole-year ages.
        var ages = 0

        /// Mean of whole-year ages; nil with no members.
        var averageAge: Double? { members > 0 ? Double(ages) / Double(members) : nil }

        mutating func add(_ other: Headcount) {
            members += other.members
            probationary += other.probationary
            female += other.female
            ethnicMinority += other.ethnicMinority
            religious += other.religious
            for band in ageBands.indices { ageBands[band] += other.ageBands[band] }
            ages += other.ages
        }
    }

    /// How many are in the subtree at the end of `day`: the trend's eight
    /// quarter ends, without `headcount`'s make-up (a join with members).
    func memberCount(in subtree: String, on day: Day) throws -> Int {
        if let known = headcounts[day] { return sum(known, in: subtree).members }
        try countMembers(on: [day])
        return units(under: subtree).reduce(0) { $0 + (memberCounts[day]![$1] ?? 0) }
    }

    /// Counts each unit's members at the end of each day not counted yet, in
    /// one pass over the memberships for each.
    func countMembers(on days: [Day]) throws {
        var wanted: [Day] = []
        for day in days where memberCounts[day] == nil && headcounts[day] == nil && !wanted.contains(day) {
            wanted.append(day)
        }
        guard !wanted.isEmpty else { return }
        for (day, counts) in zip(wanted, try columns().memberCounts(on: wanted)) { memberCounts[day] = counts }
    }

    /// Who is in the subtree at the end of `day`, and their make-up.
    func headcount(in subtree: String, on day: Day) throws -> Headcount {
        if headcounts[day] == nil { headcounts[day] = try columns().headcounts(on: day) }
        return sum(headcounts[day]!, in: subtree)
    }

    struct NewMembers: Summable {
        var admitted = 0
        var female = 0
        var ethnicMinority = 0
        var religious = 0
        var age30OrUnder = 0
        /// The sum of whole-year ages at admission.
        var ages = 0

        /// Mean of whole-year ages at admission; nil with no admissions.
        var averageAge: Double? { admitted > 0 ? Double(ages) / Double(admitted) : nil }

        mutating func add(_ other: NewMembers) {
            admitted += other.admitted
            female += other.female
            ethnicMinority += other.ethnicMinority
            religious += other.religious
            age30OrUnder += other.age30OrUnder
            ages += other.ages
        }
    }

    /// The people admitted in the subtree in `range`, by their age on the day of admission.
    func newMembers(in subtree: String, _ range: DayRange) throws -> NewMembers {
        if newMembersByUnit[range] == nil {
            let age = Self.age(born: "p.birth_date", on: "e.date")
            var byUnit: [String: NewMembers] = [:]
            for row in try store.query("""
                SELECT unit_id, COUNT(*), SUM(gender = 'female'), SUM(ethnic_minority), SUM(religious), SUM(age <= 30),
                       SUM(age)
                FROM (SELECT e.unit_id, p.gender, p.ethnic_minority, p.religious, \(age) AS age
                      FROM member_events e JOIN members p ON p.id = e.member_id
                      WHERE e.type = 'admitted' AND e.date BETWEEN ?1 AND ?2)
                GROUP BY unit_id
                """, [.text(range.start.description), .text(range.end.description)]) {
                guard let unit = row[0].string else { continue }
                byUnit[unit] = NewMembers(admitted: row[1].int ?? 0, female: row[2].int ?? 0,
                                          ethnicMinority: row[3].int ?? 0, religious: row[4].int ?? 0,
                                          age30OrUnder: row[5].int ?? 0, ages: row[6].int ?? 0)
            }
            newMembersByUnit[range] = byUnit
        }
        return sum(newMembersByUnit[range]!, in: subtree)
    }

    /// The unit's own target for `metric` in `year`, or else the sum of its
    /// children's (each found the same way); nil when none has one.
    func target(_ metric: String, unit: String, year: Int) throws -> Double? {
        let own = try store.queryFirst(
            "SELECT value FROM targets WHERE unit_id = ?1 AND year = ?2 AND metric = ?3",
            [.text(unit), .integer(year), .text(metric)])
        if let value = own?[0].double { return value }
        let children = try store.children(of: unit).compactMap { try target(metric, unit: $0.id, year: year) }
        return children.isEmpty ? nil : children.reduce(0, +)
    }
}

/// `moved` events of a range, counted by (from, to) pair and kept under both ends.
private struct Moves {
    var leaving: [String: [(to: String, count: Int)]] = [:]
    var arriving: [String: [(from: String, count: Int)]] = [:]
}

/// Figures that add up over units: a subtree's is the sum of its units'.
protocol Summable {
    init()
    mutating func add(_ other: Self)
}

/// The store lacks tables member growth counts from, or their columns (a
/// store is always built with them: this is a store that was not).
struct MissingStoreColumns: MessageError {
    let tables: [String]
    var message: Message {
        Message("the store has no columns of \(tables.joined(separator: ", ")) to count members from")
    }
}
