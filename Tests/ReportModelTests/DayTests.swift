import Testing
import ReportModel

@Suite struct DayTests {
    @Test func rejectsImpossibleDays() {
        #expect(Day(year: 2024, month: 2, day: 30) == nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2024, month: 4, day: 31) == nil)
        #expect(Day(year: 2024, month: 13, day: 1) == nil)
    }

    @Test func ordinalRoundTrips() {
        var day = Day(year: 1999, month: 12, day: 25)!
        for _ in 0..<2000 {
            let next = day.adding(days: 1)
            #expect(next.ordinal == day.ordinal + 1)
            #expect(Day(ordinal: next.ordinal) == next)
            #expect(day < next)
            day = next
        }
        #expect(Day(year: 1, month: 1, day: 1)!.ordinal == 0)
        #expect(Day(year: 2024, month: 3, day: 1)!.adding(days: -1) == Day(year: 2024, month: 2, day: 29))
    }

    @Test func agesOnLeapDays() {
        let born = Day(year: 1996, month: 2, day: 29)!
        #expect(born.age(on: Day(year: 2024, month: 2, day: 28)!) == 27)
        #expect(born.age(on: Day(year: 2024, month: 2, day: 29)!) == 28)
        #expect(born.age(on: Day(year: 2023, month: 2, day: 28)!) == 26)
        #expect(born.age(on: Day(year: 2023, month: 3, day: 1)!) == 27)
        let ordinary = Day(year: 1990, month: 6, day: 15)!
        #expect(ordinary.age(on: Day(year: 2020, month: 6, day: 14)!) == 29)
        #expect(ordinary.age(on: Day(year: 2020, month: 6, day: 15)!) == 30)
    }

    @Test func isoTextRoundTrips() {
        #expect(Day(iso: "2021-12-31") == Day(year: 2021, month: 12, day: 31))
        #expect(Day(year: 2021, month: 1, day: 5)!.description == "2021-01-05")
        #expect(Day(iso: "2021-2-3") == nil)
        #expect(Day(iso: "2021-02-30") == nil)
        #expect(Day(iso: "+024-01-01") == nil)
        #expect(Day(iso: "1990-+1-01") == nil)
    }
}
