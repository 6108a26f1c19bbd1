public import DatasetReaders
internal import DatasetStore
public import Foundation
public import ReportModel
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

    /// Loads and validates the dataset at `data` (SPEC §1.2), with the tables `plugins` bring;
    /// `whenRead` is given each table as soon as it is read, `whenReplayed` the
    /// membership spans as soon as the events are replayed.
    public func validate(_ data: URL, plugins: [any ReportPlugin] = [],
                         whenRead: (@Sendable (TableSchema, Dataset) -> Void)? = nil,
                         whenReplayed: (@Sendable ([MembershipSpan]) -> Void)? = nil) throws(BaocaoError)
        -> DatasetLoader.Result
    {
        do {
            return try DatasetLoader().load(data, pluginTables: Self.inputTables(of: plugins).tables,
                                            whenRead: whenRead, whenReplayed: whenReplayed)
        } catch {
            throw .invalidArgument(.data, Message("\(error)"))
        }
    }

    /// The writers for `formats`, checked against `options`, before any work is done.
    public func writers(for formats: [String], options: WriterOptions) throws(BaocaoError) -> [any ReportWriter] {
        let selected: [any ReportWriter]
        do {
            selected = try writers.writers(forList: formats.joined(separator: ","))
        } catch {
            throw .invalidArgument(.format, Message("\(error)"))
        }
        // Checked whatever the formats: a mistyped option is a mistake even when unused.
        do {
            try CSVWriter.check(options)
        } catch {
            if case .delimiter = error { throw .invalidArgument(.csvDelimiter, Message("\(error)")) }
            throw .invalidArgument(.csvDecimal, Message("\(error)"))
        }
        return selected
    }

    /// Makes the reports for one unit and period and writes them. Nothing is
    /// written for an invalid dataset or a bad argument; a failing plugin or
    /// writer does not stop the others, and is reported as
    /// `BaocaoError.partialFailure` at the end.
    public func generate(_ request: GenerateRequest) throws(BaocaoError) -> GenerateOutcome {
        let selectedWriters = try writers(for: request.formats, options: request.writing)
        let session = try ReportSession(request.setup, engine: self)
        let run = session.report(unit: try session.unit(request.unitID), period: request.period, date: request.date,
                                 number: request.number, threads: ProcessInfo.processInfo.activeProcessorCount)
        var failures = run.failures
        guard let bundle = run.bundle else { throw .partialFailure(failures) }

        Timings.mark("reported")
        var files: [URL] = []
        if run.hasReports {
            let output = OutputDirectory(request.output)
            do {
                try output.create()
            } catch {
                throw .partialFailure(failures + [Message("cannot create \(request.output.path): "
                                                        + "\(error.localizedDescription)")])
            }
            let written = Self.write(bundle, with: selectedWriters, to: output, options: request.writing)
            files = written.files
            failures += written.failures
        }
        Timings.mark("written")
        if !failures.isEmpty { throw .partialFailure(failures) }
        return GenerateOutcome(files: files, notices: session.notices, bundle: bundle)
    }

    /// Lets go of `value` (a loaded dataset) on another thread: freeing
    /// millions of rows takes a noticeable time, which neither the reports
    /// still to make nor a command about to exit need wait for.
    public static func discard<T: Sendable>(_ value: consuming T) {
        let held = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
    }

    /// Writes `bundle` in every format of `writers`; a failing writer does not stop the others.
    public static func write(_ bundle: ReportBundle, with writers: [any ReportWriter], to output: OutputDirectory,
                             options: WriterOptions) -> (files: [URL], failures: [Message]) {
        var files: [URL] = []
        var failures: [Message] = []
        for writer in writers {
            do {
                files += try writer.write(bundle, to: output, options: options)
            } catch {
                failures.append(Message("\(writer.format): \(error)"))
            }
        }
        return (files, failures)
    }

    /// The input tables of `plugins`, the first declaration of a name winning;
    /// a plugin whose table has another plugin's name but other columns fails.
    static func inputTables(of plugins: [any ReportPlugin])
        -> (tables: [TableSchema], conflicts: [Message], failed: Set<String>)
    {
        var tables: [TableSchema] = []
        var declaredBy: [String: String] = [:]
        var conflicts: [Message] = []
        var failed: Set<String> = []
        for plugin in plugins {
            for table in plugin.inputTables {
                if let owner = declaredBy[table.name] {
                    if tables.first(where: { $0.name == table.name }) != table {
                        conflicts.append(
                            Message("plugin \(plugin.id) failed: its table \(table.name) has other columns than "
                                         + "plugin \(owner)'s table of that name; rename one"))
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

    /// The user's template folder (`--templates`) first, then the bundled one of `language`.
    public func templateSet(_ user: URL?, language: String) -> TemplateSet {
        TemplateSet(directories: [user, TemplateBundle.directory(language: language)].compactMap { $0 })
    }
}
