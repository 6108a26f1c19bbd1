internal import DatasetReaders
internal import DatasetStore
internal import ReportModel

/// The membership figures of SPEC §5.1 for one subtree, as SQL over the store.
/// `subtree` is the id of the unit at the subtree's top.
struct MembershipQueries {
    let store: DatasetStore

    /// Completed years between `birth` (ISO text) and `day` (ISO text), as SQL:
    /// born 29 February is a year older on 29 February, else on 1 March.
    static func age(born birth: String, on day: String) -> String {
        "(CAST(substr(\(day), 1, 4) AS INTEGER) - CAST(substr(\(birth), 1, 4) AS INTEGER)"
            + " - (substr(\(day), 6, 5) < substr(\(birth), 6, 5)))"
    }

    /// Events of each type registered in the subtree in `range`. `moved` counts
    /// as `transferred_in` / `transferred_out` only when it crosses the
    /// subtree's boundary; a move inside it counts nowhere.
    func eventCounts(in subtree: String, _ range: DayRange) throws -> [EventType: Int] {
        var counts: [EventType: Int] = [:]
        let rows = try store.query("""
            SELECT e.type, COUNT(*) FROM member_events e
            JOIN unit_tree t ON t.descendant_id = e.unit_id AND t.ancestor_id = ?1
            WHERE e.date BETWEEN ?2 AND ?3 AND e.type <> 'moved'
            GROUP BY e.type
            """, [.text(subtree), .text(range.start.description), .text(range.end.description)])
        for row in rows {
            if let type = row[0].string.flatMap(EventType.init(rawValue:)) { counts[type] = row[1].int ?? 0 }
        }
        let moves = try store.queryFirst("""
            SELECT COALESCE(SUM(inside_to AND NOT inside_from), 0), COALESCE(SUM(inside_from AND NOT inside_to), 0)
            FROM (SELECT
                    EXISTS (SELECT 1 FROM unit_tree WHERE ancestor_id = ?1 AND descendant_id = e.unit_id) AS inside_to,
                    EXISTS (SELECT 1 FROM unit_tree WHERE ancestor_id = ?1 AND descendant_id = e.from_unit_id) AS inside_from
                  FROM member_events e WHERE e.type = 'moved' AND e.date BETWEEN ?2 AND ?3)
            """, [.text(subtree), .text(range.start.description), .text(range.end.description)])
        counts[.transferredIn, default: 0] += moves?[0].int ?? 0
        counts[.transferredOut, default: 0] += moves?[1].int ?? 0
        return counts
    }

    /// Admissions in the subtree in `range`.
    func admissions(in subtree: String, _ range: DayRange) throws -> Int {
        try store.queryFirst("""
            SELECT COUNT(*) FROM member_events e
            JOIN unit_tree t ON t.descendant_id = e.unit_id AND t.ancestor_id = ?1
            WHERE e.type = 'admitted' AND e.date BETWEEN ?2 AND ?3
            """, [.text(subtree), .text(range.start.description), .text(range.end.description)])?[0].int ?? 0
    }

    struct Headcount {
        var members = 0
        var probationary = 0
        var female = 0
        var ethnicMinority = 0
        var religious = 0
        /// Members aged ≤ 30, 31–40, 41–50, 51–60, over 60.
        var ageBands = [0, 0, 0, 0, 0]
        /// Mean of whole-year ages; nil with no members.
        var averageAge: Double?
    }

    /// Who is in the subtree at the end of `day`, and their make-up.
    func headcount(in subtree: String, on day: Day) throws -> Headcount {
        let age = Self.age(born: "p.birth_date", on: "?2")
        let row = try store.queryFirst("""
            SELECT COUNT(*), SUM(probationary), SUM(gender = 'female'), SUM(ethnic_minority), SUM(religious),
                   SUM(age <= 30), SUM(age BETWEEN 31 AND 40), SUM(age BETWEEN 41 AND 50),
                   SUM(age BETWEEN 51 AND 60), SUM(age > 60), AVG(age)
            FROM (SELECT m.probationary, p.gender, p.ethnic_minority, p.religious, \(age) AS age
                  FROM memberships m
                  JOIN unit_tree t ON t.descendant_id = m.unit_id AND t.ancestor_id = ?1
                  JOIN members p ON p.id = m.member_id
                  WHERE m.start_date <= ?2 AND (m.end_date IS NULL OR m.end_date > ?2))
            """, [.text(subtree), .text(day.description)])
        guard let row else { return Headcount() }
        return Headcount(
            members: row[0].int ?? 0, probationary: row[1].int ?? 0, female: row[2].int ?? 0,
            ethnicMinority: row[3].int ?? 0, religious: row[4].int ?? 0,
            ageBands: (5...9).map { row[$0].int ?? 0 }, averageAge: row[10].double)
    }

    struct NewMembers {
        var admitted = 0
        var female = 0
        var ethnicMinority = 0
        var religious = 0
        var age30OrUnder = 0
        /// Mean of whole-year ages at admission; nil with no admissions.
        var averageAge: Double?
    }

    /// The people admitted in the subtree in `range`, by their age on the day of admission.
    func newMembers(in subtree: String, _ range: DayRange) throws -> NewMembers {
        let age = Self.age(born: "p.birth_date", on: "e.date")
        let row = try store.queryFirst("""
            SELECT COUNT(*), SUM(gender = 'female'), SUM(ethnic_minority), SUM(religious), SUM(age <= 30), AVG(age)
            FROM (SELECT p.gender, p.ethnic_minority, p.religious, \(age) AS age
                  FROM member_events e
                  JOIN unit_tree t ON t.descendant_id = e.unit_id AND t.ancestor_id = ?1
                  JOIN members p ON p.id = e.member_id
                  WHERE e.type = 'admitted' AND e.date BETWEEN ?2 AND ?3)
            """, [.text(subtree), .text(range.start.description), .text(range.end.description)])
        guard let row else { return NewMembers() }
        return NewMembers(admitted: row[0].int ?? 0, female: row[1].int ?? 0, ethnicMinority: row[2].int ?? 0,
                          religious: row[3].int ?? 0, age30OrUnder: row[4].int ?? 0, averageAge: row[5].double)
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
