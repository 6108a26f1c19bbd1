import ReportModel
import Testing

/// Periods and days as people write them (SPEC §8), read into canonical ones.
@Suite struct WrittenInputTests {
    @Test(arguments: [
        ("2024-Q4", "2024-Q4"), ("Q4/2024", "2024-Q4"), ("Q4 2024", "2024-Q4"), ("2024Q4", "2024-Q4"),
        ("q4-2024", "2024-Q4"), ("quý 4/2024", "2024-Q4"), ("Quý IV năm 2024", "2024-Q4"), ("quy iv nam 2024", "2024-Q4"),
        ("quý I/2025", "2025-Q1"), ("6 tháng 2024", "2024-H1"), ("6 tháng đầu năm 2024", "2024-H1"), ("H1/2024", "2024-H1"),
        ("9 tháng 2024", "2024-9M"), ("9 tháng đầu năm 2024", "2024-9M"), ("9M/2024", "2024-9M"), ("năm 2024", "2024"),
        ("12 tháng 2024", "2024"), ("tháng 3/2024", "2024-03"), ("03/2024", "2024-03"), ("tháng 12 năm 2023", "2023-12"),
    ])
    func periodsAsWritten(text: String, id: String) throws {
        #expect(try Period(written: text).id == id)
    }

    @Test(arguments: ["quý 5/2024", "Q4/24", "2024-2025", "7 tháng 2024", "tháng 13/2024", "quý 4", "", "2024/2025 Q1",
                      "quý 4 năm 0999"])
    func ambiguousOrWrongPeriodsAreRefused(text: String) {
        #expect(throws: PeriodError.self) { try Period(written: text) }
    }

    @Test func aQuarterWithATwoDigitYearGetsADidYouMean() throws {
        let error = try #require(throws: PeriodError.self) { try Period(written: "Q4/24") }
        #expect(error.description.hasSuffix("; did you mean 2024-Q4?"))
        #expect(error.description.contains("or as written: Q4/2024, quý IV năm 2024, 6 tháng 2024"))
    }

    @Test func batchListsAndRangesTakeWrittenPeriodsToo() throws {
        #expect(try Period.list(parsing: "Q1/2024..Q3/2024").map(\.id) == ["2024-Q1", "2024-Q2", "2024-Q3"])
    }

    @Test func daysAreDayFirstAsInVietnam() {
        #expect(Day(written: "05/07/2024") == Day(year: 2024, month: 7, day: 5))
        #expect(Day(written: "5/7/2024") == Day(year: 2024, month: 7, day: 5))
        #expect(Day(written: "05-07-2024") == Day(year: 2024, month: 7, day: 5))
        #expect(Day(written: "05.07.2024") == Day(year: 2024, month: 7, day: 5))
        #expect(Day(written: "2024-07-05") == Day(year: 2024, month: 7, day: 5))
        #expect(Day(written: "29/02/2024") == Day(year: 2024, month: 2, day: 29))
        for wrong in ["29/02/2023", "31/04/2024", "2024/07/05", "05/07/24", "5 tháng 7", "07/05/2024x"] {
            #expect(Day(written: wrong) == nil, "\(wrong)")
        }
    }

    @Test func textWithoutMarksAndDistances() {
        #expect(VietnameseText.plain("Đảng bộ xã Mường Lèo") == "dang bo xa muong leo")
        #expect(VietnameseText.distance("xsx", "xsc") == 1)
        #expect(VietnameseText.distance("", "abc") == 3)
    }
}
