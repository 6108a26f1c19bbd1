import Foundation
import ReportModel
import Testing

/// The Sốp Cộp sample against its seed (Samples/README.md), and the
/// movement invariant on every quarter of its ten years.
@Suite struct SampleReportTests {
    let maker: ReportMaker

    init() throws {
        maker = try ReportMaker(Fixtures.sample)
    }

    @Test func reproducesTheSeedFor2021() throws {
        let report = try maker.memberGrowth("2021")
        let total = report.numbers("movement", "total")
        #expect(total["admitted"] == 111)
        #expect(total["admission_target"] == 90)
        #expect(total["made_official"] == 116)
        #expect(try #require(total["closing"]) > 3800)
        #expect(report.narrative[0].hasPrefix(
            "Năm 2021, Đảng bộ huyện Sốp Cộp kết nạp 111 đảng viên, đạt 123,3% kế hoạch; "
                + "chuyển đảng chính thức cho 116 đảng viên dự bị."))
        #expect(report.numbers("movement", "nl")["admitted"] == 7)
        #expect(report.numbers("composition", "nl")["members"] == 327)
        #expect(report.table("movement")!.rows.count == 15 + 9 + 1)
    }

    @Test func closingIsOpeningPlusIncreasesMinusDecreasesEveryQuarter() throws {
        var previousClosing: [String: Double] = [:]
        for year in 2015...2024 {
            for quarter in 1...4 {
                let report = try maker.memberGrowth("\(year)-Q\(quarter)")
                for row in report.table("movement")!.rows {
                    let n = report.numbers("movement", row.key)
                    let increases = n["admitted"]! + n["restored"]! + n["transferred_in"]!
                    let decreases = n["died"]! + n["expelled"]! + n["removed"]! + n["resigned"]! + n["transferred_out"]!
                    #expect(n["closing"] == n["opening"]! + increases - decreases, "\(year)-Q\(quarter) \(row.key)")
                    if let previous = previousClosing[row.key] {
                        #expect(n["opening"] == previous, "\(year)-Q\(quarter) \(row.key) opens where the last closed")
                    }
                    previousClosing[row.key] = n["closing"]
                    #expect(report.numbers("composition", row.key)["members"] == n["closing"])
                }
            }
        }
    }
}
