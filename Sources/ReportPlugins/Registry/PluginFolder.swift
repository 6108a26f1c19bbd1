internal import Foundation
internal import DatasetReaders
internal import Yams
internal import ReportModel

/// A plugin folder's `plugin.yaml`, read and checked once, and the plugin it
/// describes: declarative (queries) or external (a `command:` to run).
enum PluginFolder {
    /// Reads and checks `folder/plugin.yaml`; `displayPath` is how messages
    /// name the folder, `knownTables` the dataset tables a plugin may require.
    static func load(_ folder: URL, displayPath: String, knownTables: Set<String>) throws(PluginLoadError)
        -> any ReportPlugin
    {
        let file = try ManifestFile(folder: folder, displayPath: displayPath, knownTables: knownTables)
        return file.manifest.isExternal ? ExternalPlugin(file) : DeclarativePlugin(file)
    }
}

/// A `plugin.yaml` as read: its text, YAML tree and decoded manifest, with
/// every problem reported as `FOLDER/plugin.yaml:LINE:COLUMN: path: message`.
struct ManifestFile {
    let folder: URL
    let folderDisplayPath: String
    /// `FOLDER/plugin.yaml` as messages name it.
    let name: String
    let text: String
    let source: ManifestSource
    let manifest: PluginManifest

    init(folder: URL, displayPath: String, knownTables: Set<String>) throws(PluginLoadError) {
        let name = displayPath + "/plugin.yaml"
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("plugin.yaml").path) else {
            throw PluginLoadError(folder: displayPath, problems: [Message("\(name): cannot be read")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PluginLoadError(folder: displayPath, problems: [Message("\(name): not UTF-8 text")])
        }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text.precomposedStringWithCanonicalMapping)
        } catch {
            guard let (mark, problem) = (error as? YamlError)?.located else {
                throw PluginLoadError(folder: displayPath, problems: [.placed("\(name): ", Message("\(error)"))])
            }
            throw PluginLoadError(folder: displayPath, problems: [
                .placed("\(name):\(mark.line):\(mark.column): ", Message("not valid YAML: \(problem)")),
            ])
        }
        guard let node = composed else { throw PluginLoadError(folder: displayPath, problems: [Message("\(name): empty")]) }
        let source = ManifestSource(file: name, root: node)
        let manifest: PluginManifest
        do {
            manifest = try YAMLDecoder().decode(PluginManifest.self, from: node)
        } catch let error as DecodingError {
            throw PluginLoadError(folder: displayPath, problems: [source.describe(error)])
        } catch {
            throw PluginLoadError(folder: displayPath, problems: [Message("\(name): \(error)")])
        }
        let problems = manifest.problems(in: source, knownTables: knownTables)
        guard problems.isEmpty else { throw PluginLoadError(folder: displayPath, problems: problems) }
        self.folder = folder
        folderDisplayPath = displayPath
        self.name = name
        self.text = text
        self.source = source
        self.manifest = manifest
    }

    /// The tables the plugin brings, by name.
    var inputTables: [TableSchema] {
        (manifest.inputs ?? [:]).sorted { $0.key < $1.key }.map { $1.schema(name: $0) }
    }
}
