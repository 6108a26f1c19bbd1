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
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Samples/sopcop").standardizedFileURL

    /// A fresh empty folder under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Loads a dataset once and makes member-growth reports from it.
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

    func memberGrowth(_ period: String, unit: String? = nil) throws -> ReportDocument {
        let unit = try #require(unit.map { store.unit($0) } ?? store.root)
        let context = ReportContext(store: store, unit: unit, period: try Period(parsing: period),
                                    labels: try templates.labels(for: "member-growth"))
        return try MemberGrowthPlugin().makeReport(context)
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
