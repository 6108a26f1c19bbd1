import Foundation
import ReportModel
import Testing

/// Every figure of the member-growth report for the hand-checked `tiny`
/// dataset (Fixtures/tiny), period 2024-Q2 (01/04–30/06/2024).
///
/// The tree: d ─┬─ xa ─┬─ a1
///              │      └─ a2
///              ├─ xb ─── b1
///              └─ cb (grassroots branch)
///
/// Members at the end of 31/03/2024 (the opening):
///   xa: m01, m02 (a1); m07, m10 (a2); m05 (a2, admitted 31/03 — last day of Q1)  = 5
///   xb: m03 (b1); m06 (b1, probationary since 20/05/2023)                       = 2
///   cb: m08                                                                      = 1
/// Events in the quarter:
///   01/04 m04 admitted a1 (first day), then the same day moved a1 → a2 (file order)
///   10/04 m10 transferred_out a2;  20/04 m03 removed b1;  02/05 m01 moved a1 → a2 (inside xa)
///   03/05 m02 moved a1 → b1 (xa → xb: out of xa, into xb, inside d);  20/05 m06 made_official b1
///   01/06 m03 restored b1;  10/06 m05 expelled a2;  15/06 m08 died cb;  30/06 m09 admitted cb (last day)
///   01/07 m07 resigned a2 — the day after the quarter: not counted
@Suite struct MemberGrowthTests {
    let maker: ReportMaker
    let report: ReportDocument

    init() throws {
        maker = try ReportMaker(Fixtures.tiny)
        report = try maker.memberGrowth("2024-Q2")
    }

    @Test func movementByUnit() {
        // xa: 5 + 1 admitted − 1 expelled (m05) − 2 transferred out (m10; m02's move to xb) = 3.
        // Targets: xa's own 3 (a1's 10 is ignored); ytd = m05 + m04 = 2 → 66,7 %.
        #expect(report.numbers("movement", "xa") == [
            "opening": 5, "admitted": 1, "restored": 0, "transferred_in": 0, "died": 0, "expelled": 1, "removed": 0,
            "resigned": 0, "transferred_out": 2, "closing": 3, "probationary": 1, "made_official": 0,
            "admitted_ytd": 2, "admission_target": 3, "admission_target_pct": 2.0 / 3 * 100, "admitted_prior_year": 0,
        ])
        // xb: 2 + 1 restored + 1 moved in (m02) − 1 removed = 3; target = b1's 2 (xb has none of its own);
        // m06's admission on 20/05/2023 is the prior-year figure.
        #expect(report.numbers("movement", "xb") == [
            "opening": 2, "admitted": 0, "restored": 1, "transferred_in": 1, "died": 0, "expelled": 0, "removed": 1,
            "resigned": 0, "transferred_out": 0, "closing": 3, "probationary": 0, "made_official": 1,
            "admitted_ytd": 0, "admission_target": 2, "admission_target_pct": 0, "admitted_prior_year": 1,
        ])
        #expect(report.numbers("movement", "cb") == [
            "opening": 1, "admitted": 1, "restored": 0, "transferred_in": 0, "died": 1, "expelled": 0, "removed": 0,
            "resigned": 0, "transferred_out": 0, "closing": 1, "probationary": 1, "made_official": 0,
            "admitted_ytd": 1, "admission_target": 1, "admission_target_pct": 100, "admitted_prior_year": 0,
        ])
    }

    @Test func movementTotal() {
        // m02's move xa → xb stays inside d: no transfer in the total.
        // 8 + 2 + 1 − 1 − 1 − 1 − 1 = 7. d has no target of its own for 2024:
        // its children's sum 3 + 2 + 1 = 6; ytd 3 → 50 %.
        let total = report.table("movement")!.row("total")!
        #expect(total.kind == .total && total.level == 0 && total.label == "Tổng cộng")
        #expect(report.numbers("movement", "total") == [
            "opening": 8, "admitted": 2, "restored": 1, "transferred_in": 0, "died": 1, "expelled": 1, "removed": 1,
            "resigned": 0, "transferred_out": 1, "closing": 7, "probationary": 2, "made_official": 1,
            "admitted_ytd": 3, "admission_target": 6, "admission_target_pct": 50, "admitted_prior_year": 1,
        ])
        #expect(report.table("movement")!.rows.map(\.key) == ["xa", "xb", "cb", "total"])
    }

    /// Table `trend`, for d: members at the end of each of the eight quarters
    /// up to 2024-Q2, and each quarter's admissions and made-official.
    /// m01, m02, m03, m07, m08, m10 are members from before 2022; m06 joins on
    /// 20/05/2023 (2023-Q2), m05 on 31/03/2024 (2024-Q1, its last day); 2024-Q2
    /// ends with 7 (the movement's closing). Only m06 is made official in these
    /// quarters (20/05/2024).
    @Test func trendOverEightQuarters() {
        let trend = report.table("trend")!
        #expect(trend.rows.map(\.key) == ["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4",
                                          "2024-Q1", "2024-Q2"])
        #expect(trend.rows.map(\.label) == ["Quý III/2022", "Quý IV/2022", "Quý I/2023", "Quý II/2023",
                                            "Quý III/2023", "Quý IV/2023", "Quý I/2024", "Quý II/2024"])
        #expect(trend.rows.map { $0["closing"] } == [6, 6, 6, 7, 7, 7, 8, 7].map(CellValue.integer))
        #expect(trend.rows.map { $0["admitted"] } == [0, 0, 0, 1, 0, 0, 1, 2].map(CellValue.integer))
        #expect(trend.rows.map { $0["made_official"] } == [0, 0, 0, 0, 0, 0, 0, 1].map(CellValue.integer))
        #expect(trend.chart == ChartDeclaration(kind: .line, series: ["closing"], secondary: ["admitted", "made_official"]))
    }

    /// For xb's own report: m03 throughout, m06 from 2023-Q2, and m02 moved in
    /// from xa on 03/05/2024 — a member more, but no admission.
    @Test func trendOfASubtreeCountsMovesInButNotAsAdmissions() throws {
        let trend = try maker.memberGrowth("2024-Q2", unit: "xb").table("trend")!
        #expect(trend.rows.map { $0["closing"] } == [1, 1, 1, 2, 2, 2, 2, 3].map(CellValue.integer))
        #expect(trend.rows.map { $0["admitted"] } == [0, 0, 0, 1, 0, 0, 0, 0].map(CellValue.integer))
    }

    /// The eight quarters end with the one holding the period's last day,
    /// across year ends: a year ends with its Q4, a half with its Q2, January with Q1.
    @Test(arguments: [("2024", "2023-Q1", "2024-Q4"), ("2024-H1", "2022-Q3", "2024-Q2"),
                      ("2024-01", "2022-Q2", "2024-Q1"), ("2024-9M", "2022-Q4", "2024-Q3")])
    func trendQuartersEndWithThePeriod(period: String, first: String, last: String) throws {
        let keys = try maker.memberGrowth(period).table("trend")!.rows.map(\.key)
        #expect(keys.count == 8 && keys.first == first && keys.last == last)
    }

    @Test func newMembers() {
        // m04: male, Mông, Tin lành, born 29/02/1996 → 28 on 01/04/2024.
        // m09: female, Kinh, born 30/06/1993 → 31 on her admission day, her birthday.
        #expect(report.numbers("new_members", "xa") == [
            "admitted": 1, "female": 0, "ethnic_minority": 1, "religious": 1, "age_30_or_under": 1, "average_age": 28,
        ])
        #expect(report.numbers("new_members", "xb") == [
            "admitted": 0, "female": 0, "ethnic_minority": 0, "religious": 0, "age_30_or_under": 0,
        ])
        #expect(report.table("new_members")!.row("xb")!["average_age"] == .null)
        #expect(report.numbers("new_members", "total") == [
            "admitted": 2, "female": 1, "ethnic_minority": 1, "religious": 1, "age_30_or_under": 1, "average_age": 29.5,
        ])
    }

    @Test func composition() {
        // At 30/06/2024, ages in whole years:
        //   xa: m01 44, m04 28 (born 29/02/1996), m07 38          → avg 110/3
        //   xb: m03 64, m06 30 (Công giáo), m02 34 (Thái)          → avg 128/3
        //   cb: m09 31 (her birthday)
        #expect(report.numbers("composition", "xa") == [
            "members": 3, "official": 2, "probationary": 1, "female": 0, "ethnic_minority": 3, "religious": 1,
            "age_30_or_under": 1, "age_31_40": 1, "age_41_50": 1, "age_51_60": 0, "age_over_60": 0,
            "average_age": 110.0 / 3,
        ])
        #expect(report.numbers("composition", "xb") == [
            "members": 3, "official": 3, "probationary": 0, "female": 2, "ethnic_minority": 1, "religious": 1,
            "age_30_or_under": 1, "age_31_40": 1, "age_41_50": 0, "age_51_60": 0, "age_over_60": 1,
            "average_age": 128.0 / 3,
        ])
        #expect(report.numbers("composition", "total") == [
            "members": 7, "official": 5, "probationary": 2, "female": 3, "ethnic_minority": 4, "religious": 2,
            "age_30_or_under": 2, "age_31_40": 3, "age_41_50": 1, "age_51_60": 0, "age_over_60": 1,
            "average_age": 269.0 / 7,
        ])
    }

    @Test func movesInsideASubtreeAreNotTransfersThere() throws {
        // For xa as the report unit, rows are its branches: m04's and m01's moves a1 → a2
        // are transfers between the rows but not in xa's total.
        let xa = try maker.memberGrowth("2024-Q2", unit: "xa")
        #expect(xa.table("movement")!.rows.map(\.key) == ["a1", "a2", "total"])
        #expect(xa.numbers("movement", "a1")["transferred_out"] == 3)   // m04, m01, m02
        #expect(xa.numbers("movement", "a1")["closing"] == 0)
        #expect(xa.numbers("movement", "a2")["transferred_in"] == 2)    // m04, m01
        #expect(xa.numbers("movement", "a2")["closing"] == 3)
        #expect(xa.numbers("movement", "total")["transferred_in"] == 0)
        #expect(xa.numbers("movement", "total")["transferred_out"] == 2)   // m10 left; m02 went to xb
        // a1's own target 10 counts for a1's row; xa's own 3 for the total.
        #expect(xa.numbers("movement", "a1")["admission_target"] == 10)
        #expect(xa.numbers("movement", "total")["admission_target"] == 3)
    }

    @Test func aBranchReportHasOnlyTheTotalRow() throws {
        let cb = try maker.memberGrowth("2024-Q2", unit: "cb")
        #expect(cb.table("movement")!.rows.map(\.key) == ["total"])
        #expect(cb.numbers("movement", "total")["closing"] == 1)
    }

    @Test func missingTargetsAreNull() throws {
        // No targets at all for 2025.
        let report = try maker.memberGrowth("2025-Q1")
        let total = report.table("movement")!.row("total")!
        #expect(total["admission_target"] == .null)
        #expect(total["admission_target_pct"] == .null)
        // d's own 2023 target (5) wins over its children, who have none.
        #expect(try maker.memberGrowth("2023").numbers("movement", "total")["admission_target"] == 5)
    }

    @Test func anEmptyPeriodHasZeroMovement() throws {
        let report = try maker.memberGrowth("2025-03")
        let total = report.numbers("movement", "total")
        #expect(total["opening"] == 6 && total["closing"] == 6)   // m07 resigned on 01/07/2024
        for column in ["admitted", "restored", "transferred_in", "died", "expelled", "removed", "resigned",
                       "transferred_out", "made_official"] {
            #expect(total[column] == 0)
        }
        #expect(report.table("new_members")!.row("total")!["average_age"] == .null)
    }

    @Test func firstAndLastDaysOfThePeriodCount() throws {
        // m05 admitted 31/03: in Q1, not in Q2; m04 (01/04) and m09 (30/06) in Q2.
        #expect(try maker.memberGrowth("2024-Q1").numbers("movement", "total")["admitted"] == 1)
        #expect(try maker.memberGrowth("2024-03").numbers("movement", "total")["admitted"] == 1)
        #expect(try maker.memberGrowth("2024-04").numbers("movement", "total")["admitted"] == 1)
        #expect(try maker.memberGrowth("2024-06").numbers("movement", "total")["admitted"] == 1)
        #expect(try maker.memberGrowth("2024-H1").numbers("movement", "total")["admitted"] == 3)
        #expect(try maker.memberGrowth("2024-Q3").numbers("movement", "total")["resigned"] == 1)
    }

    @Test func narrative() {
        #expect(report.narrative == [
            "Quý II năm 2024, Đảng bộ huyện Mẫu kết nạp 2 đảng viên (lũy kế từ đầu năm 3 đảng viên), "
                + "đạt 50% kế hoạch năm; chuyển đảng chính thức cho 1 đảng viên dự bị. Đến ngày 30/06/2024, "
                + "tổng số đảng viên là 7 (5 chính thức, 2 dự bị), giảm 1 đảng viên so với đầu kỳ.",
        ])
    }

    @Test func columnsAndGroups() {
        let movement = report.table("movement")!
        #expect(movement.columns.map(\.id) == [
            "opening", "admitted", "restored", "transferred_in", "died", "expelled", "removed", "resigned",
            "transferred_out", "closing", "probationary", "made_official", "admitted_ytd", "admission_target",
            "admission_target_pct", "admitted_prior_year",
        ])
        #expect(movement.columns.filter { $0.group == "Tăng" }.map(\.id) == ["admitted", "restored", "transferred_in"])
        #expect(movement.columns.filter { $0.group == "Giảm" }.map(\.id)
            == ["died", "expelled", "removed", "resigned", "transferred_out"])
        #expect(movement.columns.first { $0.id == "admission_target_pct" }?.type == .percent)
        #expect(report.table("composition")!.columns.map(\.id) == [
            "members", "official", "probationary", "female", "ethnic_minority", "religious", "age_30_or_under",
            "age_31_40", "age_41_50", "age_51_60", "age_over_60", "average_age",
        ])
    }
}
