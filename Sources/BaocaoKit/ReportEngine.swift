public import DatasetReaders
internal import DatasetStore
public import Foundation
internal import ReportModel
public import ReportPlugins
public import ReportWriters
internal import BaocaoTemplates

/// The engine behind the commands: load and validate a dataset, run plugins
/// from a registry, hand the documents to writers.
///
/// readers → store → plugins → report document → writers.
public struct ReportEngine: Sendable {
    /// The built-in plugins; declarative ones are added from `pluginSearch` and `--plugins`.
    public var plugins: PluginRegistry
    public var writers: WriterRegistry
    public var pluginSearch: PluginSearch

    public init(plugins: PluginRegistry = .builtIn, writers: WriterRegistry = .standard,
                pluginSearch: PluginSearch = .standard) {
        self.plugins = plugins
        self.writers = writers
        self.pluginSearch = pluginSearch
    }

    /// Every plugin this engine can run: the built-ins and those found in
    /// `explicit` (`--plugins`) and the search path, with the folders that failed.
    public func catalog(explicit: [URL] = []) throws(BaocaoError) -> PluginCatalog {
        try pluginSearch.catalog(builtIn: plugins, explicit: explicit)
    }

    /// Loads and validates the dataset at `data` (SPEC §1.2), with the tables `plugins` bring.
    public func validate(_ data: URL, plugins: [any ReportPlugin] = []) throws(BaocaoError) -> DatasetLoader.Result {
        do {
            return try DatasetLoader().load(data, pluginTables: Self.inputTables(of: plugins).tables)
        } catch {
            throw .usage("--data \(error)")
        }
    }

    /// Makes the reports and writes them. Nothing is written for an invalid
    /// dataset or a usage error; a failing plugin or writer does not stop the
    /// others, and is reported as `BaocaoError.partialFailure` at the end.
    public func generate(_ request: GenerateRequest) throws(BaocaoError) -> GenerateOutcome {
        // Everything the command line can get wrong is checked before any work.
        let period: Period
        do {
            period = try Period(parsing: request.period)
        } catch {
            throw .usage("--period: \(error)")
        }
        let selectedWriters: [any ReportWriter]
        do {
            selectedWriters = try writers.writers(forList: request.formats)
        } catch {
            throw .usage("--format: \(error)")
        }
        if selectedWriters.contains(where: { $0.format == "csv" }) {
            do {
                try CSVWriter.check(request.writerOptions)
            } catch {
                throw .usage("--csv-delimiter: \(error)")
            }
        }
        if let templates = request.templates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates.path, isDirectory: &isDirectory),
                  isDirectory.boolValue
            else { throw .usage("--templates: \(templates.path) is not a folder") }
        }
        let catalog = try catalog(explicit: request.pluginDirectories)
        let plugins = catalog.registry
        var selectedPlugins: [any ReportPlugin] = []
        for id in request.pluginIDs {
            if let problem = catalog.problems.first(where: { $0.plugin == id }) {
                throw .usage("--plugin: \(problem)")
            }
            do {
                selectedPlugins.append(try plugins.plugin(id))
            } catch {
                let broken = catalog.problems.map { "\n" + $0.message }.joined()
                throw .usage("--plugin: \(error)" + (broken.isEmpty ? "" : "; and these failed to load:" + broken))
            }
        }
        // A plugin folder that cannot be loaded fails alone: the other reports are still made.
        var failures = request.pluginIDs.isEmpty ? catalog.problems.map(\.message) : []
        let templates = templateSet(request.templates)

        // The tables the plugins to run bring; a plugin declaring one another plugin declared differently fails.
        let candidates = selectedPlugins.isEmpty ? plugins.plugins : selectedPlugins
        let inputs = Self.inputTables(of: candidates)
        failures += inputs.conflicts
        let loaded = try validate(request.data, plugins: candidates.filter { !inputs.failed.contains($0.id) })
        guard loaded.isValid else { throw .invalidData(loaded.problems) }
        var notices = loaded.problems.warnings.map(\.description)

        let store: DatasetStore
        do {
            store = try DatasetStore(loaded)
        } catch {
            throw .partialFailure(["cannot build the dataset store: \(error)"])
        }
        let unit = try reportUnit(request.unitID, in: store)

        // Plugins: the named ones must have their tables; otherwise every
        // registered plugin whose tables exist, the rest skipped with a notice.
        var toRun: [any ReportPlugin] = []
        var skipped: [String] = []
        if selectedPlugins.isEmpty {
            for plugin in plugins.plugins where !inputs.failed.contains(plugin.id) {
                let missing = plugin.requiredTables.filter { !store.tablesPresent.contains($0) }
                if missing.isEmpty {
                    toRun.append(plugin)
                } else {
                    skipped.append("skipped plugin \(plugin.id): no table \(missing.joined(separator: ", ")) in the dataset")
                }
            }
        } else {
            for plugin in selectedPlugins where !inputs.failed.contains(plugin.id) {
                let missing = plugin.requiredTables.filter { !store.tablesPresent.contains($0) }
                guard missing.isEmpty else {
                    throw .invalidData([Problem(file: nil, line: nil, message:
                        "plugin \(plugin.id) needs table \(missing.joined(separator: ", ")), which the dataset does not have")])
                }
                toRun.append(plugin)
            }
        }

        guard !toRun.isEmpty else {
            throw .invalidData([Problem(file: nil, line: nil, message:
                "no report can be made from this dataset: " + skipped.joined(separator: "; "))])
        }
        notices += skipped

        var reports: [ReportDocument] = []
        for plugin in toRun {
            do {
                let labels = try plugin.labels(from: templates)
                reports.append(try plugin.makeReport(ReportContext(
                    store: store, unit: unit, period: period, labels: labels, language: request.language)))
            } catch {
                failures.append("plugin \(plugin.id) failed: \(error)")
            }
        }

        let header: DocumentHeader
        do {
            header = try DocumentHeaderBuilder(templates: templates).header(
                unit: unit, store: store, period: period, date: request.date ?? period.end,
                reportTitles: reports.map(\.title))
        } catch {
            throw .partialFailure(failures + ["document header: \(error)"])
        }
        let bundle = ReportBundle(unit: UnitReference(id: unit.id, name: unit.name), period: PeriodReference(period),
                                  reports: reports, header: header)

        var files: [URL] = []
        if !reports.isEmpty {
            let output = OutputDirectory(request.output)
            do {
                try output.create()
            } catch {
                throw .partialFailure(failures + ["cannot create \(request.output.path): \(error.localizedDescription)"])
            }
            for writer in selectedWriters {
                do {
                    files += try writer.write(bundle, to: output, options: request.writerOptions)
                } catch {
                    failures.append("\(writer.format): \(error)")
                }
            }
        }
        if !failures.isEmpty { throw .partialFailure(failures) }
        return GenerateOutcome(files: files, notices: notices, bundle: bundle)
    }

    /// The input tables of `plugins`, the first declaration of a name winning;
    /// a plugin whose table has another plugin's name but other columns fails.
    static func inputTables(of plugins: [any ReportPlugin])
        -> (tables: [TableSchema], conflicts: [String], failed: Set<String>)
    {
        var tables: [TableSchema] = []
        var declaredBy: [String: String] = [:]
        var conflicts: [String] = []
        var failed: Set<String> = []
        for plugin in plugins {
            for table in plugin.inputTables {
                if let owner = declaredBy[table.name] {
                    if tables.first(where: { $0.name == table.name }) != table {
                        conflicts.append("plugin \(plugin.id) failed: its table \(table.name) has other columns than "
                                         + "plugin \(owner)'s table of that name; rename one")
                        failed.insert(plugin.id)
                    }
                    continue
                }
                declaredBy[table.name] = plugin.id
                tables.append(table)
            }
        }
        return (tables, conflicts, failed)
    }

    private func reportUnit(_ id: String?, in store: DatasetStore) throws(BaocaoError) -> PartyUnit {
        guard let id else {
            guard let root = store.root else { throw .usage("the dataset has no root unit") }
            return root
        }
        guard let unit = store.unit(id) else {
            let hint = store.units.prefix(8).map(\.id).joined(separator: ", ")
            throw .usage("--unit: unknown unit \"\(id)\"; the dataset's units include \(hint)")
        }
        return unit
    }

    /// The user's folder first, then the bundled Vietnamese templates.
    public func templateSet(_ user: URL?) -> TemplateSet {
        TemplateSet(directories: [user, TemplateBundle.directory(language: "vi")].compactMap { $0 })
    }
}
