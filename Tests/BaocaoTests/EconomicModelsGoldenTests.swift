import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// The economic-models report of the hand-checked `economy` dataset (every
/// number is worked out in EconomicModelsTests) through the whole pipeline:
/// JSON, CSV and TXT compared byte for byte with Fixtures/golden-economy/
/// (`BAOCAO_UPDATE_GOLDEN=1 swift test` rewrites them; read the diff before
/// committing), and the workbook read back with openpyxl.
@Suite struct EconomicModelsGoldenTests {
    static let golden = Golden.folder("golden-economy")
    let engine = ReportEngine(plugins: PluginRegistry([EconomicModelsPlugin()]), pluginSearch: .builtInOnly)

    /// The year for the root, and a quarter for a commune (`--unit xa`).
    @Test(arguments: [("2020", nil), ("2020-Q2", "xa")] as [(String, String?)])
    func jsonCSVAndTextMatchTheGoldenFiles(period: String, unit: String?) throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try engine.generate(GenerateRequest(
            data: EconomyReports.fixture, period: try Period(parsing: period), unitID: unit, formats: ["json", "csv", "txt"], output: out))
        #expect(outcome.notices.isEmpty)
        let stem = "\(unit ?? "h")_\(period)"
        #expect(outcome.files.map(\.lastPathComponent) == [
            "\(stem).json", "\(stem)_economic-models_models.csv", "\(stem)_economic-models_by_sector.csv",
            "\(stem)_economic-models_indicators.csv", "\(stem).txt",
        ])
        try Golden.expectMatches(outcome.files, in: Self.golden)
    }

    @Test func theWorkbook() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try engine.generate(GenerateRequest(
            data: EconomyReports.fixture, period: try Period(parsing: "2020"), formats: ["xlsx"], output: out))
        #expect(outcome.files.map(\.lastPathComponent) == ["h_2020.xlsx"])
        let workbook = try WorkbookReadBackTests().read(outcome.files[0])
        // The report, then models, sectors and indicators on a sheet each.
        #expect(workbook.sheets == ["Báo cáo", "Biểu 1", "Biểu 2", "Biểu 3"])
        let sheet = try #require(workbook.sheet["Biểu 1"])

        // Find the models table by its header and rows by their label in column A.
        func rowNumber(_ label: String, after start: Int = 0, in sheet: WorkbookReadBackTests.Workbook.Sheet? = nil)
            throws -> Int
        {
            let rows = (sheet ?? workbook.sheet["Biểu 1"]!).cells.filter { $0.key.hasPrefix("A") && $0.value.value == label }
                .compactMap { Int($0.key.dropFirst()) }.filter { $0 > start }
            return try #require(rows.min(), "no row labelled \(label)")
        }
        #expect(sheet.cells["A2"]?.value == "KẾT QUẢ CÁC MÔ HÌNH KINH TẾ")
        let header = try rowNumber("Nội dung")
        // The model's name is its row's label, printed once: no name column beside it.
        #expect(sheet.cells["B\(header)"]?.value == "Đơn vị" && sheet.cells["C\(header)"]?.value == "Lĩnh vực"
            && sheet.cells["M\(header)"]?.value == "Doanh thu/ha so với đối chứng (lần)")
        #expect(sheet.cells["B\(header)"]?.bold == true)

        // The first row under the header is xa's subtotal, bold, with 40 households (D) and 36,5 ha (E).
        let xa = header + 1
        #expect(sheet.cells["A\(xa)"]?.value == "Đảng bộ xã A" && sheet.cells["A\(xa)"]?.bold == true)
        #expect(sheet.cells["D\(xa)"]?.type == "int" && sheet.cells["D\(xa)"]?.value == "40")
        #expect(sheet.cells["E\(xa)"]?.type == "float" && Double(sheet.cells["E\(xa)"]?.value ?? "") == 36.5)
        // Then fish: text cells as text, money as numbers.
        let fish = xa + 1
        #expect(sheet.cells["A\(fish)"]?.value == "Nuôi cá lồng lòng hồ thủy điện")
        #expect(sheet.cells["F\(fish)"]?.type == "str" && sheet.cells["F\(fish)"]?.value == "84 lồng")
        #expect(sheet.cells["H\(fish)"]?.type == "int" && sheet.cells["H\(fish)"]?.value == "2000000000")
        #expect(sheet.cells["H\(fish)"]?.bold == false)

        // The total row: bold numbers, 76 households, 8.105.500.000 đồng, profit 3.612.700.000.
        let total = try rowNumber("Tổng cộng", after: header)
        #expect(total == header + 10)
        let expected = ["D": 76.0, "E": 48.5, "H": 8_105_500_000, "J": 3_612_700_000]
        for (column, value) in expected {
            let cell = try #require(sheet.cells["\(column)\(total)"])
            #expect(cell.type == "int" || cell.type == "float", "\(column)\(total) is \(cell.type)")
            #expect(Double(cell.value ?? "") == value, "\(column)\(total)")
            #expect(cell.bold, "\(column)\(total)")
        }
        // Achieved as text in the indicators table.
        let indicators = try #require(workbook.sheet["Biểu 3"])
        #expect(indicators.cells["A2"]?.value == "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI")
        let income = try rowNumber("Thu nhập bình quân đầu người (đồng/người/năm)", in: indicators)
        // The indicator's name is its row's label, printed once: value in C, achieved in G.
        #expect(indicators.cells["G\(income)"]?.value == "Chưa đạt")
        #expect(indicators.cells["C\(income)"]?.type == "int" && indicators.cells["C\(income)"]?.value == "28500000")
    }
}
