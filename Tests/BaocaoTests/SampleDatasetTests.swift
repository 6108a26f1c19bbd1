import ReportModel
import BaocaoKit
import DatasetReaders
import Foundation
import SampleData
import Testing

/// `baocao sample` (SPEC §8): size S in every format validates with no
/// problem, gives the same report figures in every format, and is the same
/// bytes for the same seed.
@Suite struct SampleDatasetTests {
    func write(_ format: SampleFormat, seed: UInt64 = 1) throws -> SampleDataset.Summary {
        try SampleDataset(size: .s, seed: seed, format: format).write(to: Fixtures.temporaryDirectory().appendingPathComponent("data"))
    }

    func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test(arguments: SampleFormat.allCases)
    func sizeSValidatesAndRunsEveryPlugin(_ format: SampleFormat) throws {
        let summary = try write(format)
        let result = try ReportEngine(pluginSearch: .builtInOnly).validate(summary.dataPath)
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5).map(\.description))")
        #expect(try !FileManager.default.contentsOfDirectory(atPath: summary.folder.path).contains { $0.hasPrefix(".") },
                "no temporary file is left behind")
        // The built-in plugins and the bundled declarative ones, on one quarter.
        let out = try Fixtures.temporaryDirectory()
        let outcome = try ReportEngine().generate(GenerateRequest(data: summary.dataPath, period: try Period(parsing: "2024-Q4"),
                                                                  formats: ["json"], output: out))
        let plugins = outcome.bundle.reports.map(\.plugin)
        #expect(Set(plugins).isSuperset(of: ["member-growth", "inspection-summary", "economic-models",
                                             "classification", "meeting-quality"]), "\(plugins)")
    }

    @Test func everyFormatGivesTheSameReport() throws {
        var reports: [SampleFormat: Data] = [:]
        for format in SampleFormat.allCases {
            let summary = try write(format)
            let out = try Fixtures.temporaryDirectory()
            let outcome = try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
                data: summary.dataPath, period: try Period(parsing: "2025-Q2"), formats: ["json"], output: out))
            reports[format] = try Data(contentsOf: try #require(outcome.files.first { $0.pathExtension == "json" }))
        }
        #expect(reports[.csv] == reports[.xlsx])
        #expect(reports[.csv] == reports[.sqlite])
    }

    @Test(arguments: [SampleFormat.csv, .sqlite, .xlsx])
    func theSameSeedGivesTheSameBytes(_ format: SampleFormat) throws {
        let first = try files(write(format, seed: 7).folder)
        let second = try files(write(format, seed: 7).folder)
        #expect(first == second)
        if format == .csv {
            let other = try files(write(format, seed: 8).folder)
            #expect(other != first)
            #expect(other["members.csv"] != first["members.csv"])
        }
    }

    @Test func aFolderHoldingADatasetIsRefused() throws {
        let summary = try write(.csv)
        #expect {
            try SampleDataset(size: .s, format: .sqlite).write(to: summary.folder)
        } throws: { error in
            guard case SampleError.folderHoldsDataset(let path, let file) = error else { return false }
            return path == summary.folder.path && file == "dataset.yaml"
                && "\(error)" == "\(path) already holds a dataset (dataset.yaml); choose an empty or new folder"
        }
    }

    @Test func sizeLIsRefusedAsAWorkbook() throws {
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("l")
        #expect {
            try SampleDataset(size: .l, format: .xlsx).write(to: folder)
        } throws: { error in
            guard case SampleError.tooBigForWorkbook = error else { return false }
            return !"\(error)".contains("--")   // the library names no option; the command line does
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}

extension CommandLineTests {
    /// The library words it without options; the command line names them.
    @Test func sampleLAsAWorkbookIsAUsageErrorNamingTheOptions() throws {
        let folder = try Fixtures.temporaryDirectory()
        let run = try baocao(language: "en", "sample", "--size", "L", "--format", "xlsx", "--out", "big", in: folder)
        #expect(run.status == 2)
        #expect(run.stderr == "baocao: size L does not fit an Excel workbook: its member_events, ratings and meetings "
            + "tables have millions of rows and a sheet holds 1,048,576; choose a smaller --size or --format csv or sqlite\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("big").path))
    }

    @Test func sampleWritesAValidDataset() throws {
        let folder = try Fixtures.temporaryDirectory()
        let run = try baocao(language: "en", "sample", "--size", "S", "--out", "demo", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("units: 209 rows\nmembers: "))
        let check = try baocao(language: "en", "validate", "--data", "demo", in: folder)
        #expect(check.status == 0)
        #expect(check.stdout.hasSuffix("0 errors, 0 warnings\n"))
        let again = try baocao(language: "en", "sample", "--size", "S", "--out", "demo", in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already holds a dataset"))
    }

    @Test func sampleRefusesABadSize() throws {
        let folder = try Fixtures.temporaryDirectory()
        let run = try baocao("sample", "--size", "XL", "--out", "demo", in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--size"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo").path))
    }
}
