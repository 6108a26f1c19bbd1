public import Foundation
public import ReportModel
internal import DatasetReaders

/// Finds the plugins of every kind and makes one registry of them (SPEC §7):
/// the built-ins, then the plugin folders found in `directories` — each a
/// plugin folder (holding `plugin.yaml`) or a folder of them.
///
/// Order, which is the order of reports: built-ins as compiled in, then the
/// others by id. A folder that fails to load is reported and skipped; the
/// same id for two different plugins is reported naming both places, and
/// neither runs. The same plugin found twice (the repository's `Plugins/` and
/// its bundled copy) is one plugin.
public struct PluginCatalog: Sendable {
    /// A plugin folder that could not be loaded, or an id given twice.
    public struct Problem: Sendable, CustomStringConvertible {
        /// The plugin's id when known, else its folder.
        public let plugin: String
        public let message: Message
        /// Each problem found, `plugin.yaml:LINE:COLUMN: …`; the message alone for an id given twice.
        public let details: [Message]

        init(plugin: String, message: Message, details: [Message]? = nil) {
            self.plugin = plugin
            self.message = message
            self.details = details ?? [message]
        }

        public var description: String { message.description }
    }

    public private(set) var registry: PluginRegistry
    public private(set) var problems: [Problem] = []

    /// Loads every plugin found in `directories`, in order; `knownTables` are
    /// the dataset tables a plugin may require.
    public init(builtIn: PluginRegistry = .builtIn, directories: [URL], knownTables: Set<String>,
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        registry = builtIn
        var found: [any ReportPlugin] = []
        var seenFolders: Set<String> = []
        var manifestsByID: [String: (origin: String, bytes: Data)] = [:]
        var conflicting: Set<String> = []
        let folders = directories.flatMap(Self.pluginFolders).filter {
            seenFolders.insert($0.resolvingSymlinksInPath().path).inserted
        }
        // Each folder's manifest and templates parsed on the cores (the bundled ones alone took
        // 50 ms on one core before any data was read), then taken in order.
        let loaded = DatasetLoader.concurrentMap(folders) { folder in
            let display = Self.displayPath(folder, from: workingDirectory)
            return (display, Result { () throws(PluginLoadError) -> any ReportPlugin in
                try PluginFolder.load(folder, displayPath: display, knownTables: knownTables)
            })
        }
        for (folder, (display, result)) in zip(folders, loaded) {
            let plugin: any ReportPlugin
            switch result {
            case .success(let loadedPlugin):
                plugin = loadedPlugin
            case .failure(let error):
                let listed = Message.joined(error.problems.map { .placed("  ", $0) })
                problems.append(Problem(plugin: display, message: Message("plugin folder \(display) cannot be "
                                                                        + "loaded:\n\(listed)"),
                                        details: error.problems))
                continue
            }
            let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent("plugin.yaml").path) ?? Data()
            if let builtInPlugin = builtIn.plugins.first(where: { $0.id == plugin.id }) {
                problems.append(Problem(plugin: plugin.id, message:
                    Message("plugin id \(plugin.id) is taken by the \(builtInPlugin.kind.rawValue) plugin; rename the "
                            + "one in \(display) (id: in plugin.yaml)")))
                continue
            }
            if let earlier = manifestsByID[plugin.id] {
                if earlier.bytes != bytes, conflicting.insert(plugin.id).inserted {
                    problems.append(Problem(plugin: plugin.id, message:
                        Message("plugin id \(plugin.id) is given twice, in \(earlier.origin) and in \(display); rename "
                                + "one (id: in plugin.yaml)")))
                }
                continue
            }
            manifestsByID[plugin.id] = (display, bytes)
            found.append(plugin)
        }
        for plugin in found.sorted(by: { $0.id < $1.id }) where !conflicting.contains(plugin.id) {
            registry.register(plugin)
        }
    }

    /// `directory` itself when it holds `plugin.yaml`, else its subfolders that do, by name.
    static func pluginFolders(_ directory: URL) -> [URL] {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory.appendingPathComponent("plugin.yaml").path) { return [directory] }
        let names = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0, isDirectory: true) }.filter {
            manager.fileExists(atPath: $0.appendingPathComponent("plugin.yaml").path)
        }
    }

    /// `Plugins/classification` under the working directory, else the full path.
    static func displayPath(_ folder: URL, from workingDirectory: URL) -> String {
        let path = folder.standardizedFileURL.path
        let base = workingDirectory.standardizedFileURL.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
