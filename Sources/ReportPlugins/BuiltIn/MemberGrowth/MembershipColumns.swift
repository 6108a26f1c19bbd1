internal import DatasetStore
internal import ReportModel
internal import SQLiteSupport

/// The memberships and their members' make-up as the store keeps them
/// (`SQLiteColumnTable`), read once: member growth counts every unit's
/// members on a day in one pass over them in Swift, where SQL would step
/// through the virtual table a column call at a time (0,36 s for the nine
/// day counts on a province, 0,5 s for the make-up's join with members).
/// Codes rank as their texts do, so `start_date <= D` is a comparison of codes.
struct MembershipColumns {
    private let units: SQLiteColumnTable.TextCodes
    private let starts: SQLiteColumnTable.TextCodes
    private let ends: SQLiteColumnTable.TextCodes
    private let probationary: [Int?]
    /// For each membership, its member's row in `members`; -1 when there is
    /// none (a join leaves such a membership out).
    private let memberRows: [Int32]
    private let members: Members

    /// Each member's make-up, by their row in `members`.
    private struct Members {
        let female: [Bool]
        let ethnicMinority: [Int?]
        let religious: [Int?]
        let birth: [Day?]
    }

    /// Nil when the store lacks the tables or columns (never for a store built from a dataset).
    init?(store: DatasetStore) {
        guard let memberships = store.columnTable("memberships"), let people = store.columnTable("members"),
              let units = memberships.textCodes("unit_id"), let starts = memberships.textCodes("start_date"),
              let ends = memberships.textCodes("end_date"), let probationary = memberships.integers("probationary"),
              let memberIDs = memberships.textCodes("member_id"), let ids = people.textCodes("id"),
              let genders = people.textCodes("gender"), let births = people.textCodes("birth_date"),
              let ethnicMinority = people.integers("ethnic_minority"), let religious = people.integers("religious")
        else { return nil }
        self.units = units
        self.starts = starts
        self.ends = ends
        self.probationary = probationary
        // members.id code → its row (ids are unique in the store), then each membership's member → that row.
        var rowOfID = [Int32](repeating: -1, count: ids.texts.count)
        for (row, code) in ids.codes.enumerated() where code >= 0 && rowOfID[Int(code)] < 0 {
            rowOfID[Int(code)] = Int32(row)
        }
        let rowOfMemberCode = memberIDs.codes(in: ids).map { $0 < 0 ? -1 : rowOfID[Int($0)] }
        memberRows = memberIDs.codes.map { $0 < 0 ? -1 : rowOfMemberCode[Int($0)] }
        let female = genders.code(of: "female")
        let birthOfCode = births.texts.map { Day(iso: $0) }
        members = Members(female: genders.codes.map { $0 >= 0 && $0 == female },
                          ethnicMinority: ethnicMinority, religious: religious,
                          birth: births.codes.map { $0 < 0 ? nil : birthOfCode[Int($0)] })
    }

    /// Each membership row held at the end of `day` (`start_date <= day` and
    /// no `end_date` or one after it), with its unit's code.
    private func forEachHeld(on day: Day, _ body: (_ row: Int, _ unit: Int) -> Void) {
        let text = day.description
        let startedBy = starts.codes(upTo: text), endedBy = ends.codes(upTo: text)
        for row in 0..<units.codes.count {
            let unit = units.codes[row], start = starts.codes[row], end = ends.codes[row]
            guard unit >= 0, start >= 0, start < startedBy, end < 0 || end >= endedBy else { continue }
            body(row, Int(unit))
        }
    }

    /// How many members each unit has at the end of each of `days`.
    func memberCounts(on days: [Day]) -> [[String: Int]] {
        days.map { day in
            var counts = [Int](repeating: 0, count: units.texts.count)
            forEachHeld(on: day) { _, unit in counts[unit] += 1 }
            return byUnit(counts) { $0 > 0 }
        }
    }

    /// Each unit's members at the end of `day` and their make-up.
    func headcounts(on day: Day) -> [String: MembershipQueries.Headcount] {
        var counts = [MembershipQueries.Headcount](repeating: .init(), count: units.texts.count)
        forEachHeld(on: day) { row, unit in
            let member = Int(memberRows[row])
            guard member >= 0 else { return }
            counts[unit].members += 1
            counts[unit].probationary += probationary[row] ?? 0
            if members.female[member] { counts[unit].female += 1 }
            counts[unit].ethnicMinority += members.ethnicMinority[member] ?? 0
            counts[unit].religious += members.religious[member] ?? 0
            guard let birth = members.birth[member] else { return }
            let age = birth.age(on: day)
            counts[unit].ageBands[Self.ageBand(age)] += 1
            counts[unit].ages += age
        }
        return byUnit(counts) { $0.members > 0 }
    }

    /// ≤ 30, 31–40, 41–50, 51–60, over 60.
    private static func ageBand(_ age: Int) -> Int {
        switch age {
        case ...30: 0
        case 31...40: 1
        case 41...50: 2
        case 51...60: 3
        default: 4
        }
    }

    /// `values` by unit code, as a dictionary by unit id, of the units `kept`.
    private func byUnit<Value>(_ values: [Value], kept: (Value) -> Bool) -> [String: Value] {
        var result: [String: Value] = [:]
        for (code, value) in values.enumerated() where kept(value) { result[units.texts[code]] = value }
        return result
    }
}
