import Testing
import ReportModel

@Suite struct PeriodTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("2024-Q1", "2024-01-01", "2024-03-31"),
        ("2024-Q2", "2024-04-01", "2024-06-30"),
        ("2024-Q3", "2024-07-01", "2024-09-30"),
        ("2024-Q4", "2024-10-01", "2024-12-31"),
        ("2024-H1", "2024-01-01", "2024-06-30"),
        ("2024-9M", "2024-01-01", "2024-09-30"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2021-12", "2021-12-01", "2021-12-31"),
    ])
    func parsesEveryForm(id: String, start: String, end: String) throws {
        let period = try Period(parsing: id)
        #expect(period.id == id)
        #expect(period.start.description == start)
        #expect(period.end.description == end)
    }

    @Test func acceptsLowercaseAndSpaces() throws {
        #expect(try Period(parsing: " 2024-q2 ").id == "2024-Q2")
        #expect(try Period(parsing: "2024-h1").id == "2024-H1")
    }

    @Test(arguments: ["2024-Q5", "2024-Q0", "24-Q1", "2024-13", "2024-1", "2024-H2", "", "Q1-2024", "2024-", "0001-Q1",
                      "0999"])
    func rejectsOthersWithTheAcceptedForms(id: String) {
        #expect {
            try Period(parsing: id)
        } throws: { error in
            "\(error)" == "invalid period \"\(id)\": expected YYYY-Qn (quarter), YYYY-H1, YYYY-9M, YYYY or YYYY-MM"
        }
    }

    @Test func sameLastYearAndYearToDate() throws {
        let q2 = try Period(parsing: "2024-Q2")
        #expect(q2.sameLastYear.id == "2023-Q2")
        #expect(q2.sameLastYear.start == day(2023, 4, 1))
        #expect(q2.yearToDate.start == day(2024, 1, 1))
        #expect(q2.yearToDate.end == day(2024, 6, 30))
        let leapFebruary = try Period(parsing: "2024-02")
        #expect(leapFebruary.sameLastYear.end == day(2023, 2, 28))
    }

    @Test func containsIsInclusiveAtBothEnds() throws {
        let q1 = try Period(parsing: "2024-Q1")
        #expect(q1.contains(day(2024, 1, 1)))
        #expect(q1.contains(day(2024, 3, 31)))
        #expect(!q1.contains(day(2023, 12, 31)))
        #expect(!q1.contains(day(2024, 4, 1)))
    }

    @Test func fileNamesNeverLeaveTheOutputFolder() throws {
        let period = PeriodReference(try Period(parsing: "2024-Q2"))
        func name(_ id: String) -> String {
            ReportBundle(unit: UnitReference(id: id, name: ""), period: period, reports: [], header: DocumentHeader(
                issuingBodyLines: [], partyLine: "", placeAndDate: "", documentKind: "", subject: "",
                recipientsHeading: "", recipients: [], signature: [], date: period.end, author: "")).baseName
        }
        #expect(name("sc") == "sc_2024-Q2")
        #expect(name("01/ĐU") == "01-ĐU_2024-Q2")
        #expect(name("../escaped") == "---escaped_2024-Q2")
        #expect(name("..\\x") == "---x_2024-Q2")
    }

    /// `batch --period`: lists, ranges of one kind across years, repeats dropped.
    @Test func listsAndRanges() throws {
        #expect(try Period.list(parsing: "2024-Q1, 2024-Q2").map(\.id) == ["2024-Q1", "2024-Q2"])
        #expect(try Period.list(parsing: "2023-Q3..2024-Q2").map(\.id) == ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"])
        #expect(try Period.list(parsing: "2024-11..2025-02,2024-12").map(\.id) == ["2024-11", "2024-12", "2025-01", "2025-02"])
        #expect(try Period.list(parsing: "2022-H1..2024-H1,2024").map(\.id) == ["2022-H1", "2023-H1", "2024-H1", "2024"])
        #expect(try Period.list(parsing: "2024-Q2..2024-Q2").map(\.id) == ["2024-Q2"])
    }

    @Test(arguments: [
        ("2024-Q3..2024-Q1", "invalid period \"2024-Q3..2024-Q1\": the range ends before it starts"),
        ("2024-Q1..2024-06", "invalid period \"2024-Q1..2024-06\": a range runs between two periods of one kind, e.g. 2023-Q1..2024-Q4"),
        ("2024-Q1..", "invalid period \"\": expected YYYY-Qn (quarter), YYYY-H1, YYYY-9M, YYYY or YYYY-MM, "
                      + "or as written: Q4/2024, quý IV năm 2024, 6 tháng 2024, 9 tháng 2024, 03/2024"),
        (" , ", "invalid period \" , \": expected YYYY-Qn (quarter), YYYY-H1, YYYY-9M, YYYY or YYYY-MM"),
    ])
    func badListsSayWhy(text: String, message: String) {
        #expect(throws: PeriodError.self) { try Period.list(parsing: text) }
        do {
            _ = try Period.list(parsing: text)
        } catch {
            #expect(error.description == message)
        }
    }
}
