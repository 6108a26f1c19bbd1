import BaocaoKit
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

    /// The trend of a year's report agrees with the movement of each of its
    /// quarters, for the district and for a commune: closing, admitted and
    /// made official, quarter by quarter (2021: the seed's 111 admissions).
    @Test(arguments: [nil, "nl"])
    func theTrendAgreesWithEachQuartersMovement(unit: String?) throws {
        let trend = try #require(try maker.memberGrowth("2021", unit: unit).table("trend"))
        #expect(trend.rows.map(\.key).suffix(4) == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"])
        for row in trend.rows {
            let movement = try maker.memberGrowth(row.key, unit: unit).numbers("movement", "total")
            for column in ["closing", "admitted", "made_official"] {
                #expect(row[column].number == movement[column], "\(row.key) \(column)")
            }
        }
        if unit == nil {
            #expect(trend.rows.suffix(4).compactMap { $0["admitted"].number }.reduce(0, +) == 111)
        }
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

/// The Mường Chiên commune sample against seed 000 (Samples/README.md).
@Suite struct CommuneSampleTests {
    let sample = Fixtures.sample.deletingLastPathComponent().appendingPathComponent("muongchien")

    func reports(_ period: String) throws -> [String: ReportDocument] {
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: sample, period: try Period(parsing: period), formats: ["json"], output: try Fixtures.temporaryDirectory()))
        #expect(outcome.notices.isEmpty)
        return Dictionary(uniqueKeysWithValues: outcome.bundle.reports.map { ($0.plugin, $0) })
    }

    @Test func reproducesTheSeed() throws {
        // "Đảng bộ xã Mường Chiên có 3 chi bộ, với 134 đảng viên"
        let year2020 = try reports("2020")
        let growth = try #require(year2020["member-growth"])
        #expect(growth.numbers("composition", "total")["members"] == 134)
        #expect(growth.table("composition")!.rows.count == 3 + 1)
        // "tỷ lệ hộ nghèo, cận nghèo còn 7,7%"; "30 triệu đồng/người/năm"
        let economy = try #require(year2020["economic-models"])
        let rate = try #require(economy.table("indicators")?.row("mc.poor_and_near_poor_rate"))
        #expect(rate["value"].number == 7.7 && rate["achieved"] == "Đạt")
        #expect(economy.table("indicators")?.row("mc.income_per_capita_vnd")?["value"].number == 30_000_000)
        // "84 lồng cá; sản lượng … đạt 40 tấn/năm" (2019, four quarterly rows)
        let fish = try #require(try reports("2019")["economic-models"]?.table("models")?.row("ca_long"))
        #expect(fish["output_tonnes"].number == 40)
        #expect(fish["scale"] == "84 lồng")
    }
}
