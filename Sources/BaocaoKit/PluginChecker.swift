internal import DatasetReaders
public import Foundation
public import ReportModel
public import ReportPlugins

/// `baocao plugins check`: loads one plugin folder on its own and, given a
/// dataset, runs it through the whole engine — every writer included — and
/// checks the document it made (SPEC §4).
public struct PluginChecker {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The plugin in `folder`; its problems, each with file:line:column, when it cannot be loaded.
    public func load() throws(BaocaoError) -> any ReportPlugin {
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("plugin.yaml").path) else {
            throw .usage(Message("\(folder.path) holds no plugin.yaml"))
        }
        let catalog = try engine.catalog(explicit: [folder])
        if !catalog.problems.isEmpty {
            throw .invalidPlugin(catalog.problems.flatMap(\.details))
        }
        guard let plugin = catalog.registry.plugins.first(where: { $0.origin != "built-in" }) else {
            throw .usage(Message("\(folder.path) holds no plugin"))
        }
        return plugin
    }

    /// Runs `plugin` on `data` for `period` and returns its report as TXT.
    public func run(_ plugin: any ReportPlugin, data: URL, period: Period, unitID: String?,
                    language: String = "vi") throws(BaocaoError) -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try engine.generate(GenerateRequest(
            data: data, period: period, unitID: unitID, pluginIDs: [plugin.id], output: output,
            pluginDirectories: [folder], language: language))
        let problems = outcome.bundle.reports.flatMap(DocumentConformance.problems)
        guard problems.isEmpty else {
            throw .partialFailure(problems.map { Message("plugin \(plugin.id): the report is not well-formed: \($0)") })
        }
        guard let text = outcome.files.first(where: { $0.pathExtension == "txt" }),
              let contents = try? String(contentsOf: text, encoding: .utf8)
        else { return "" }
        return contents
    }

    private var engine: ReportEngine { ReportEngine(pluginSearch: .builtInOnly) }
}
