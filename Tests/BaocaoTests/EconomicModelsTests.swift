import DatasetReaders
import DatasetStore
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// Every figure of the economic-models report for the hand-checked `economy`
/// dataset (Fixtures/economy).
///
/// The tree: h ─┬─ xa ─── a1
///              ├─ xb
///              └─ xc (no models)
///
/// Models, in file order (display order is units' file order, then this):
///   cattle   xb  livestock    con, no baseline
///   fish     xa  aquaculture  lồng, no area, no baseline   (sector given as "Thủy sản")
///   mushroom a1  crops        no scale unit, baseline cấy lúa 60.000.000 đ/ha
///   fruit    xa  crops        ha, baseline trồng ngô 20.000.000 đ/ha
///   pond     xa  aquaculture  baseline cấy lúa 70.000.000 đ/ha
///   bees     xa  livestock    (a 2019 row only: never in a 2020 report)
///   tour     xb  tourism      no households, no area
///
/// Results (households, area ha, scale, tonnes, revenue, cost):
///   fish      2020-Q1 10, –, 80, 8, 400M, 250M     2020-Q2 12, –, 84, 10, 500M, 300M
///             2020-Q3 12, –, 84, 11, 550M, 320M    2020-Q4 14, –, 84, 11, 550M, 330M
///   fruit     2019 (a year before), 2020: 20, 34, 34, 170, 3.400M, 1.700M   (a yearly row)
///   pond      2020-H1 5, 2, –, 6, 490M, 210M       2020-Q3 6, 2,5, –, 4, 300M, 120M
///   cattle    2020-Q2 30, 10, 250, 5, 600M, 450M   2020-Q4 32, 12, 300, 7, 900M, 600M
///   mushroom  2020-Q2 4, 0,5, –, 1,5, 95,5M, 107,8M (a loss)   2020-Q4 4, 0, –, –, 20M, 5M (area 0)
///   tour      2020 –, –, –, –, 300M, 100M
///
/// Subtotals and totals: households, area and output summed over the models
/// that have them (null when none has); profit per ha (per household) is the
/// profit of the models with an area (households) above 0 over that area
/// (those households), so fish's cages, with no area, do not count per ha.
@Suite struct EconomicModelsTests {
    let reports: EconomyReports

    init() throws {
        reports = try EconomyReports()
    }

    // MARK: models

    @Test func theYearsModelsGroupedByUnitWithTheSubtotalAbove() throws {
        let table = try #require(try reports.make("2020").table("models"))
        // Units in file order (xa, a1, xb), each subtotal above its models, models in file order
        // (fish before fruit before pond although cattle comes first in the file); bees had nothing in 2020.
        #expect(table.rows.map(\.key) == [
            "unit:xa", "fish", "fruit", "pond", "unit:a1", "mushroom", "unit:xb", "cattle", "tour", "total",
        ])
        #expect(table.rows.map(\.kind) == [.subtotal, .data, .data, .data, .subtotal, .data, .subtotal, .data, .data, .total])
        #expect(table.rows.map(\.level) == [1, 2, 2, 2, 1, 2, 1, 2, 2, 0])
        #expect(table.rows.map(\.label) == [
            "Đảng bộ xã A", "Nuôi cá lồng lòng hồ thủy điện", "Trồng cây ăn quả trên đất dốc", "Nuôi cá ao nổi",
            "Chi bộ bản A1", "Trồng nấm rơm", "Đảng bộ xã B", "Chăn nuôi bò sinh sản",
            "Du lịch cộng đồng bản Hua Păng", "Tổng cộng",
        ])
        #expect(table.columns.map(\.id) == [
            "unit", "name", "sector", "households", "area_ha", "scale", "output_tonnes", "revenue_vnd", "cost_vnd",
            "profit_vnd", "profit_per_ha_vnd", "profit_per_household_vnd", "baseline_multiple",
        ])
        #expect(table.columns.map(\.type) == [
            .text, .text, .text, .integer, .decimal, .text, .decimal, .money, .money, .money, .money, .money, .decimal,
        ])
    }

    @Test func quarterlyRowsSummedAndTheLatestStocks() throws {
        let report = try reports.make("2020")
        // fish, four quarters: flows 8+10+11+11 = 40 t, 400+500+550+550 = 2.000M, 250+300+320+330 = 1.200M;
        // stocks from Q4: 14 households, 84 cages. Profit 800M; per household 800M / 14; no area: no per ha,
        // no multiple.
        #expect(report.numbers("models", "fish") == [
            "households": 14, "output_tonnes": 40, "revenue_vnd": 2_000_000_000, "cost_vnd": 1_200_000_000,
            "profit_vnd": 800_000_000, "profit_per_household_vnd": 800_000_000.0 / 14,
        ])
        let fish = try #require(report.table("models")?.row("fish"))
        #expect(fish["unit"] == "Đảng bộ xã A" && fish["name"] == "Nuôi cá lồng lòng hồ thủy điện")
        #expect(fish["sector"] == "Thủy sản" && fish["scale"] == "84 lồng")
        #expect(fish["area_ha"] == .null && fish["profit_per_ha_vnd"] == .null && fish["baseline_multiple"] == .null)
    }

    @Test func aYearlyRowAndTheBaselineMultiple() throws {
        let report = try reports.make("2020")
        // fruit, one yearly row: profit 3.400M − 1.700M = 1.700M; per ha 1.700M / 34 = 50M; per household
        // 1.700M / 20 = 85M; multiple 3.400M / 34 ha / 20M = 5.
        #expect(report.numbers("models", "fruit") == [
            "households": 20, "area_ha": 34, "output_tonnes": 170, "revenue_vnd": 3_400_000_000,
            "cost_vnd": 1_700_000_000, "profit_vnd": 1_700_000_000, "profit_per_ha_vnd": 50_000_000,
            "profit_per_household_vnd": 85_000_000, "baseline_multiple": 5,
        ])
        #expect(report.table("models")?.row("fruit")?["scale"] == "34 ha")
        #expect(report.table("models")?.row("fruit")?["sector"] == "Trồng trọt")
        // pond, H1 + Q3: 10 t, 790M, 330M → 460M; stocks from Q3: 6 households, 2,5 ha;
        // per ha 460M / 2,5 = 184M; per household 460M / 6; multiple 790M / 2,5 / 70M = 4,514…
        #expect(report.numbers("models", "pond") == [
            "households": 6, "area_ha": 2.5, "output_tonnes": 10, "revenue_vnd": 790_000_000,
            "cost_vnd": 330_000_000, "profit_vnd": 460_000_000, "profit_per_ha_vnd": 184_000_000,
            "profit_per_household_vnd": 460_000_000.0 / 6, "baseline_multiple": 790_000_000.0 / 2.5 / 70_000_000,
        ])
        #expect(report.table("models")?.row("pond")?["scale"] == .null)   // no scale quantity
    }

    @Test func anAreaOfZeroAndMissingHouseholdsGiveNoRatio() throws {
        let report = try reports.make("2020")
        // mushroom, Q2 + Q4: 1,5 t (Q4 has none), 95,5M + 20M = 115,5M, 107,8M + 5M = 112,8M → 2,7M;
        // the latest row (Q4) has 4 households and 0 ha: per household 675.000, per ha and multiple null.
        #expect(report.numbers("models", "mushroom") == [
            "households": 4, "area_ha": 0, "output_tonnes": 1.5, "revenue_vnd": 115_500_000,
            "cost_vnd": 112_800_000, "profit_vnd": 2_700_000, "profit_per_household_vnd": 675_000,
        ])
        // tour: no households, no area, no output: only money.
        #expect(report.numbers("models", "tour") == [
            "revenue_vnd": 300_000_000, "cost_vnd": 100_000_000, "profit_vnd": 200_000_000,
        ])
        // cattle, Q2 + Q4: 12 t, 1.500M, 1.050M → 450M; Q4's 32 households, 12 ha, 300 con;
        // per ha 37,5M, per household 450M / 32 = 14.062.500; no baseline: no multiple.
        #expect(report.numbers("models", "cattle") == [
            "households": 32, "area_ha": 12, "output_tonnes": 12, "revenue_vnd": 1_500_000_000,
            "cost_vnd": 1_050_000_000, "profit_vnd": 450_000_000, "profit_per_ha_vnd": 37_500_000,
            "profit_per_household_vnd": 14_062_500,
        ])
        #expect(report.table("models")?.row("cattle")?["scale"] == "300 con")
    }

    @Test func theYearsSubtotalsAndTotal() throws {
        let report = try reports.make("2020")
        // xa = fish + fruit + pond: 14 + 20 + 6 = 40 households; 34 + 2,5 = 36,5 ha; 40 + 170 + 10 = 220 t;
        // 2.000M + 3.400M + 790M = 6.190M; 1.200M + 1.700M + 330M = 3.230M; profit 2.960M.
        // Per ha: fruit and pond only, (1.700M + 460M) / 36,5; per household 2.960M / 40 = 74M.
        #expect(report.numbers("models", "unit:xa") == [
            "households": 40, "area_ha": 36.5, "output_tonnes": 220, "revenue_vnd": 6_190_000_000,
            "cost_vnd": 3_230_000_000, "profit_vnd": 2_960_000_000, "profit_per_ha_vnd": 2_160_000_000 / 36.5,
            "profit_per_household_vnd": 74_000_000,
        ])
        // a1 = mushroom alone; its only area is 0: no per ha.
        #expect(report.numbers("models", "unit:a1") == [
            "households": 4, "area_ha": 0, "output_tonnes": 1.5, "revenue_vnd": 115_500_000,
            "cost_vnd": 112_800_000, "profit_vnd": 2_700_000, "profit_per_household_vnd": 675_000,
        ])
        // xb = cattle + tour: tour adds money only. Per ha and per household are cattle's.
        #expect(report.numbers("models", "unit:xb") == [
            "households": 32, "area_ha": 12, "output_tonnes": 12, "revenue_vnd": 1_800_000_000,
            "cost_vnd": 1_150_000_000, "profit_vnd": 650_000_000, "profit_per_ha_vnd": 37_500_000,
            "profit_per_household_vnd": 14_062_500,
        ])
        // Total: 40 + 4 + 32 = 76 households; 36,5 + 0 + 12 = 48,5 ha; 220 + 1,5 + 12 = 233,5 t;
        // 6.190M + 115,5M + 1.800M = 8.105,5M; 3.230M + 112,8M + 1.150M = 4.492,8M; profit 3.612,7M.
        // Per ha: fruit 1.700M + pond 460M + cattle 450M = 2.610M over 34 + 2,5 + 12 = 48,5 ha.
        // Per household: all but tour, 3.612,7M − 200M = 3.412,7M over 76.
        #expect(report.numbers("models", "total") == [
            "households": 76, "area_ha": 48.5, "output_tonnes": 233.5, "revenue_vnd": 8_105_500_000,
            "cost_vnd": 4_492_800_000, "profit_vnd": 3_612_700_000, "profit_per_ha_vnd": 2_610_000_000 / 48.5,
            "profit_per_household_vnd": 3_412_700_000 / 76.0,
        ])
        // Text columns and the multiple are empty on subtotal and total rows.
        let table = try #require(report.table("models"))
        for key in ["unit:xa", "unit:a1", "unit:xb", "total"] {
            let row = try #require(table.row(key))
            for column in ["unit", "name", "sector", "scale", "baseline_multiple"] {
                #expect(row[column] == .null, "\(key) \(column)")
            }
        }
    }

    @Test func aQuarterLeavesOutRowsOfLongerPeriods() throws {
        let report = try reports.make("2020-Q2")
        // fruit's yearly row and pond's H1 row do not lie inside Q2; tour's yearly row neither.
        #expect(report.table("models")?.rows.map(\.key) == [
            "unit:xa", "fish", "unit:a1", "mushroom", "unit:xb", "cattle", "total",
        ])
        #expect(report.numbers("models", "fish") == [
            "households": 12, "output_tonnes": 10, "revenue_vnd": 500_000_000, "cost_vnd": 300_000_000,
            "profit_vnd": 200_000_000, "profit_per_household_vnd": 200_000_000.0 / 12,
        ])
        // mushroom's loss in Q2: −12,3M; per ha −12,3M / 0,5 = −24,6M; per household −3.075.000;
        // multiple against a quarter of the yearly baseline: 95,5M / 0,5 / (60M × 3 / 12) = 12,73…
        #expect(report.numbers("models", "mushroom") == [
            "households": 4, "area_ha": 0.5, "output_tonnes": 1.5, "revenue_vnd": 95_500_000,
            "cost_vnd": 107_800_000, "profit_vnd": -12_300_000, "profit_per_ha_vnd": -24_600_000,
            "profit_per_household_vnd": -3_075_000, "baseline_multiple": 95_500_000 / 0.5 / 15_000_000,
        ])
        // Total: 12 + 4 + 30 = 46; 0,5 + 10 = 10,5 ha; 10 + 1,5 + 5 = 16,5 t; 500M + 95,5M + 600M = 1.195,5M;
        // 300M + 107,8M + 450M = 857,8M; profit 337,7M; per ha (−12,3M + 150M) / 10,5; per household 337,7M / 46.
        #expect(report.numbers("models", "total") == [
            "households": 46, "area_ha": 10.5, "output_tonnes": 16.5, "revenue_vnd": 1_195_500_000,
            "cost_vnd": 857_800_000, "profit_vnd": 337_700_000, "profit_per_ha_vnd": 137_700_000 / 10.5,
            "profit_per_household_vnd": 337_700_000 / 46.0,
        ])
    }

    @Test func aHalfYearSumsItsQuartersAndTakesItsHalfYearRow() throws {
        let report = try reports.make("2020-H1")
        #expect(report.table("models")?.rows.map(\.key) == [
            "unit:xa", "fish", "pond", "unit:a1", "mushroom", "unit:xb", "cattle", "total",
        ])
        // fish Q1 + Q2: 18 t, 900M, 550M → 350M; Q2's 12 households (not Q1's 10).
        #expect(report.numbers("models", "fish") == [
            "households": 12, "output_tonnes": 18, "revenue_vnd": 900_000_000, "cost_vnd": 550_000_000,
            "profit_vnd": 350_000_000, "profit_per_household_vnd": 350_000_000.0 / 12,
        ])
        // pond's H1 row: 280M over 2 ha = 140M/ha; 56M per household; against half the yearly
        // baseline: 490M / 2 / (70M × 6 / 12) = 7.
        #expect(report.numbers("models", "pond") == [
            "households": 5, "area_ha": 2, "output_tonnes": 6, "revenue_vnd": 490_000_000, "cost_vnd": 210_000_000,
            "profit_vnd": 280_000_000, "profit_per_ha_vnd": 140_000_000, "profit_per_household_vnd": 56_000_000,
            "baseline_multiple": 7,
        ])
        // Total: 12 + 5 + 4 + 30 = 51; 2 + 0,5 + 10 = 12,5 ha; 18 + 6 + 1,5 + 5 = 30,5 t;
        // 900M + 490M + 95,5M + 600M = 2.085,5M; 550M + 210M + 107,8M + 450M = 1.317,8M; profit 767,7M;
        // per ha (280M − 12,3M + 150M) / 12,5 = 33.416.000; per household 767,7M / 51.
        #expect(report.numbers("models", "total") == [
            "households": 51, "area_ha": 12.5, "output_tonnes": 30.5, "revenue_vnd": 2_085_500_000,
            "cost_vnd": 1_317_800_000, "profit_vnd": 767_700_000, "profit_per_ha_vnd": 33_416_000,
            "profit_per_household_vnd": 767_700_000 / 51.0,
        ])
    }

    @Test func aChildUnitsReportLeavesOutModelsOutsideItsSubtree() throws {
        let report = try reports.make("2020", unit: "xa")
        // xb's cattle and tour are outside xa; a1's mushroom is inside.
        #expect(report.table("models")?.rows.map(\.key) == [
            "unit:xa", "fish", "fruit", "pond", "unit:a1", "mushroom", "total",
        ])
        // 40 + 4 = 44; 36,5 + 0 ha; 220 + 1,5 t; 6.190M + 115,5M = 6.305,5M; 3.230M + 112,8M = 3.342,8M;
        // profit 2.962,7M; per ha (1.700M + 460M) / 36,5; per household 2.962,7M / 44.
        #expect(report.numbers("models", "total") == [
            "households": 44, "area_ha": 36.5, "output_tonnes": 221.5, "revenue_vnd": 6_305_500_000,
            "cost_vnd": 3_342_800_000, "profit_vnd": 2_962_700_000, "profit_per_ha_vnd": 2_160_000_000 / 36.5,
            "profit_per_household_vnd": 2_962_700_000 / 44.0,
        ])
        #expect(report.table("by_sector")?.rows.map(\.key) == ["crops", "aquaculture", "total"])
    }

    @Test func aPeriodWithoutResultsHasOnlyTheTotalRow() throws {
        let report = try reports.make("2018")
        #expect(report.table("models")?.rows.map(\.key) == ["total"])
        #expect(report.numbers("models", "total") == ["revenue_vnd": 0, "cost_vnd": 0, "profit_vnd": 0])
        #expect(report.numbers("by_sector", "total") == ["models": 0, "revenue_vnd": 0, "profit_vnd": 0])
        #expect(report.table("indicators")?.rows.isEmpty == true)
        #expect(report.narrative == ["Năm 2018, Đảng bộ huyện Thử chưa có kết quả mô hình kinh tế."])
    }

    // MARK: by_sector

    @Test func theYearBySector() throws {
        let report = try reports.make("2020")
        let table = try #require(report.table("by_sector"))
        // Enum order; livestock has cattle only (bees had nothing in 2020); no forestry, processing, …
        #expect(table.rows.map(\.key) == ["crops", "livestock", "aquaculture", "tourism", "total"])
        #expect(table.rows.map(\.label) == ["Trồng trọt", "Chăn nuôi", "Thủy sản", "Du lịch", "Tổng cộng"])
        #expect(table.rows.map(\.kind) == [.data, .data, .data, .data, .total])
        #expect(table.columns.map(\.id) == ["models", "households", "area_ha", "output_tonnes", "revenue_vnd", "profit_vnd"])
        #expect(table.columns.map(\.type) == [.integer, .integer, .decimal, .decimal, .money, .money])
        // crops = fruit + mushroom: 20 + 4; 34 + 0 ha; 170 + 1,5 t; 3.400M + 115,5M; 1.700M + 2,7M.
        #expect(report.numbers("by_sector", "crops") == [
            "models": 2, "households": 24, "area_ha": 34, "output_tonnes": 171.5, "revenue_vnd": 3_515_500_000,
            "profit_vnd": 1_702_700_000,
        ])
        #expect(report.numbers("by_sector", "livestock") == [
            "models": 1, "households": 32, "area_ha": 12, "output_tonnes": 12, "revenue_vnd": 1_500_000_000,
            "profit_vnd": 450_000_000,
        ])
        // aquaculture = fish + pond: 14 + 6; fish has no area: 2,5 ha; 40 + 10 t; 2.000M + 790M; 800M + 460M.
        #expect(report.numbers("by_sector", "aquaculture") == [
            "models": 2, "households": 20, "area_ha": 2.5, "output_tonnes": 50, "revenue_vnd": 2_790_000_000,
            "profit_vnd": 1_260_000_000,
        ])
        // tourism: no households, area or output at all: null, not 0.
        #expect(report.numbers("by_sector", "tourism") == [
            "models": 1, "revenue_vnd": 300_000_000, "profit_vnd": 200_000_000,
        ])
        #expect(report.numbers("by_sector", "total") == [
            "models": 6, "households": 76, "area_ha": 48.5, "output_tonnes": 233.5, "revenue_vnd": 8_105_500_000,
            "profit_vnd": 3_612_700_000,
        ])
    }

    @Test func theSectorLabelsAreTheVocabularysLabels() throws {
        let labels = try reports.maker.templates.labels(for: "economic-models")
        for sector in EconomicSector.allCases {
            #expect(try labels.row(sector.rawValue) == sector.label)
        }
    }

    // MARK: indicators

    @Test func theYearsIndicators() throws {
        let report = try reports.make("2020")
        let table = try #require(report.table("indicators"))
        // Units in file order (h, xa, xb, xc), then built-in indicators before dataset.yaml's, in their order;
        // the file lists them otherwise. Quarterly and 2019 rows are not the period. No total row.
        #expect(table.rows.map(\.key) == [
            "h.income_per_capita_vnd", "h.poor_household_rate",
            "xa.income_per_capita_vnd", "xa.poor_household_rate", "xa.fish_cages",
            "xb.poor_household_rate", "xb.new_rural_criteria", "xb.school_dropout_rate",
            "xc.income_per_capita_vnd",
        ])
        #expect(table.columns.map(\.id) == ["unit", "indicator", "value", "prior_year_value", "change", "target", "achieved"])
        #expect(table.columns.map(\.type) == [.text, .text, .decimal, .decimal, .decimal, .decimal, .text])
        #expect(table.rows.allSatisfy { $0.kind == .data && $0.level == 1 })

        func row(_ key: String) throws -> Row { try #require(table.row(key)) }
        // Higher is better: 30M ≥ 28M → Đạt; change from 2019's 27M: +3M.
        let income = try row("xa.income_per_capita_vnd")
        #expect(income["unit"] == "Đảng bộ xã A")
        #expect(income["indicator"] == "Thu nhập bình quân đầu người (đồng/người/năm)")
        #expect(income.label == "Thu nhập bình quân đầu người (đồng/người/năm)")
        #expect(report.numbers("indicators", "xa.income_per_capita_vnd") == [
            "value": 30_000_000, "prior_year_value": 27_000_000, "change": 3_000_000, "target": 28_000_000,
        ])
        #expect(income["achieved"] == "Đạt")
        // Lower is better: 7,7 ≤ 8 → Đạt; 7,7 − 9,5 = −1,8.
        let poor = try row("xa.poor_household_rate")
        #expect(poor["achieved"] == "Đạt" && poor["indicator"] == "Tỷ lệ hộ nghèo (%)")
        #expect(abs((poor["change"].number ?? 0) - -1.8) < 1e-9)
        #expect(poor["prior_year_value"] == .number(9.5) && poor["target"] == 8)
        // A custom indicator without a target: achieved null; prior 60 → +24.
        let cages = try row("xa.fish_cages")
        #expect(cages["indicator"] == "Số lồng cá (lồng)")
        #expect(report.numbers("indicators", "xa.fish_cages") == ["value": 84, "prior_year_value": 60, "change": 24])
        #expect(cages["achieved"] == .null)
        // Lower is better, above the target: 5,2 > 5 → Chưa đạt; no 2019 row: prior and change null.
        let poorB = try row("xb.poor_household_rate")
        #expect(poorB["achieved"] == "Chưa đạt" && poorB["prior_year_value"] == .null && poorB["change"] == .null)
        // Higher is better, below the target: 15 < 19 → Chưa đạt.
        #expect(try row("xb.new_rural_criteria")["achieved"] == "Chưa đạt")
        // A custom lower-is-better indicator exactly at its target: 1,5 ≤ 1,5 → Đạt.
        let dropout = try row("xb.school_dropout_rate")
        #expect(dropout["achieved"] == "Đạt" && dropout["indicator"] == "Tỷ lệ học sinh bỏ học (%)")
        // The report unit's own rows: 28,5M < 30M → Chưa đạt; 12,4 > 12 → Chưa đạt, 12,4 − 14 = −1,6.
        #expect(try row("h.income_per_capita_vnd")["achieved"] == "Chưa đạt")
        let poorH = try row("h.poor_household_rate")
        #expect(poorH["achieved"] == "Chưa đạt" && abs((poorH["change"].number ?? 0) - -1.6) < 1e-9)
        // A unit with no models still has its indicators.
        #expect(report.numbers("indicators", "xc.income_per_capita_vnd") == ["value": 25_000_000])
    }

    @Test func aQuartersIndicatorsComparedWithTheSameQuarterLastYear() throws {
        let report = try reports.make("2020-Q2")
        // Only the 2020-Q2 row; the prior year is 2019-Q2's 70 (not 2019's 60). 84 < 90 → Chưa đạt.
        #expect(report.table("indicators")?.rows.map(\.key) == ["xa.fish_cages"])
        #expect(report.numbers("indicators", "xa.fish_cages") == [
            "value": 84, "prior_year_value": 70, "change": 14, "target": 90,
        ])
        #expect(report.table("indicators")?.row("xa.fish_cages")?["achieved"] == "Chưa đạt")
    }

    @Test func aChildUnitsIndicators() throws {
        let report = try reports.make("2020", unit: "xa")
        #expect(report.table("indicators")?.rows.map(\.key) == [
            "xa.income_per_capita_vnd", "xa.poor_household_rate", "xa.fish_cages",
        ])
    }

    /// Absent is not zero: without an indicators table the report has no indicators table, and says so.
    @Test func withoutTheIndicatorsTableTheIndicatorsTableIsLeftOut() throws {
        let folder = try Fixtures.temporaryDirectory()
        for name in ["units.csv", "economic_models.csv", "economic_results.csv", "dataset.yaml"] {
            try FileManager.default.copyItem(at: EconomyReports.fixture.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        let report = try EconomyReports(folder).make("2020")
        #expect(report.tables.map(\.id) == ["models", "by_sector"])
        #expect(report.table("models")?.rows.count == 10)
        #expect(report.narrative.count == 2)
        #expect(report.narrative.last == "Bộ dữ liệu không có số liệu chỉ tiêu kinh tế - xã hội (bảng indicators) nên "
                    + "báo cáo không có biểu chỉ tiêu.")
    }

    // MARK: narrative

    @Test func theYearsNarrative() throws {
        // 6 models, 76 households, 8.105,5M → 8,1 tỷ, profit 3.612,7M → 3,6 tỷ; the best per ha is pond's 184M
        // (fruit 50M, cattle 37,5M; fish and mushroom have none), multiple 4,514… → 4,5, baseline cấy lúa.
        // Then h's own indicators: 28,5M against 30M, 12,4% against 12%.
        #expect(try reports.make("2020").narrative == [
            "Năm 2020, Đảng bộ huyện Thử lãnh đạo triển khai 6 mô hình kinh tế với 76 hộ tham gia; tổng doanh thu "
                + "đạt 8,1 tỷ đồng, lợi nhuận 3,6 tỷ đồng. Mô hình nuôi cá ao nổi (Đảng bộ xã A) cho lợi nhuận trên 1 ha cao "
                + "nhất, 184 triệu đồng/ha, doanh thu trên 1 ha gấp 4,5 lần so với cấy lúa.",
            "Các chỉ tiêu kinh tế - xã hội năm 2020: thu nhập bình quân đầu người 28,5 triệu đồng/người/năm "
                + "(kế hoạch 30 triệu đồng/người/năm, chưa đạt); tỷ lệ hộ nghèo 12,4% (kế hoạch 12%, chưa đạt).",
        ])
    }

    @Test func theHalfYearsNarrative() throws {
        // 4 models, 51 households, 2.085,5M → 2,1 tỷ, 767,7M → 0,8 tỷ; pond 140M/ha, 7 times half a year of cấy lúa.
        // h has no indicator for 2020-H1: no second paragraph.
        #expect(try reports.make("2020-H1").narrative == [
            "6 tháng đầu năm 2020, Đảng bộ huyện Thử lãnh đạo triển khai 4 mô hình kinh tế với 51 hộ tham gia; "
                + "tổng doanh thu đạt 2,1 tỷ đồng, lợi nhuận 767,7 triệu đồng. Mô hình nuôi cá ao nổi (Đảng bộ xã A) cho "
                + "lợi nhuận trên 1 ha cao nhất, 140 triệu đồng/ha, doanh thu trên 1 ha gấp 7 lần so với cấy lúa.",
        ])
    }

    @Test func theQuartersNarrativeWithoutAMultiple() throws {
        // cattle's 15M/ha beats mushroom's −24,6M; cattle has no baseline: the multiple is left out.
        #expect(try reports.make("2020-Q2").narrative == [
            "Quý II năm 2020, Đảng bộ huyện Thử lãnh đạo triển khai 3 mô hình kinh tế với 46 hộ tham gia; "
                + "tổng doanh thu đạt 1,2 tỷ đồng, lợi nhuận 337,7 triệu đồng. Mô hình chăn nuôi bò sinh sản "
                + "(Đảng bộ xã B) cho lợi nhuận trên 1 ha cao nhất, 15 triệu đồng/ha.",
        ])
    }

    @Test func aLossIsNobodysBest() throws {
        // xa in Q2: fish (no area) and mushroom, whose −24,6M/ha is the only figure per ha: no best model.
        // 12 + 4 households; 500M + 95,5M → 0,6 tỷ; 200M − 12,3M → 0,2 tỷ. xa's own Q2 indicator: fish cages.
        #expect(try reports.make("2020-Q2", unit: "xa").narrative == [
            "Quý II năm 2020, Đảng bộ xã A lãnh đạo triển khai 2 mô hình kinh tế với 16 hộ tham gia; "
                + "tổng doanh thu đạt 595,5 triệu đồng, lợi nhuận 187,7 triệu đồng.",
            "Các chỉ tiêu kinh tế - xã hội quý II năm 2020: số lồng cá 84 lồng (kế hoạch 90 lồng, chưa đạt).",
        ])
    }

    @Test func aChildUnitsNarrativeWithItsOwnIndicators() throws {
        // xa: 4 models, 44 households, 6.305,5M → 6,3 tỷ, 2.962,7M → 3,0 tỷ; pond is xa's own: no unit named.
        #expect(try reports.make("2020", unit: "xa").narrative == [
            "Năm 2020, Đảng bộ xã A lãnh đạo triển khai 4 mô hình kinh tế với 44 hộ tham gia; tổng doanh thu đạt "
                + "6,3 tỷ đồng, lợi nhuận 3 tỷ đồng. Mô hình nuôi cá ao nổi cho lợi nhuận trên 1 ha cao nhất, 184 triệu "
                + "đồng/ha, doanh thu trên 1 ha gấp 4,5 lần so với cấy lúa.",
            "Các chỉ tiêu kinh tế - xã hội năm 2020: thu nhập bình quân đầu người 30 triệu đồng/người/năm "
                + "(kế hoạch 28 triệu đồng/người/năm, đạt); tỷ lệ hộ nghèo 7,7% (kế hoạch 8%, đạt); "
                + "số lồng cá 84 lồng.",
        ])
    }
}

/// The economy fixture, and economic-models reports made from a dataset.
struct EconomyReports {
    static let fixture = Fixtures.directory.appendingPathComponent("economy")
    let maker: ReportMaker

    init(_ data: URL = fixture) throws {
        maker = try ReportMaker(data)
    }

    func make(_ period: String, unit: String? = nil) throws -> ReportDocument {
        try maker.report(EconomicModelsPlugin(), period, unit: unit)
    }
}
