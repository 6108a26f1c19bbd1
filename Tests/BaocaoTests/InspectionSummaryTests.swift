import DatasetReaders
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// Every figure of the inspection-summary report for the hand-checked
/// `inspections` dataset (Fixtures/inspections).
///
/// The tree: h (district) ─┬─ xa ─┬─ a1
///                         │      ├─ a2
///                         │      └─ a3
///                         ├─ xb ─── b1
///                         └─ cb (grassroots branch)
///
/// Campaigns (unit, body, kind, start: targets with conclusions):
///   K00 h  inspection_committee violation_signs 31/03/2024 (last day of Q1): m05 violation
///   K01 h  standing_committee   inspection      15/04: xa good, xb shortcomings, cb violation
///   K02 h  standing_committee   supervision     15/05 (written with Vietnamese labels): xa, a1, m01 good
///   K03 h  standing_committee   inspection      30/06 (last day of Q2): b1 discipline, listed twice
///   K04 h  inspection_committee violation_signs 02/04: m02 violation, m03 discipline, m04 shortcomings
///   K05 h  inspection_committee finance         20/05: xa good, xb good
///   K06 xa committee            inspection      20/04: a1 good, a2 shortcomings, m06 violation
///   K07 xa inspection_committee lower_level     05/05: a1 good, a2 good
///   K08 a1 committee            supervision     01/06 (a grandchild of h): m01 pending, m07 shortcomings
///   K09 cb committee            inspection      01/07/2024 (first day of Q3): m08 violation
///   K10 xb committee            inspection      10/06: b1 violation, m09 discipline
/// xa appears in K01, K02 and K05: three organisation-inspections, one per round.
@Suite struct InspectionSummaryTests {
    let maker: ReportMaker

    init() throws {
        maker = try ReportMaker(Fixtures.directory.appendingPathComponent("inspections"))
    }

    // MARK: activities

    @Test func activitiesOfTheDistrictInQ2() throws {
        let report = try maker.inspectionSummary("2024-Q2")
        let table = try #require(report.table("activities"))
        // Own (h): K01, K03 (BTV inspection), K02 (BTV supervision), K04 (UBKT violation signs), K05 (UBKT finance).
        // Subordinate: K06, K10 (committees of xa, xb: inspection), K08 (a1's branch: supervision), K07 (xa's UBKT).
        #expect(table.rows.map(\.key) == [
            "own", "own.standing_committee", "own.standing_committee.inspection",
            "own.standing_committee.supervision", "own.inspection_committee",
            "own.inspection_committee.violation_signs", "own.inspection_committee.finance",
            "subordinate", "subordinate.committee", "subordinate.committee.inspection",
            "subordinate.committee.supervision", "subordinate.inspection_committee",
            "subordinate.inspection_committee.lower_level", "total",
        ])
        // K01 + K03: 2 rounds; organisations xa, xb, cb + b1 (once, though listed twice) = 4;
        // with violations cb (violation) and b1 (discipline) = 2. xb's shortcomings are not a violation.
        #expect(report.activity("own.standing_committee.inspection") == [2, 4, 0, 2, 0])
        // K02: xa, a1 and m01, all good.
        #expect(report.activity("own.standing_committee.supervision") == [1, 2, 1, 0, 0])
        #expect(report.activity("own.standing_committee") == [3, 6, 1, 2, 0])
        // K04: m02 violation and m03 discipline count, m04 shortcomings does not.
        #expect(report.activity("own.inspection_committee.violation_signs") == [1, 0, 3, 0, 2])
        #expect(report.activity("own.inspection_committee.finance") == [1, 2, 0, 0, 0])
        #expect(report.activity("own.inspection_committee") == [2, 2, 3, 0, 2])
        #expect(report.activity("own") == [5, 8, 4, 2, 2])
        // K06 (a1, a2, m06 violation) + K10 (b1 violation, m09 discipline).
        #expect(report.activity("subordinate.committee.inspection") == [2, 3, 2, 1, 2])
        // K08: m01 pending and m07 shortcomings: no violation.
        #expect(report.activity("subordinate.committee.supervision") == [1, 0, 2, 0, 0])
        #expect(report.activity("subordinate.committee") == [3, 3, 4, 1, 2])
        #expect(report.activity("subordinate.inspection_committee.lower_level") == [1, 2, 0, 0, 0])
        #expect(report.activity("subordinate.inspection_committee") == [1, 2, 0, 0, 0])
        #expect(report.activity("subordinate") == [4, 5, 4, 1, 2])
        #expect(report.activity("total") == [9, 13, 8, 3, 4])
    }

    @Test func activitiesRowsLookLikeThePaperForm() throws {
        let table = try #require(try maker.inspectionSummary("2024-Q2").table("activities"))
        let shape = table.rows.map { "\($0.kind.rawValue) \($0.level) \($0.label)" }
        #expect(shape == [
            "subtotal 1 I. Huyện ủy thực hiện",
            "subtotal 2 1. Ban Thường vụ",
            "data 3 – Kiểm tra theo chương trình",
            "data 3 – Giám sát chuyên đề",
            "subtotal 2 2. Ủy ban Kiểm tra",
            "data 3 – Kiểm tra khi có dấu hiệu vi phạm",
            "data 3 – Kiểm tra tài chính đảng",
            "subtotal 1 II. Tổ chức đảng cấp dưới thực hiện",
            "subtotal 2 1. Cấp ủy, chi bộ",
            "data 3 – Kiểm tra theo chương trình",
            "data 3 – Giám sát chuyên đề",
            "subtotal 2 2. Ủy ban Kiểm tra",
            "data 3 – Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật",
            "total 0 Tổng cộng",
        ])
        #expect(table.columns.map(\.id) == [
            "campaigns", "organizations", "members", "organizations_with_violations", "members_with_violations",
        ])
        #expect(table.columns.allSatisfy { $0.type == .integer })
        #expect(table.columns.map(\.group) == [
            nil, "Đối tượng", "Đối tượng", nil, nil,
        ])
    }

    @Test func aCampaignCountsInThePeriodOfItsFirstDay() throws {
        // K00 starts 31/03: in Q1 and in March, not in Q2 or April.
        let q1 = try maker.inspectionSummary("2024-Q1")
        #expect(q1.table("activities")!.rows.map(\.key) == [
            "own", "own.inspection_committee", "own.inspection_committee.violation_signs", "total",
        ])
        #expect(q1.activity("total") == [1, 0, 1, 0, 1])
        #expect(try maker.inspectionSummary("2024-03").activity("total") == [1, 0, 1, 0, 1])
        #expect(try maker.inspectionSummary("2024-Q2").activity("own.inspection_committee.violation_signs")
            == [1, 0, 3, 0, 2])   // K04 only
        // K03 starts 30/06: in Q2 (above) and June, not in Q3, whose only round is K09 (01/07, cb).
        let june = try maker.inspectionSummary("2024-06")
        #expect(june.activity("own.standing_committee.inspection") == [1, 1, 0, 1, 0])
        let q3 = try maker.inspectionSummary("2024-Q3")
        #expect(q3.table("activities")!.rows.map(\.key) == [
            "subordinate", "subordinate.committee", "subordinate.committee.inspection", "total",
        ])
        #expect(q3.activity("total") == [1, 0, 1, 0, 1])
        #expect(q3.table("activities")!.row("subordinate")!.label == "I. Tổ chức đảng cấp dưới thực hiện")
        // The half year is Q1 + Q2.
        #expect(try maker.inspectionSummary("2024-H1").activity("total") == [10, 13, 9, 3, 5])
    }

    @Test func aTargetListedTwiceInACampaignCountsOnceAndOnlyWarns() throws {
        let loaded = try DatasetLoader().load(Fixtures.directory.appendingPathComponent("inspections"))
        #expect(loaded.problems.errors.isEmpty)
        #expect(loaded.problems.warnings.map(\.description) == [
            "inspections.csv:10: warning: column target_id: b1 is listed twice in campaign K03; it counts once",
        ])
        // June at h: K03 is one round over one organisation, b1, concluded discipline.
        #expect(try maker.inspectionSummary("2024-06").activity("own") == [1, 1, 0, 1, 0])
    }

    @Test func aReportForAChildCountsItsOwnRoundsAsOwnAndLeavesTheRootsOut() throws {
        let report = try maker.inspectionSummary("2024-Q2", unit: "xa")
        // Own: K06 (xa's committee) and K07 (xa's inspection committee); subordinate: K08 (a1).
        // h's K01, K02, K05 inspect xa and a1 but were held by h: not in xa's report.
        #expect(report.table("activities")!.rows.map(\.key) == [
            "own", "own.committee", "own.committee.inspection", "own.inspection_committee",
            "own.inspection_committee.lower_level", "subordinate", "subordinate.committee",
            "subordinate.committee.supervision", "total",
        ])
        #expect(report.activity("own.committee.inspection") == [1, 2, 1, 0, 1])
        #expect(report.activity("own.inspection_committee.lower_level") == [1, 2, 0, 0, 0])
        #expect(report.activity("own") == [2, 4, 1, 0, 1])
        #expect(report.activity("subordinate") == [1, 0, 2, 0, 0])
        #expect(report.activity("total") == [3, 4, 3, 0, 1])
        #expect(report.table("activities")!.row("own")!.label == "I. Đảng ủy thực hiện")
        // A branch with no round in the quarter has the total row only.
        let b1 = try maker.inspectionSummary("2024-Q2", unit: "b1")
        #expect(b1.table("activities")!.rows.map(\.key) == ["total"])
    }

    @Test func aPeriodWithoutCampaignsHasOnlyAZeroTotal() throws {
        let table = try #require(try maker.inspectionSummary("2025-Q1").table("activities"))
        #expect(table.rows.map(\.key) == ["total"])
        #expect(table.rows[0].kind == .total && table.rows[0].level == 0)
        #expect(try maker.inspectionSummary("2025-Q1").activity("total") == [0, 0, 0, 0, 0])
    }

    @Test func subtotalsAndTotalAreTheSumsOfTheRowsUnderThem() throws {
        var checked = 0
        for period in Self.periods {
            for unit in ["h", "xa", "xb", "a1", "cb"] {
                let table = try #require(try maker.inspectionSummary(period, unit: unit).table("activities"))
                for (index, row) in table.rows.enumerated() where row.kind != .data {
                    // The rows one level down, up to the next row at this level or above;
                    // the total sums the level-1 rows.
                    let depth = row.kind == .total ? 0 : row.level
                    let under = row.kind == .total
                        ? table.rows.filter { $0.level == 1 }
                        : Array(table.rows[(index + 1)...].prefix { $0.level > depth && $0.kind != .total })
                            .filter { $0.level == depth + 1 }
                    if row.kind != .total { #expect(!under.isEmpty, "\(period) \(unit) \(row.key)") }
                    // And the deepest rows under it add up the same.
                    let leaves = row.kind == .total
                        ? table.rows.filter { $0.kind == .data }
                        : table.rows.filter { $0.kind == .data && $0.key.hasPrefix(row.key + ".") }
                    for column in table.columns.map(\.id) {
                        let sum = under.compactMap { $0[column].number }.reduce(0, +)
                        let leafSum = leaves.compactMap { $0[column].number }.reduce(0, +)
                        #expect(row[column].number == sum, "\(period) \(unit) \(row.key) \(column)")
                        #expect(row[column].number == leafSum, "\(period) \(unit) \(row.key) \(column)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 500)
    }

    // MARK: discipline

    /// Decisions (deciding unit, target, form):
    ///   D05 20/03 h  member m05 dismissal (Q1)      D01 10/04 h  member m03 warning
    ///   D08 25/04 xa member m02 dismissal           D02 15/05 h  organization b1 reprimand
    ///   D04 25/05 xb member m09 expulsion           D07 20/06 xa organization a3 dissolution
    ///   D03 30/06 xa member m06 reprimand (last day of Q2)   D06 02/07 cb member m08 expulsion (Q3)
    @Test func disciplineOfTheDistrictInQ2() throws {
        let report = try maker.inspectionSummary("2024-Q2")
        let table = try #require(report.table("discipline"))
        #expect(table.rows.map(\.key) == ["organization", "member", "total"])
        #expect(table.columns.map(\.id) == ["reprimand", "warning", "dismissal", "expulsion", "dissolution", "total"])
        #expect(report.numbers("discipline", "organization") == [   // D02, D07
            "reprimand": 1, "warning": 0, "dismissal": 0, "expulsion": 0, "dissolution": 1, "total": 2,
        ])
        #expect(report.numbers("discipline", "member") == [   // D03, D01, D08, D04
            "reprimand": 1, "warning": 1, "dismissal": 1, "expulsion": 1, "dissolution": 0, "total": 4,
        ])
        #expect(report.numbers("discipline", "total") == [
            "reprimand": 2, "warning": 1, "dismissal": 1, "expulsion": 1, "dissolution": 1, "total": 6,
        ])
        #expect(table.row("total")!.kind == .total)
    }

    @Test func disciplineCountsTheDecidingUnitsSubtree() throws {
        // xa's subtree decided D08, D07, D03; h's D02 about b1 is not xb's.
        let xa = try maker.inspectionSummary("2024-Q2", unit: "xa")
        #expect(xa.numbers("discipline", "organization")["dissolution"] == 1)
        #expect(xa.numbers("discipline", "member") == [
            "reprimand": 1, "warning": 0, "dismissal": 1, "expulsion": 0, "dissolution": 0, "total": 2,
        ])
        let xb = try maker.inspectionSummary("2024-Q2", unit: "xb")
        #expect(xb.numbers("discipline", "organization")["total"] == 0)
        #expect(xb.numbers("discipline", "member") == [
            "reprimand": 0, "warning": 0, "dismissal": 0, "expulsion": 1, "dissolution": 0, "total": 1,
        ])
        #expect(try maker.inspectionSummary("2024-Q1").numbers("discipline", "total")["dismissal"] == 1)   // D05
        #expect(try maker.inspectionSummary("2024-Q3").numbers("discipline", "total")["expulsion"] == 1)   // D06
        #expect(try maker.inspectionSummary("2024-Q3").numbers("discipline", "total")["total"] == 1)
    }

    // MARK: petitions

    /// Petitions (received, unit, kind → closed, outcome):
    ///   P08 20/11/2023 h  petition     → 05/01/2024 archived
    ///   P09 31/12/2023 cb complaint    → 31/03/2024 resolved (the last day of Q1: not carried into Q2)
    ///   P01 10/01/2024 h  complaint    → 01/02 resolved
    ///   P02 15/02      h  denunciation → 05/04 resolved (received in Q1, closed in Q2)
    ///   P03 31/03      xa petition       open
    ///   P04 01/04      h  complaint    → 20/04 archived
    ///   P10 10/04      h  petition     → 10/04 resolved (the same day)
    ///   P05 05/05      xb denunciation → 30/06 forwarded
    ///   P06 10/06      a1 petition     → 15/07 resolved (pending at the end of Q2, carried into Q3)
    ///   P07 30/06      h  complaint      open
    @Test func petitionsOfTheDistrictInQ2() throws {
        let report = try maker.inspectionSummary("2024-Q2")
        #expect(report.table("petitions")!.rows.map(\.key) == ["complaint", "denunciation", "petition", "total"])
        #expect(report.table("petitions")!.columns.map(\.id) == [
            "carried_over", "received", "resolved", "archived", "forwarded", "pending",
        ])
        // Complaints: P01 and P09 were closed in Q1; P04 received and archived; P07 received, open.
        #expect(report.petitions("complaint") == [0, 2, 0, 1, 0, 1])
        // Denunciations: P02 carried over and resolved; P05 received and forwarded on the last day.
        #expect(report.petitions("denunciation") == [1, 1, 1, 0, 1, 0])
        // Petitions: P03 carried over, still open; P10 received and resolved; P06 received, open until July.
        #expect(report.petitions("petition") == [1, 2, 1, 0, 0, 2])
        #expect(report.petitions("total") == [2, 5, 2, 1, 1, 3])
    }

    @Test func petitionsAcrossPeriods() throws {
        // Q1: P08 and P09 carried over from 2023; P01, P02, P03 received; P01, P09 resolved,
        // P08 archived; P02 and P03 pending on 31/03.
        let q1 = try maker.inspectionSummary("2024-Q1")
        #expect(q1.petitions("complaint") == [1, 1, 2, 0, 0, 0])
        #expect(q1.petitions("denunciation") == [0, 1, 0, 0, 0, 1])
        #expect(q1.petitions("petition") == [1, 1, 0, 1, 0, 1])
        // Q3: P03, P06 and P07 carried over; P06 resolved on 15/07; P03 and P07 still pending.
        let q3 = try maker.inspectionSummary("2024-Q3")
        #expect(q3.petitions("total") == [3, 0, 1, 0, 0, 2])
        #expect(q3.petitions("petition") == [2, 0, 1, 0, 0, 1])
        // The year: P08 and P09 carried in; P01…P07 and P10 received; 2 still open at its end.
        #expect(try maker.inspectionSummary("2024").petitions("total") == [2, 8, 5, 2, 1, 2])
        // xa's subtree: P03 (xa) carried over, P06 (a1) received; both pending.
        #expect(try maker.inspectionSummary("2024-Q2", unit: "xa").petitions("total") == [1, 1, 0, 0, 0, 2])
    }

    @Test func carriedOverPlusReceivedIsClosedPlusPendingInEveryPeriod() throws {
        var checked = 0
        for period in Self.periods {
            for unit in ["h", "xa", "xb", "a1", "cb"] {
                let table = try #require(try maker.inspectionSummary(period, unit: unit).table("petitions"))
                for row in table.rows {
                    let n = { (column: String) in row[column].number ?? -1 }
                    #expect(n("carried_over") + n("received")
                        == n("resolved") + n("archived") + n("forwarded") + n("pending"), "\(period) \(unit) \(row.key)")
                    checked += 1
                }
                // The pending at one period's end are what the next one carries over.
                if period.count == 7, period.contains("-Q"), let next = Self.nextQuarter(period) {
                    let following = try maker.inspectionSummary(next, unit: unit).table("petitions")!
                    for row in table.rows {
                        #expect(row["pending"] == following.row(row.key)!["carried_over"], "\(period) \(unit) \(row.key)")
                    }
                }
            }
        }
        #expect(checked > 500)
    }

    // MARK: without the optional tables

    /// Absent is not zero: a table whose source the dataset lacks is left out, and the narrative says so in one line.
    @Test func withoutDisciplinesAndPetitionsTheirTablesAreLeftOut() throws {
        let folder = try Fixtures.temporaryDirectory()
        let source = Fixtures.directory.appendingPathComponent("inspections")
        for name in ["units.csv", "inspections.csv", "members.csv", "member_events.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        let report = try ReportMaker(folder).inspectionSummary("2024-Q2")
        #expect(report.activity("total") == [9, 13, 8, 3, 4])
        #expect(report.tables.map(\.id) == ["activities"])
        #expect(report.narrative == [
            "Quý II năm 2024, Ban Thường vụ Huyện ủy tổ chức 3 cuộc kiểm tra, giám sát đối với 6 tổ chức đảng "
                + "và 1 đảng viên; Ủy ban Kiểm tra Huyện ủy tổ chức 2 cuộc kiểm tra đối với 2 tổ chức đảng và "
                + "3 đảng viên. Cấp ủy, ủy ban kiểm tra cấp dưới tổ chức 4 cuộc kiểm tra, giám sát đối với "
                + "5 tổ chức đảng và 4 đảng viên. Qua kiểm tra, giám sát, kết luận 3 tổ chức đảng và 4 đảng viên "
                + "có vi phạm.",
            "Bộ dữ liệu không có số liệu thi hành kỷ luật (bảng disciplines) nên báo cáo không có biểu thi hành kỷ "
                + "luật. Bộ dữ liệu không có số liệu đơn thư (bảng petitions) nên báo cáo không có biểu tiếp nhận, "
                + "giải quyết đơn thư.",
        ])
    }

    @Test func thePluginsIdentity() {
        let plugin = InspectionSummaryPlugin()
        #expect(plugin.id == "inspection-summary")
        #expect(plugin.requiredTables == ["units", "inspections"])
    }

    // MARK: narrative

    @Test func narrativeOfTheDistrictInQ2() throws {
        let report = try maker.inspectionSummary("2024-Q2")
        #expect(report.title == "Công tác kiểm tra, giám sát")
        // The numbers of the tables above: own per body, subordinate total, violations
        // from the total row, discipline by form, petitions' total row.
        #expect(report.narrative == [
            "Quý II năm 2024, Ban Thường vụ Huyện ủy tổ chức 3 cuộc kiểm tra, giám sát đối với 6 tổ chức đảng "
                + "và 1 đảng viên; Ủy ban Kiểm tra Huyện ủy tổ chức 2 cuộc kiểm tra đối với 2 tổ chức đảng và "
                + "3 đảng viên. Cấp ủy, ủy ban kiểm tra cấp dưới tổ chức 4 cuộc kiểm tra, giám sát đối với "
                + "5 tổ chức đảng và 4 đảng viên. Qua kiểm tra, giám sát, kết luận 3 tổ chức đảng và 4 đảng viên "
                + "có vi phạm. Thi hành kỷ luật 2 tổ chức đảng (khiển trách 1, giải tán 1) và 4 đảng viên "
                + "(khiển trách 1, cảnh cáo 1, cách chức 1, khai trừ 1). Tiếp nhận 5 đơn khiếu nại, tố cáo, "
                + "kiến nghị, phản ánh (ngoài 2 đơn kỳ trước chuyển sang), giải quyết dứt điểm 2 đơn, lưu 1 đơn, "
                + "chuyển cơ quan có thẩm quyền 1 đơn, đang giải quyết 3 đơn.",
        ])
    }

    @Test func narrativeOfACommuneAndOfQuietPeriods() throws {
        // xa is a grassroots committee: its committee is the Đảng ủy.
        #expect(try maker.inspectionSummary("2024-Q2", unit: "xa").narrative == [
            "Quý II năm 2024, Đảng ủy tổ chức 1 cuộc kiểm tra đối với 2 tổ chức đảng và 1 đảng viên; "
                + "Ủy ban Kiểm tra Đảng ủy tổ chức 1 cuộc kiểm tra đối với 2 tổ chức đảng. Cấp ủy, ủy ban kiểm tra "
                + "cấp dưới tổ chức 1 cuộc giám sát đối với 2 đảng viên. Qua kiểm tra, giám sát, kết luận "
                + "1 đảng viên có vi phạm. Thi hành kỷ luật 1 tổ chức đảng (giải tán 1) và 2 đảng viên "
                + "(khiển trách 1, cách chức 1). Tiếp nhận 1 đơn khiếu nại, tố cáo, kiến nghị, phản ánh "
                + "(ngoài 1 đơn kỳ trước chuyển sang), đang giải quyết 2 đơn.",
        ])
        // Q3: only lower levels held a round; no letter received, three carried over.
        #expect(try maker.inspectionSummary("2024-Q3").narrative == [
            "Quý III năm 2024, cấp ủy, ủy ban kiểm tra cấp dưới tổ chức 1 cuộc kiểm tra đối với 1 đảng viên. "
                + "Qua kiểm tra, giám sát, kết luận 1 đảng viên có vi phạm. Thi hành kỷ luật 1 đảng viên "
                + "(khai trừ 1). Không tiếp nhận đơn khiếu nại, tố cáo, kiến nghị, phản ánh mới, có 3 đơn kỳ trước "
                + "chuyển sang, giải quyết dứt điểm 1 đơn, đang giải quyết 2 đơn.",
        ])
        // 2025-Q1: nothing held, nothing decided; P03 and P07 still open.
        #expect(try maker.inspectionSummary("2025-Q1").narrative == [
            "Quý I năm 2025, chưa tiến hành cuộc kiểm tra, giám sát nào. Không tiếp nhận đơn khiếu nại, tố cáo, "
                + "kiến nghị, phản ánh mới, có 2 đơn kỳ trước chuyển sang, đang giải quyết 2 đơn.",
        ])
    }

    // MARK: helpers

    /// Months, quarters, halves, nine months and years from 2023 to 2025.
    static let periods: [String] = (2023...2025).flatMap { (year: Int) -> [String] in
        let months: [String] = (1...12).map { String(format: "%d-%02d", year, $0) }
        let quarters: [String] = (1...4).map { "\(year)-Q\($0)" }
        return months + quarters + ["\(year)-H1", "\(year)-9M", "\(year)"]
    }

    static func nextQuarter(_ period: String) -> String? {
        guard let year = Int(period.prefix(4)), let quarter = Int(period.suffix(1)) else { return nil }
        return quarter == 4 ? "\(year + 1)-Q1" : "\(year)-Q\(quarter + 1)"
    }
}

extension ReportMaker {
    /// The inspection-summary report for `period`, for `unit` (default the root).
    func inspectionSummary(_ period: String, unit: String? = nil) throws -> ReportDocument {
        try report(InspectionSummaryPlugin(), period, unit: unit)
    }
}

extension ReportDocument {
    /// An activities row as [campaigns, organizations, members, organizations
    /// with violations, members with violations]; empty when the row is absent.
    func activity(_ key: String) -> [Int] {
        guard let row = table("activities")?.row(key) else { return [] }
        return ["campaigns", "organizations", "members", "organizations_with_violations", "members_with_violations"]
            .map { row[$0].number.map { Int($0) } ?? -1 }
    }

    /// A petitions row as [carried_over, received, resolved, archived, forwarded, pending].
    func petitions(_ key: String) -> [Int] {
        guard let row = table("petitions")?.row(key) else { return [] }
        return ["carried_over", "received", "resolved", "archived", "forwarded", "pending"]
            .map { row[$0].number.map { Int($0) } ?? -1 }
    }
}
