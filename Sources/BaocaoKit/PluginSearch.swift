public import Foundation
public import ReportPlugins
internal import DatasetReaders
internal import BundledPlugins
internal import ReportModel

/// Where plugins are looked for besides `--plugins` (SPEC §7): `./Plugins`,
/// the folders of `$BAOCAO_PLUGINS` (colon-separated), then the plugins that
/// ship with baocao. A value, so tests can search nowhere but where they say.
public struct PluginSearch: Sendable {
    /// Holds `Plugins/`; nil to skip it.
    public var workingDirectory: URL?
    /// `$BAOCAO_PLUGINS`, colon-separated folders.
    public var environmentPath: String?
    /// The bundled plugins' folder; nil to skip them.
    public var bundled: URL?

    public init(workingDirectory: URL?, environmentPath: String?, bundled: URL?) {
        self.workingDirectory = workingDirectory
        self.environmentPath = environmentPath
        self.bundled = bundled
    }

    /// What a user's run searches: this process's working directory, environment and bundle.
    public static var standard: PluginSearch {
        PluginSearch(workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                     environmentPath: ProcessInfo.processInfo.environment["BAOCAO_PLUGINS"],
                     bundled: BundledPlugins.directory)
    }

    /// Only the built-in plugins and `--plugins`.
    public static let builtInOnly = PluginSearch(workingDirectory: nil, environmentPath: nil, bundled: nil)

    /// Every plugin: the built-ins, then those in `explicit` (`--plugins`,
    /// which must be folders), `./Plugins`, `$BAOCAO_PLUGINS` and the bundle.
    public func catalog(builtIn: PluginRegistry, explicit: [URL]) throws(BaocaoError) -> PluginCatalog {
        for directory in explicit {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
                  isDirectory.boolValue
            else { throw .invalidArgument(.plugins, Message("\(directory.path) is not a folder")) }
        }
        var directories = explicit
        if let workingDirectory { directories.append(workingDirectory.appendingPathComponent("Plugins")) }
        for entry in (environmentPath ?? "").split(separator: ":") where !entry.isEmpty {
            directories.append(URL(fileURLWithPath: String(entry)))
        }
        if let bundled { directories.append(bundled) }
        return PluginCatalog(
            builtIn: builtIn, directories: directories, knownTables: Set(TableSchema.builtIn.map(\.name)),
            workingDirectory: workingDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
}
