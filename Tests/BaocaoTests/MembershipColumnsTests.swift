import DatasetReaders
import DatasetStore
import Foundation
import ReportModel
@testable import ReportPlugins
import Testing

/// Member growth counts members from the store's columns in Swift; SQL over
/// the same store is the oracle: the same counts and make-up for every unit,
/// on days before, on and after the memberships' own start and end dates.
@Suite struct MembershipColumnsTests {
    let store: DatasetStore
    let columns: MembershipColumns

    init() throws {
        store = try ReportMaker(Fixtures.sample).store
        columns = try #require(MembershipColumns(store: store))
    }

    /// Fixed days (a leap day, quarter ends, before and after everything) and
    /// days the sample's memberships start and end on, with the days around them.
    func days() throws -> [Day] {
        let fixed = ["1900-01-01", "2020-01-01", "2023-12-31", "2024-02-29", "2024-03-31", "2024-06-30", "2024-07-01",
                     "9999-12-31"]
        let edges = try store.query("""
            SELECT start_date FROM memberships WHERE rowid % 97 = 0
            UNION SELECT end_date FROM memberships WHERE end_date IS NOT NULL AND rowid % 89 = 0
            """).compactMap { $0[0].string }
        #expect(edges.count > 20)
        let edgeDays = try edges.map { try #require(Day(iso: $0)) }
        return try fixed.map { try #require(Day(iso: $0)) } + edgeDays.flatMap { [$0.adding(days: -1), $0, $0.adding(days: 1)] }
    }

    @Test func memberCountsAreSQLs() throws {
        let days = try days()
        for (day, counts) in zip(days, columns.memberCounts(on: days)) {
            var expected: [String: Int] = [:]
            for row in try store.query("""
                SELECT unit_id, SUM(start_date <= ?1 AND (end_date IS NULL OR end_date > ?1)) FROM memberships
                GROUP BY unit_id
                """, [.text(day.description)]) where (row[1].int ?? 0) > 0 {
                expected[row[0].string!] = row[1].int
            }
            #expect(Self.differences(counts, expected).isEmpty, "\(day): \(Self.differences(counts, expected))")
        }
    }

    @Test func headcountsAreSQLs() throws {
        let age = MembershipQueries.age(born: "p.birth_date", on: "?1")
        for day in try days() {
            var expected: [String: MembershipQueries.Headcount] = [:]
            for row in try store.query("""
                SELECT unit_id, COUNT(*), SUM(probationary), SUM(gender = 'female'), SUM(ethnic_minority), SUM(religious),
                       SUM(age <= 30), SUM(age BETWEEN 31 AND 40), SUM(age BETWEEN 41 AND 50),
                       SUM(age BETWEEN 51 AND 60), SUM(age > 60), SUM(age)
                FROM (SELECT m.unit_id, m.probationary, p.gender, p.ethnic_minority, p.religious, \(age) AS age
                      FROM memberships m JOIN members p ON p.id = m.member_id
                      WHERE m.start_date <= ?1 AND (m.end_date IS NULL OR m.end_date > ?1))
                GROUP BY unit_id
                """, [.text(day.description)]) {
                expected[row[0].string!] = MembershipQueries.Headcount(
                    members: row[1].int ?? 0, probationary: row[2].int ?? 0, female: row[3].int ?? 0,
                    ethnicMinority: row[4].int ?? 0, religious: row[5].int ?? 0,
                    ageBands: (6...10).map { row[$0].int ?? 0 }, ages: row[11].int ?? 0)
            }
            let counted = columns.headcounts(on: day)
            #expect(Self.differences(counted, expected).isEmpty, "\(day): \(Self.differences(counted, expected))")
        }
    }

    /// The first few units whose figures differ: counted, then SQL's.
    static func differences<Value: Equatable>(_ counted: [String: Value], _ expected: [String: Value]) -> [String] {
        Set(counted.keys).union(expected.keys).sorted().filter { counted[$0] != expected[$0] }.prefix(3).map {
            "\($0): \(counted[$0].map { "\($0)" } ?? "none") against SQL's \(expected[$0].map { "\($0)" } ?? "none")"
        }
    }
}
