public import Foundation
public import ReportModel
public import ReportPlugins

/// What `baocao plugins list` prints: one line per plugin (id, kind, version,
/// title, tables, where found), then the plugins that could not be loaded and why.
public struct PluginListing {
    public let text: String

    /// `bundled`: where the bundled plugins are, listed as `bundled` rather than a path inside the build.
    /// `messages`: the words of the listing itself (its header, "bundled").
    public init(catalog: PluginCatalog, templates: TemplateSet, language: String, messages: MessageCatalog = .english,
                bundled: URL? = nil) {
        let bundledPath = bundled.map { $0.standardizedFileURL.path + "/" }
        let header = [Message("ID"), Message("KIND"), Message("VERSION"), Message("TITLE"), Message("TABLES"),
                      Message("FOUND IN")].map { $0.rendered(by: messages) }
        let bundledWord = Message("bundled").rendered(by: messages)
        let rows = catalog.registry.plugins.map { plugin in
            let optional = plugin.optionalTables.isEmpty ? "" : " (+ \(plugin.optionalTables.joined(separator: ", ")))"
            return [plugin.id, plugin.kind.rawValue, plugin.version,
                    plugin.title(language: language, templates: templates) ?? "",
                    plugin.requiredTables.joined(separator: ", ") + optional,
                    bundledPath.map { plugin.origin.hasPrefix($0) ? bundledWord : plugin.origin } ?? plugin.origin]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        var lines = ([header] + rows).map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }
        if !catalog.problems.isEmpty {
            lines.append("")
            lines.append(Message("Broken (not run):").rendered(by: messages))
            lines += catalog.problems.map { "- " + $0.message.rendered(by: messages) }
        }
        text = lines.joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
