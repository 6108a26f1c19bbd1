import ArgumentParser
import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins

/// `baocao plugins list | new ID | check DIR`: the plugins a run can use (SPEC §7).
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List, scaffold and check report plugins.",
        subcommands: [List.self, New.self, Check.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every plugin baocao finds: id, kind, version, title, tables, where found; then broken ones.")

        @Option(name: .customLong("plugins"), help: "A folder of plugins (or one plugin folder); repeat for several.")
        var pluginFolders: [String] = []

        @OptionGroup var language: LanguageOption

        func run() throws {
            let engine = ReportEngine()
            let catalog = try engine.catalog(explicit: pluginFolders.map { URL(fileURLWithPath: $0) })
            let language = language.language
            print(PluginListing(catalog: catalog, templates: engine.templateSet(nil, language: language),
                                language: language, messages: Console.shared.catalog,
                                bundled: engine.pluginSearch.bundled).text)
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a working plugin to start from, in PLUGINS/ID: a declarative plugin.yaml, "
                + "or with --external a Python program and its plugin.yaml.")

        @Argument(help: "The new plugin's id: lower-case letters, digits and -.")
        var id: String

        @Flag(help: ArgumentHelp("An external plugin: a Python program (standard library only) speaking "
                                 + "baocao.plugin/1 (docs/plugin-protocol.md)."))
        var external = false

        @Option(help: "The folder to make it in.")
        var plugins = "Plugins"

        @OptionGroup var language: LanguageOption

        func run() throws {
            let folder = try PluginScaffold(id: id, external: external).write(into: URL(fileURLWithPath: plugins))
            print(folder.path.hasPrefix(FileManager.default.currentDirectoryPath + "/")
                  ? String(folder.path.dropFirst(FileManager.default.currentDirectoryPath.count + 1)) : folder.path)
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a plugin folder; with --data and --period, also run it and print its report.",
            discussion: "Problems are printed as FILE:LINE:COLUMN: message. Exit code 1 when the plugin is invalid, "
                + "3 when it fails on the data.")

        @Argument(help: "The plugin's folder (holding plugin.yaml).")
        var folder: String

        @Option(help: "A dataset to run the plugin on.")
        var data: String?

        @Option(help: "The period to run it for (with --data).")
        var period: String?

        @Option(help: "The report unit (default: the dataset's root).")
        var unit: String?

        @OptionGroup var language: LanguageOption

        func validate() throws {
            if (data == nil) != (period == nil) {
                throw Console.shared.usageError(Message("--data and --period go together"))
            }
        }

        func run() throws {
            let checker = PluginChecker(folder: URL(fileURLWithPath: folder))
            let plugin = try checker.load()
            Console.shared.say(Message("ok: \(plugin.id) \(plugin.version), \(plugin.kind.rawValue), "
                                       + "needs \(plugin.requiredTables.joined(separator: ", "))"))
            guard let data, let period else { return }
            print(try checker.run(plugin, data: URL(fileURLWithPath: data), period: try PeriodOption.parse(period),
                                  unitID: unit, language: language.language))
        }
    }
}
