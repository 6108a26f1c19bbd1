import BaocaoKit
import Foundation
import ReportModel
import Testing

/// Folders of the repository the plugin tests use: the bundled plugins, the
/// samples, the seed fixtures and the tutorial (docs/plugins.md), whose files
/// are test fixtures so that the tutorial cannot rot.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL
    static let sopcop = root.appendingPathComponent("Samples/sopcop")
    static let muongchien = root.appendingPathComponent("Samples/muongchien")
    static func bundledPlugin(_ id: String) -> URL { root.appendingPathComponent("Plugins/\(id)") }
    static let tutorial = root.appendingPathComponent("docs/tutorial")
    static let tutorialPlugin = tutorial.appendingPathComponent("political-training")

    /// The tutorial's dataset: a copy of the Sốp Cộp sample with the tutorial's
    /// `training_classes.csv` put in it, as docs/plugins.md step 3 says.
    static func tutorialDataset() throws -> URL {
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("sopcop")
        try FileManager.default.copyItem(at: sopcop, to: folder)
        try FileManager.default.copyItem(at: tutorial.appendingPathComponent("training_classes.csv"),
                                         to: folder.appendingPathComponent("training_classes.csv"))
        return folder
    }
}

/// The conformance kit: every plugin, whatever its kind, on a dataset with
/// the tables it needs, must make a well-formed document (SPEC §4), render in
/// every format, and give byte-identical files when run again.
@Suite struct PluginConformanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let plugin: String
        let period: String
        let data: @Sendable () throws -> URL
        /// The `--plugins` folders; none for a built-in.
        let folders: @Sendable () throws -> [URL]

        var testDescription: String { "\(plugin) \(period)" }

        static let all: [Case] = [
            Case(plugin: "member-growth", period: "2021", data: { Repository.sopcop }, folders: { [] }),
            Case(plugin: "inspection-summary", period: "2021", data: { Repository.sopcop }, folders: { [] }),
            Case(plugin: "economic-models", period: "2020-Q2", data: { Repository.muongchien }, folders: { [] }),
            Case(plugin: "classification", period: "2021", data: { Repository.sopcop },
                 folders: { [Repository.bundledPlugin("classification")] }),
            Case(plugin: "meeting-quality", period: "2021-Q4", data: { Repository.sopcop },
                 folders: { [Repository.bundledPlugin("meeting-quality")] }),
            // What `baocao plugins new` writes must work at once.
            Case(plugin: "my-report", period: "2024-Q4", data: { Repository.sopcop },
                 folders: { [try PluginScaffold(id: "my-report").write(into: Fixtures.temporaryDirectory())] }),
            // External plugins: the two examples, and what `plugins new --external` writes.
            Case(plugin: "meeting-score", period: "2024-Q4", data: { Repository.sopcop },
                 folders: { [ExternalPluginTests.examples.appendingPathComponent("meeting-score")] }),
            Case(plugin: "event-count", period: "2021", data: { Repository.sopcop },
                 folders: { [ExternalPluginTests.examples.appendingPathComponent("event-count")] }),
            Case(plugin: "my-script", period: "2024-Q4", data: { Repository.sopcop },
                 folders: { [try PluginScaffold(id: "my-script", external: true).write(into: Fixtures.temporaryDirectory())] }),
            Case(plugin: "political-training", period: "2021", data: { try Repository.tutorialDataset() },
                 folders: { [Repository.tutorialPlugin] }),
        ]
    }

    struct Workbook: Decodable {
        struct Sheet: Decodable { let cells: [String: Cell] }
        struct Cell: Decodable { let value: String? }
        let sheets: [String]
        let sheet: [String: Sheet]
    }

    @Test(arguments: Case.all)
    func aPluginMakesAWellFormedReproducibleReportInEveryFormat(_ test: Case) throws {
        let data = try test.data()
        let folders = try test.folders()
        var runs: [GenerateOutcome] = []
        for _ in 0..<2 {
            runs.append(try generate(data, test.period, plugins: folders, pluginIDs: [test.plugin],
                                     formats: "xlsx,csv,txt,json"))
        }
        let outcome = runs[0]

        // One well-formed document (SPEC §4), with something in it.
        #expect(outcome.bundle.reports.map(\.plugin) == [test.plugin])
        let report = try #require(outcome.bundle.reports.first)
        #expect(DocumentConformance.problems(of: report) == [])
        #expect(!report.tables.isEmpty)
        #expect(!report.narrative.isEmpty)

        // Every format, every file there and non-empty.
        let extensions = Set(outcome.files.map(\.pathExtension))
        #expect(extensions == ["xlsx", "csv", "txt", "json"])
        #expect(outcome.files.filter { $0.pathExtension == "csv" }.count == report.tables.count)
        for file in outcome.files {
            let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
            #expect(size > 0, "\(file.lastPathComponent) is empty")
        }

        // The workbook reads back with openpyxl: the report, then a sheet per table, each titled in capitals.
        let xlsx = try #require(outcome.files.first { $0.pathExtension == "xlsx" })
        let workbook = try OpenPyXL.read(xlsx, as: Workbook.self)
        #expect(workbook.sheets == ["Báo cáo"] + report.tables.indices.map { "Biểu \($0 + 1)" })
        for (index, table) in report.tables.enumerated() {
            let sheet = try #require(workbook.sheet["Biểu \(index + 1)"])
            #expect(sheet.cells["A2"]?.value == table.title.uppercased())
        }

        // The JSON reads back as a bundle holding the same report.
        let json = try #require(outcome.files.first { $0.pathExtension == "json" })
        let bundle = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        #expect(bundle?["format"] as? String == "baocao.bundle/1")
        #expect((bundle?["reports"] as? [[String: Any]])?.compactMap { $0["plugin"] as? String } == [test.plugin])

        // A second run gives the same files, byte for byte (the XLSX too: its date is the document's).
        let second = runs[1]
        #expect(second.files.map(\.lastPathComponent) == outcome.files.map(\.lastPathComponent))
        for (first, again) in zip(outcome.files, second.files) {
            #expect(try Data(contentsOf: first) == Data(contentsOf: again), "\(first.lastPathComponent) differs")
        }
    }
}
