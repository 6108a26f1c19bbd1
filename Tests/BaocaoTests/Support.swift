import BaocaoKit
import DatasetReaders
import DatasetStore
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// Fixture datasets shipped with the tests, and the bundled sample.
enum Fixtures {
    static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let tiny = directory.appendingPathComponent("tiny")
    static let golden = Golden.folder("golden")
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples/sopcop").standardizedFileURL

    /// A fresh empty folder, inside one folder for this test run that is
    /// removed when the run ends.
    static func temporaryDirectory() throws -> URL {
        let url = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// This run's scratch folder, removed at exit (Swift Testing has no global tear-down).
let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-tests-\(getpid())")
    atexit { try? FileManager.default.removeItem(at: scratch) }
    return url
}()

/// Loads a dataset once and makes reports from it with any plugin.
final class ReportMaker {
    let store: DatasetStore
    let templates = TemplateSet(directories: [
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Templates/vi"),
    ])

    init(_ data: URL) throws {
        let loaded = try DatasetLoader().load(data)
        #expect(loaded.problems.errors.isEmpty, "\(loaded.problems.errors)")
        store = try DatasetStore(loaded)
    }

    /// `plugin`'s report for `period`, for `unit` (default the root), worded by the bundled templates.
    func report(_ plugin: any ReportPlugin, _ period: String, unit: String? = nil) throws -> ReportDocument {
        let unit = try #require(unit.map { store.unit($0) } ?? store.root)
        let context = ReportContext(store: store, unit: unit, period: try Period(parsing: period),
                                    labels: try templates.labels(for: plugin.id))
        return try plugin.makeReport(context)
    }

    func memberGrowth(_ period: String, unit: String? = nil) throws -> ReportDocument {
        try report(MemberGrowthPlugin(), period, unit: unit)
    }
}

extension ReportDocument {
    /// The numbers of one row of one table, by column id; nil cells left out.
    func numbers(_ table: String, _ row: String) -> [String: Double] {
        guard let row = self.table(table)?.row(row) else { return [:] }
        var result: [String: Double] = [:]
        for cell in row.cells {
            if let number = cell.value.number { result[cell.column] = number }
        }
        return result
    }
}

/// Golden files: outputs compared byte for byte with their namesakes in a
/// folder next to the tests. `BAOCAO_UPDATE_GOLDEN=1 swift test` rewrites
/// them into the source tree; read the diff before committing.
enum Golden {
    static func folder(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    static func expectMatches(_ files: [URL], in folder: URL,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let update = ProcessInfo.processInfo.environment["BAOCAO_UPDATE_GOLDEN"] == "1"
        for file in files {
            let golden = folder.appendingPathComponent(file.lastPathComponent)
            let actual = try Data(contentsOf: file)
            if update {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: golden)
            }
            let expected = try Data(contentsOf: golden)
            #expect(actual == expected, "\(file.lastPathComponent) differs from its golden file",
                    sourceLocation: sourceLocation)
        }
    }
}

/// Workbooks as openpyxl reads them: an XLSX reader that shares nothing with
/// libxlsxwriter (`make test` installs it). The script prints JSON; each test
/// decodes the parts it checks.
enum OpenPyXL {
    static let reader = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ReportWritersTests/Fixtures/read_xlsx.py").standardizedFileURL

    static func read<Workbook: Decodable>(_ url: URL, as type: Workbook.Type) throws -> Workbook {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", reader.path, url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0,
                     "openpyxl could not read \(url.path) (is it installed? make test installs it)")
        return try JSONDecoder().decode(type, from: data)
    }
}

/// What a run of the `baocao` command did.
struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The built `baocao`, next to this test bundle.
let baocaoExecutable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("baocao")

/// Runs the built `baocao` with `arguments`; `language` sets `BAOCAO_LANG`
/// (nil: the default, Vietnamese, unless the arguments say `--lang`).
func baocao(language: String? = nil, _ arguments: String..., in directory: URL? = nil) throws -> Run {
    try baocao(language: language, arguments, in: directory)
}

/// Runs the built `baocao` with `arguments`.
func baocao(language: String? = nil, _ arguments: [String], in directory: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = baocaoExecutable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["BAOCAO_LANG"] = language
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
               stderr: String(decoding: stderr, as: UTF8.self))
}

/// Every file directly in `folder`, by name, with its bytes.
func digest(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
}
