import BaocaoKit
import Foundation
import ReportModel
import Testing

/// The whole pipeline on the hand-checked `tiny` dataset (every number is
/// worked out in MemberGrowthTests): JSON, CSV and TXT compared byte for byte
/// with Fixtures/golden/. `BAOCAO_UPDATE_GOLDEN=1 swift test` rewrites them;
/// read the diff before committing.
@Suite struct GoldenReportTests {
    @Test func jsonCSVAndTextMatchTheGoldenFiles() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["json", "csv", "txt"], output: out))
        // tiny has membership tables only: the other reports are skipped, each with a one-line notice.
        #expect(outcome.notices.map(\.description) == [
            "skipped plugin inspection-summary: no table inspections in the dataset",
            "skipped plugin economic-models: no table economic_models, economic_results in the dataset",
            // The bundled declarative plugins, found from the working directory and the bundle, as a user's run finds them.
            "skipped plugin classification: no table ratings in the dataset",
            "skipped plugin meeting-quality: no table meetings in the dataset",
        ])
        let names = outcome.files.map(\.lastPathComponent)
        #expect(names == [
            "d_2024-Q2.json", "d_2024-Q2_member-growth_movement.csv", "d_2024-Q2_member-growth_new_members.csv",
            "d_2024-Q2_member-growth_composition.csv", "d_2024-Q2_member-growth_trend.csv", "d_2024-Q2.txt",
        ])
        try Golden.expectMatches(outcome.files, in: Fixtures.golden)
    }

    @Test func theJSONReadsBackAsTheSameDocuments() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["json"], output: out))
        struct Bundle: Decodable {
            let format: String
            let reports: [ReportDocument]
        }
        let decoded = try JSONDecoder().decode(Bundle.self, from: Data(contentsOf: outcome.files[0]))
        #expect(decoded.format == "baocao.bundle/1")
        let original = outcome.bundle.reports[0], read = decoded.reports[0]
        #expect(read.plugin == original.plugin && read.narrative == original.narrative)
        for (a, b) in zip(read.tables, original.tables) {
            #expect(a.columns == b.columns)
            for (x, y) in zip(a.rows, b.rows) {
                #expect(x.key == y.key && x.kind == y.kind && x.level == y.level)
                // JSON has one kind of number: 28.0 reads back as 28.
                for cell in y.cells {
                    let same = x[cell.column] == cell.value || x[cell.column].number == cell.value.number
                    #expect(same, "\(a.id) \(y.key) \(cell.column)")
                }
            }
        }
    }
}
