public import Foundation
internal import ReportModel

/// Where labels and narratives are read from: a user's folder (`--templates`)
/// first, then the bundled one, file by file.
public struct TemplateSet: Sendable {
    /// Folders searched in order, e.g. `[my-templates/, <bundle>/vi/]`.
    public let directories: [URL]

    public init(directories: [URL]) {
        self.directories = directories
    }

    /// The labels of plugin `id`, from the first folder holding `id.yaml`.
    public func labels(for pluginID: String) throws(TemplateError) -> PluginLabels {
        let (text, file) = try read("\(pluginID).yaml")
        return try PluginLabels(yaml: text, file: file)
    }

    /// The text of `name` from the first folder holding it.
    public func read(_ name: String) throws(TemplateError) -> (text: String, file: String) {
        for directory in directories {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: url.path, message: Message("not UTF-8 text"))
            }
            return (text.precomposedStringWithCanonicalMapping, url.path)
        }
        let searched = directories.map(\.path).joined(separator: ", ")
        throw TemplateError(file: name, message: Message("template not found (searched \(searched))"))
    }
}
