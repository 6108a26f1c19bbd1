import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// The inspection-summary report of the hand-checked `inspections` dataset
/// (every number is worked out in InspectionSummaryTests) through the whole
/// pipeline: JSON, CSV and TXT compared byte for byte with
/// Fixtures/golden-inspection/, and the workbook read back with openpyxl.
/// `BAOCAO_UPDATE_GOLDEN=1 swift test` rewrites the golden files; read the
/// diff before committing.
@Suite struct InspectionGoldenTests {
    static let golden = Golden.folder("golden-inspection")
    static let data = Fixtures.directory.appendingPathComponent("inspections")
    let engine = ReportEngine(plugins: PluginRegistry([InspectionSummaryPlugin()]), pluginSearch: .builtInOnly)

    @Test func jsonCSVAndTextMatchTheGoldenFiles() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try engine.generate(GenerateRequest(
            data: Self.data, period: try Period(parsing: "2024-Q2"), formats: ["json", "csv", "txt"], output: out))
        #expect(outcome.notices.map(\.description) == [
            "inspections.csv:10: warning: column target_id: b1 is listed twice in campaign K03; it counts once",
        ])
        #expect(outcome.files.map(\.lastPathComponent) == [
            "h_2024-Q2.json", "h_2024-Q2_inspection-summary_activities.csv",
            "h_2024-Q2_inspection-summary_discipline.csv", "h_2024-Q2_inspection-summary_petitions.csv",
            "h_2024-Q2.txt",
        ])
        try Golden.expectMatches(outcome.files, in: Self.golden)
    }

    @Test func theWorkbookReadsBack() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try engine.generate(GenerateRequest(
            data: Self.data, period: try Period(parsing: "2024-Q2"), formats: ["xlsx"], output: out))
        #expect(outcome.files.map(\.lastPathComponent) == ["h_2024-Q2.xlsx"])
        let workbook = try Self.read(outcome.files[0])
        // The report, then the three tables, each on a sheet of its own.
        #expect(workbook.sheets == ["Báo cáo", "Biểu 1", "Biểu 2", "Biểu 3"])
        let sheet = try #require(workbook.sheet["Biểu 1"])
        let cells = sheet.cells.values.sorted { ($0.row, $0.col) < ($1.row, $1.col) }

        /// The row of the sheet whose column A reads `label`, and that row's numbers from column B on.
        func row(_ label: String) throws -> (row: Int, values: [Double], bold: Bool) {
            let first = try #require(cells.first { $0.col == 1 && $0.value == label }, "no row \(label)")
            let numbers = cells.filter { $0.row == first.row && $0.col > 1 && $0.value != nil }
            for cell in numbers {
                #expect(cell.type == "int" || cell.type == "float", "\(label) column \(cell.col) is \(cell.type)")
            }
            return (first.row, numbers.compactMap { $0.value.flatMap(Double.init) }, first.bold)
        }
        let own = try row("I. Huyện ủy thực hiện")
        #expect(own.values == [5, 8, 4, 2, 2] && own.bold)
        let kind = try row("– Kiểm tra theo chương trình")
        #expect(kind.values == [2, 4, 0, 2, 0] && !kind.bold)
        // Rows under a subtotal are grouped one outline level per level below 1.
        #expect(sheet.outline_levels["\(kind.row)"] == 2)
        // "Tổng cộng" ends each of the three tables: activities, discipline, petitions.
        var totalValues: [[Double]] = []
        for name in ["Biểu 1", "Biểu 2", "Biểu 3"] {
            let cells = try #require(workbook.sheet[name]).cells.values
            let totals = cells.filter { $0.col == 1 && $0.value == "Tổng cộng" }
            #expect(totals.count == 1 && totals.allSatisfy(\.bold), "\(name)")
            for total in totals {
                totalValues.append(cells.filter { $0.row == total.row && $0.col > 1 }
                    .sorted { $0.col < $1.col }.compactMap { $0.value.flatMap(Double.init) })
            }
        }
        #expect(totalValues == [[9, 13, 8, 3, 4], [2, 1, 1, 1, 1, 6], [2, 5, 2, 1, 1, 3]])
    }

    /// What the checks above need of read_xlsx.py's answer.
    struct Workbook: Decodable {
        struct Cell: Decodable {
            let row: Int
            let col: Int
            let type: String
            let value: String?
            let bold: Bool
        }
        struct Sheet: Decodable {
            let cells: [String: Cell]
            let outline_levels: [String: Int]
        }
        let sheets: [String]
        let sheet: [String: Sheet]
    }

    static func read(_ url: URL) throws -> Workbook { try OpenPyXL.read(url, as: Workbook.self) }
}
