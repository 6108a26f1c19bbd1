import BaocaoKit
import Foundation
import ReportModel
import Testing

/// The two bundled declarative plugins (Plugins/) on the seed fixtures, whose
/// READMEs work every figure out by hand, and on the Sốp Cộp sample.
@Suite struct BundledPluginTests {
    static let kienxuong = Golden.folder("kienxuong")
    static let muongnhe = Golden.folder("muongnhe")

    func report(_ plugin: String, _ data: URL, _ period: String, unit: String? = nil) throws -> ReportDocument {
        try #require(try generate(data, period, plugins: [Repository.bundledPlugin(plugin)], pluginIDs: [plugin],
                                  unit: unit).bundle.reports.first)
    }

    func ints(_ report: ReportDocument, _ table: String, _ row: String, _ columns: [String]) -> [Int?] {
        let numbers = report.numbers(table, row)
        return columns.map { numbers[$0].map { Int($0) } }
    }

    static let branchColumns = ["branches", "branch_excellent", "branch_good", "branch_complete", "branch_incomplete",
                                "branch_good_or_better"]
    static let grassrootsColumns = ["grassroots", "grassroots_excellent", "grassroots_good", "grassroots_complete",
                                    "grassroots_incomplete", "grassroots_good_or_better"]
    static let memberColumns = ["rated", "excellent", "good", "complete", "incomplete", "good_or_better"]

    // MARK: classification on Kiến Xương (seed 001), 2022

    @Test func classificationReproducesKienXuong2022() throws {
        let report = try report("classification", Self.kienxuong, "2022")
        let organizations = try #require(report.table("organizations"))
        #expect(organizations.rows.count == 61)   // 60 children of kx, then the total
        #expect(organizations.rows.last?.key == "total")

        // 449 = 90 + 318 + 38 + 3; 60 = 11 + 45 + 4 (+ 0).
        #expect(ints(report, "organizations", "total", Self.branchColumns) == [449, 90, 318, 38, 3, 408])
        #expect(ints(report, "organizations", "total", Self.grassrootsColumns) == [60, 11, 45, 4, 0, 56])
        let total = report.numbers("organizations", "total")
        #expect(abs(total["branch_good_or_better_pct"]! - 408.0 / 449 * 100) < 1e-9)
        #expect(abs(total["grassroots_good_or_better_pct"]! - 56.0 / 60 * 100) < 1e-9)

        // Công an: 7 branches through two sub-committees, which count in neither figure; ca counts itself.
        #expect(ints(report, "organizations", "ca", Self.branchColumns) == [7, 2, 3, 1, 1, 5])
        #expect(ints(report, "organizations", "ca", Self.grassrootsColumns) == [1, 1, 0, 0, 0, 1])
        #expect(abs(report.numbers("organizations", "ca")["branch_good_or_better_pct"]! - 500.0 / 7) < 1e-9)
        // A grassroots branch: no branch under it (0 %, not a division by zero), one grassroots organisation.
        #expect(ints(report, "organizations", "cb01", Self.branchColumns) == [0, 0, 0, 0, 0, 0])
        #expect(report.numbers("organizations", "cb01")["branch_good_or_better_pct"] == nil)
        #expect(ints(report, "organizations", "cb01", Self.grassrootsColumns) == [1, 0, 1, 0, 0, 1])
        #expect(ints(report, "organizations", "bd", Array(Self.branchColumns.prefix(5))) == [13, 3, 9, 1, 0])
        #expect(ints(report, "organizations", "vl", Array(Self.branchColumns.prefix(5))) == [11, 1, 8, 2, 0])

        // Members rated in 2022, placed by their branch on 31/12/2022.
        #expect(ints(report, "members", "bd", Self.memberColumns) == [6, 1, 4, 1, 0, 5])
        #expect(ints(report, "members", "vl", Self.memberColumns) == [8, 1, 6, 1, 0, 7])
        #expect(ints(report, "members", "ca", Self.memberColumns) == [5, 1, 3, 0, 1, 4])
        #expect(ints(report, "members", "cb01", Self.memberColumns) == [1, 0, 1, 0, 0, 1])
        #expect(ints(report, "members", "x01", Self.memberColumns) == [0, 0, 0, 0, 0, 0])
        #expect(report.numbers("members", "x01")["good_or_better_pct"] == nil)
        #expect(ints(report, "members", "total", Self.memberColumns) == [20, 3, 14, 2, 1, 17])
        #expect(report.numbers("members", "total")["good_or_better_pct"] == 85)

        let organisations: String = "Kết quả đánh giá, xếp loại năm 2022: trong tổng số 449 chi bộ trực thuộc "
            + "đảng bộ cơ sở có 90 chi bộ hoàn thành xuất sắc nhiệm vụ, 318 chi bộ hoàn thành tốt nhiệm vụ, 38 chi bộ "
            + "hoàn thành nhiệm vụ, 3 chi bộ không hoàn thành nhiệm vụ. Toàn Đảng bộ có 60 tổ chức cơ sở đảng, trong "
            + "đó 11 đơn vị hoàn thành xuất sắc nhiệm vụ, 45 đơn vị hoàn thành tốt nhiệm vụ, 4 đơn vị hoàn thành "
            + "nhiệm vụ."
        let members: String = "Năm 2022, 90,9% chi bộ và 85% đảng viên hoàn thành tốt nhiệm vụ "
            + "trở lên (17/20 đảng viên được xếp loại; trong đó 3 hoàn thành xuất sắc nhiệm vụ, 1 không hoàn thành "
            + "nhiệm vụ)."
        #expect(report.narrative == [organisations, members])
    }

    @Test func classificationRollsUpThroughTheSubCommittees() throws {
        let report = try report("classification", Self.kienxuong, "2022", unit: "ca")
        #expect(report.table("organizations")?.rows.map(\.key) == ["ca_a", "ca_b", "ca01", "ca02", "total"])
        #expect(ints(report, "organizations", "ca_a", Self.branchColumns) == [3, 1, 2, 0, 0, 3])
        #expect(ints(report, "organizations", "ca_b", Self.branchColumns) == [2, 0, 1, 1, 0, 1])
        #expect(ints(report, "organizations", "ca01", Self.branchColumns) == [1, 1, 0, 0, 0, 1])
        #expect(ints(report, "organizations", "ca02", Self.branchColumns) == [1, 0, 0, 0, 1, 0])
        #expect(ints(report, "organizations", "total", Self.branchColumns) == [7, 2, 3, 1, 1, 5])
        #expect(report.numbers("organizations", "ca_a")["branch_good_or_better_pct"] == 100)
        #expect(report.numbers("organizations", "ca_b")["branch_good_or_better_pct"] == 50)
        #expect(report.numbers("organizations", "ca02")["branch_good_or_better_pct"] == 0)
        // The sub-committees (rated good) are no grassroots organisation; ca is, rated excellent.
        #expect(ints(report, "organizations", "ca_a", ["grassroots"]) == [0])
        #expect(ints(report, "organizations", "total", Self.grassrootsColumns) == [1, 1, 0, 0, 0, 1])

        #expect(ints(report, "members", "ca_a", ["rated", "good_or_better"]) == [4, 3])   // M13–M16, not M20
        #expect(ints(report, "members", "ca_b", ["rated", "good_or_better"]) == [1, 1])   // M22, moved in on 31/12
        #expect(ints(report, "members", "ca01", ["rated", "good_or_better"]) == [0, 0])
        #expect(ints(report, "members", "total", ["rated", "good_or_better"]) == [5, 4])
        #expect(report.numbers("members", "ca_a")["good_or_better_pct"] == 75)
        #expect(report.numbers("members", "total")["good_or_better_pct"] == 80)
    }

    @Test func classificationCountsOnlyThePeriodsYear() throws {
        let report = try report("classification", Self.kienxuong, "2021", unit: "ca")
        #expect(ints(report, "organizations", "total", Self.branchColumns) == [7, 0, 0, 7, 0, 0])
        #expect(report.numbers("organizations", "total")["branch_good_or_better_pct"] == 0)
        #expect(ints(report, "organizations", "total", Self.grassrootsColumns) == [1, 0, 0, 1, 0, 0])
        #expect(ints(report, "members", "total", Self.memberColumns) == [4, 4, 0, 0, 0, 4])
        #expect(report.numbers("members", "total")["good_or_better_pct"] == 100)
    }

    // MARK: classification on Sốp Cộp (seed 003), Nậm Lạnh 2021

    @Test func classificationReproducesNamLanh2021() throws {
        let report = try report("classification", Repository.sopcop, "2021", unit: "nl")
        #expect(ints(report, "organizations", "total", ["branches", "branch_good_or_better"]) == [15, 15])
        #expect(report.numbers("organizations", "total")["branch_good_or_better_pct"] == 100)
        // 327 members on 31/12/2021, 2 exempt: 325 rated, 277 good or better = 85,23 %.
        #expect(ints(report, "members", "total", ["rated", "good_or_better"]) == [325, 277])
        #expect(abs(report.numbers("members", "total")["good_or_better_pct"]! - 27700.0 / 325) < 1e-9)
        let sentence: String = "Năm 2021, 100% chi bộ và 85,2% đảng viên hoàn thành tốt nhiệm vụ trở lên "
            + "(277/325 đảng viên được xếp loại;"
        #expect(report.narrative.last?.hasPrefix(sentence) == true, "\(report.narrative)")
    }

    // MARK: meeting-quality on Mường Nhé (seed 004), 2023-Q1

    static let meetingColumns = ["branches", "meetings", "regular", "thematic", "branches_thematic", "members_present",
                                 "members_total", "well_attended", "upper_level"]

    @Test func meetingQualityReproducesMuongNhe2023Q1() throws {
        let report = try report("meeting-quality", Self.muongnhe, "2023-Q1")
        #expect(report.table("meetings")?.rows.map(\.key) == ["xmn", "xcc", "xls", "kb", "total"])
        #expect(ints(report, "meetings", "xmn", Self.meetingColumns) == [4, 17, 12, 5, 4, 317, 340, 16, 13])
        #expect(ints(report, "meetings", "xcc", Self.meetingColumns) == [3, 11, 9, 2, 2, 142, 150, 10, 7])
        #expect(ints(report, "meetings", "xls", Self.meetingColumns) == [2, 8, 6, 2, 2, 115, 120, 7, 4])
        #expect(ints(report, "meetings", "kb", Self.meetingColumns) == [1, 4, 3, 1, 1, 37, 40, 3, 2])
        #expect(ints(report, "meetings", "total", Self.meetingColumns) == [10, 40, 30, 10, 9, 611, 650, 36, 26])
        let total = report.numbers("meetings", "total")
        #expect(total["branches_thematic_pct"] == 90 && total["attendance_pct"] == 94)
        #expect(total["well_attended_pct"] == 90 && total["upper_level_pct"] == 65)
        let xcc = report.numbers("meetings", "xcc")
        #expect(abs(xcc["branches_thematic_pct"]! - 200.0 / 3) < 1e-9)
        #expect(abs(xcc["upper_level_pct"]! - 700.0 / 11) < 1e-9)

        let targets = try #require(report.table("targets"))
        #expect(targets.rows.map(\.key) == ["thematic", "attendance", "upper_level"])
        #expect(targets.rows.map { $0["result"] } == [.text("Chưa đạt"), .text("Chưa đạt"), .text("Đạt")])
        #expect(targets.rows.map { $0["target"].number } == [100, 100, 60])
        #expect(targets.rows.map { $0["achieved"].number } == [90, 90, 65])

        let sentence: String =
            "Quý I năm 2023, các chi bộ tổ chức 40 buổi sinh hoạt (30 buổi thường kỳ, 10 buổi chuyên đề); 9/10 chi bộ "
                + "(90%) sinh hoạt chuyên đề ít nhất mỗi quý một lần (chỉ tiêu 100%: Chưa đạt); tỷ lệ đảng viên dự "
                + "sinh hoạt đạt 94%, 36 buổi (90%) có từ 90% đảng viên dự trở lên (chỉ tiêu: mọi buổi, Chưa đạt); "
                + "26 buổi (65%) có cấp ủy cấp trên dự (chỉ tiêu 60%: Đạt)."
        #expect(report.narrative == [sentence])
    }

    @Test func meetingQualityForTheYearWantsAThematicMeetingEveryQuarter() throws {
        let report = try report("meeting-quality", Self.muongnhe, "2023")
        #expect(ints(report, "meetings", "total", ["branches", "branches_thematic"]) == [10, 0])
        #expect(report.table("targets")?.row("thematic")?["result"] == .text("Chưa đạt"))
    }
}
