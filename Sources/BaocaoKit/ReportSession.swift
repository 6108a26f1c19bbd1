public import DatasetReaders
internal import DatasetStore
public import Foundation
public import ReportModel
public import ReportPlugins
internal import Synchronization

/// What to make reports from: a dataset, the plugins to run on it and the
/// words to use. Typed values: the command line has already parsed its strings.
public struct ReportSetup: Sendable {
    public var data: URL
    /// Plugins to run; empty for every registered plugin whose tables exist.
    public var pluginIDs: [String]
    /// Folders searched for plugins first (each must exist).
    public var pluginDirectories: [URL]
    /// A folder whose template files take precedence over the bundled ones.
    public var templates: URL?
    /// `vi` or `en`.
    public var language: String

    public init(data: URL, pluginIDs: [String] = [], pluginDirectories: [URL] = [], templates: URL? = nil,
                language: String = "vi") {
        self.data = data
        self.pluginIDs = pluginIDs
        self.pluginDirectories = pluginDirectories
        self.templates = templates
        self.language = language
    }
}

/// A dataset loaded, validated and put in the store once, with the plugins
/// chosen and their words read: then any number of reports, one per unit and
/// period, each costing only its own share. `generate` makes one; `batch`
/// makes thousands.
///
/// Not `Sendable`: the store is used on one thread. Bundles are values, so
/// writing them can go to other threads.
public final class ReportSession {
    /// Dataset warnings and plugins skipped for want of their tables.
    public let notices: [Message]
    /// Plugins that cannot run at all — a folder that failed to load, a table
    /// declared differently by two plugins: every report lists them as failed.
    public let pluginFailures: [Message]
    /// The plugins each report runs, in order, with their versions.
    public let plugins: [any ReportPlugin]
    /// The order in which threads take `plugins` as each comes free: those
    /// reading the most rows first, so that the longest report does not
    /// start last while the other threads idle.
    private let runOrder: [Int]
    public let language: String

    let store: DatasetStore
    private let labels: [String: Result<PluginLabels, any Error>]
    private let header: Result<DocumentHeaderBuilder, any Error>
    private let memo = PluginMemo()
    /// Replicas that make some of a report's plugins at once (`report(…threads:)`).
    private var pluginReplicas: [ReportSession] = []

    /// Loads, validates and stores the dataset and chooses the plugins.
    /// Throws `invalidData` for a dataset with errors, `invalidArgument` for a
    /// plugin or folder that does not exist.
    public init(_ setup: ReportSetup, engine: ReportEngine = ReportEngine()) throws(BaocaoError) {
        if let templates = setup.templates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates.path, isDirectory: &isDirectory),
                  isDirectory.boolValue
            else { throw .invalidArgument(.templates, Message("\(templates.path) is not a folder")) }
        }
        let catalog = try engine.catalog(explicit: setup.pluginDirectories)
        let registry = catalog.registry
        var selected: [any ReportPlugin] = []
        for id in setup.pluginIDs {
            if let problem = catalog.problems.first(where: { $0.plugin == id }) {
                throw .invalidArgument(.plugin, problem.message)
            }
            do {
                selected.append(try registry.plugin(id))
            } catch {
                let broken = catalog.problems.map(\.message)
                throw .invalidArgument(.plugin, broken.isEmpty ? Message("\(error)")
                    : Message("\(error); and these failed to load:\n\(Message.joined(broken))"))
            }
        }
        // A plugin folder that cannot be loaded fails alone: the other reports are still made.
        var failures = setup.pluginIDs.isEmpty ? catalog.problems.map(\.message) : []

        // The tables the plugins to run bring; a plugin declaring one another plugin declared differently fails.
        let candidates = selected.isEmpty ? registry.plugins : selected
        let inputs = ReportEngine.inputTables(of: candidates)
        failures += inputs.conflicts
        // The store is filled on a thread of its own while the rest of the
        // dataset is read and checked; an invalid dataset drops it.
        let builder: DatasetStore.Builder
        do {
            builder = try DatasetStore.Builder()
        } catch {
            throw .partialFailure([Message("cannot build the dataset store: \(error)")])
        }
        Timings.mark("start")
        let loaded = try engine.validate(setup.data, plugins: candidates.filter { !inputs.failed.contains($0.id) },
                                         whenRead: { builder.add($0, from: $1) },
                                         whenReplayed: { builder.addMemberships($0) })
        guard loaded.isValid else { throw .invalidData(loaded.problems) }
        let notices = loaded.problems.warnings.map(\.framed)
        Timings.mark("loaded")

        let store: DatasetStore
        do {
            store = try DatasetStore(completing: builder, with: loaded)
        } catch {
            throw .partialFailure([Message("cannot build the dataset store: \(error)")])
        }

        let rowCounts = Dictionary(loaded.dataset.schemas.map { ($0.name, loaded.dataset.rowCount(of: $0.name)) },
                                   uniquingKeysWith: max)
        // The store holds what reports read; the typed rows are let go off this thread.
        ReportEngine.discard(consume loaded)
        Timings.mark("stored")

        // The named plugins must have their tables; otherwise every registered
        // plugin whose tables exist runs, the rest skipped with a notice.
        var toRun: [any ReportPlugin] = []
        var skipped: [Message] = []
        for plugin in candidates where !inputs.failed.contains(plugin.id) {
            let missing = plugin.requiredTables.filter { !store.tablesPresent.contains($0) }
            if missing.isEmpty {
                toRun.append(plugin)
            } else if selected.isEmpty {
                skipped.append(
                    Message("skipped plugin \(plugin.id): no table \(missing.joined(separator: ", ")) in the dataset"))
            } else {
                throw .invalidData([Problem(file: nil, line: nil, message:

                        Message("plugin \(plugin.id) needs table \(missing.joined(separator: ", ")), which the dataset "
                                + "does not have"))])
            }
        }
        guard !toRun.isEmpty else {
            throw .invalidData([Problem(file: nil, line: nil, message:
                Message("no report can be made from this dataset: \(Message.joined(skipped, separator: "; "))"))])
        }

        let templates = engine.templateSet(setup.templates, language: setup.language)
        self.store = store
        plugins = toRun
        let rowsRead = toRun.map { plugin in
            (plugin.requiredTables + plugin.optionalTables).reduce(0) { $0 + (rowCounts[$1] ?? 0) }
        }
        runOrder = toRun.indices.sorted { (rowsRead[$0], $1) > (rowsRead[$1], $0) }
        labels = Dictionary(uniqueKeysWithValues: toRun.map { plugin in
            (plugin.id, Result { try plugin.labels(from: templates) })
        })
        header = Result { try DocumentHeaderBuilder(templates: templates, notation: Notation(language: setup.language)) }
        language = setup.language
        pluginFailures = failures
        self.notices = notices + skipped
    }

    private init(replicating session: ReportSession, store: DatasetStore) {
        notices = session.notices
        pluginFailures = session.pluginFailures
        plugins = session.plugins
        runOrder = session.runOrder
        language = session.language
        labels = session.labels
        header = session.header
        self.store = store
    }

    /// A session over the same store for another thread: it shares the loaded
    /// dataset, plugins and words, and reads through a connection of its own,
    /// counting what it needs for itself (so a batch makes reports on every core).
    public func replica() throws(BaocaoError) -> ReportSession {
        do {
            return ReportSession(replicating: self, store: try store.reader())
        } catch {
            throw .partialFailure([Message("cannot open the dataset store again: \(error)")])
        }
    }

    // MARK: Units

    /// The dataset's root: the report unit when none is named.
    public var root: PartyUnit { store.root! }

    /// The unit `id`, or the root for nil.
    public func unit(_ id: String?) throws(BaocaoError) -> PartyUnit {
        guard let id else { return root }
        guard let unit = store.unit(id) else {
            let closest = Self.closestUnits(to: id, in: store.units)
            if !closest.isEmpty {
                let named = closest.map { "\($0.id) (\($0.name))" }
                let choices = named.count == 1 ? Message.verbatim(named[0])
                    : Message("\(named.dropLast().joined(separator: ", ")) or \(named.last!)")
                throw .invalidArgument(.unit, Message("unknown unit \"\(id)\"; did you mean \(choices)?"))
            }
            let hint = store.units.prefix(8).map(\.id).joined(separator: ", ")
            throw .invalidArgument(.unit, Message("unknown unit \"\(id)\"; the dataset's units include \(hint)"))
        }
        return unit
    }

    /// Up to five units `text` may have meant: an id a typo or two away
    /// (`xsx` for `xsc`), or a name holding it, marks or not (`muong leo`).
    static func closestUnits(to text: String, in units: [PartyUnit]) -> [PartyUnit] {
        let typed = VietnameseText.plain(text).trimmingCharacters(in: .whitespaces)
        let allowed = max(1, typed.count / 3)
        let byID = units.map { (unit: $0, distance: VietnameseText.distance(typed, $0.id.lowercased())) }
            .filter { $0.distance <= allowed }
            .sorted { $0.distance < $1.distance }
            .map(\.unit)
        let byName = typed.count < 3 ? [] : units.filter { VietnameseText.plain($0.name).contains(typed) }
        var chosen: [PartyUnit] = []
        for unit in byID + byName where !chosen.contains(where: { $0.id == unit.id }) { chosen.append(unit) }
        return Array(chosen.prefix(5))
    }

    /// Every unit of one of `kinds`, in file order.
    public func units(ofKinds kinds: Set<UnitKind>) -> [PartyUnit] {
        store.units.filter { kinds.contains($0.kind) }
    }

    // MARK: Reports

    /// Every plugin's report for `unit` and `period`, under a header dated
    /// `date` (the period's last day when nil) and numbered `number` (a blank
    /// when nil). A failing plugin does not stop the others: it is listed in
    /// the result's `failures`.
    /// `threads` plugins are made at once (each reading the store through a
    /// connection of its own): one report for a large dataset takes its
    /// longest plugin's time, not the sum. A batch, whose units already run on
    /// every core, makes each report's plugins one at a time.
    public func report(unit: PartyUnit, period: Period, date: Day? = nil, number: String? = nil,
                       threads: Int = 1) -> ReportRun {
        var failures = pluginFailures
        let results = runPlugins(unit: unit, period: period, threads: threads)
        var reports: [ReportDocument] = []
        for (plugin, result) in zip(plugins, results) {
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let error): failures.append(Message("plugin \(plugin.id) failed: \(error)"))
            }
        }
        let bundle: ReportBundle?
        do {
            let header = try header.get().header(
                unit: unit, store: store, period: period, date: date ?? period.end, reportTitles: reports.map(\.title),
                number: number)
            bundle = ReportBundle(unit: UnitReference(id: unit.id, name: unit.name), period: PeriodReference(period),
                                  reports: reports, header: header)
        } catch {
            failures.append(Message("document header: \(error)"))
            bundle = nil
        }
        return ReportRun(bundle: bundle, failures: failures)
    }
}

extension ReportSession {
    /// Each plugin's report or why it has none, in plugin order. With
    /// `threads` above one, that many plugins are made at once, each thread
    /// reading the store through a replica of its own; an external plugin's
    /// program runs on a thread of its own, beside the other plugins.
    fileprivate func runPlugins(unit: PartyUnit, period: Period, threads: Int)
        -> [Result<ReportDocument, any Error>] {
        let detached = Mutex<[Int: Result<ReportDocument, any Error>]>([:])
        let finished = DispatchGroup()
        // Each session is used by its own thread only; plugins are taken in `runOrder`, as each thread comes free.
        nonisolated(unsafe) let sessions = [self] + replicas(min(threads, plugins.count) - 1)
        let made = Mutex([Result<ReportDocument, any Error>?](repeating: nil, count: plugins.count))
        let next = Mutex(0)
        let count = plugins.count, runOrder = runOrder
        DispatchQueue.concurrentPerform(iterations: sessions.count) { thread in
            while true {
                let taken = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard taken < count else { return }
                let index = runOrder[taken]
                let result = sessions[thread].runPlugin(at: index, unit: unit, period: period) { work in
                    finished.enter()
                    Thread.detachNewThread {
                        let result = Result { try work() }
                        detached.withLock { $0[index] = result }
                        finished.leave()
                    }
                }
                if let result { made.withLock { $0[index] = result } }
            }
        }
        finished.wait()
        var results = made.withLock { $0 }
        for (index, result) in detached.withLock({ $0 }) { results[index] = result }
        return results.map { $0! }
    }

    /// The report of plugin `index`; nil when it was handed to `detach` (an
    /// external plugin's program, whose answer comes later).
    private func runPlugin(at index: Int, unit: PartyUnit, period: Period,
                           detach: (@escaping @Sendable () throws -> ReportDocument) -> Void)
        -> Result<ReportDocument, any Error>? {
        let plugin = plugins[index]
        defer { Timings.mark("plugin \(plugin.id)") }
        do {
            let context = ReportContext(store: store, unit: unit, period: period, labels: try labels[plugin.id]!.get(),
                                        language: language, memo: memo)
            if let plugin = plugin as? any DetachedReportPlugin {
                detach(try plugin.prepareReport(context))
                return nil
            }
            return .success(try plugin.makeReport(context))
        } catch {
            return .failure(error)
        }
    }

    /// `count` replicas of this session for plugins run at once, opened once
    /// and kept; fewer when the store cannot be opened again (the plugins then
    /// share the threads there are).
    private func replicas(_ count: Int) -> [ReportSession] {
        while pluginReplicas.count < count, let replica = try? replica() { pluginReplicas.append(replica) }
        return Array(pluginReplicas.prefix(max(count, 0)))
    }
}

/// The reports made for one unit and period, and what failed on the way.
public struct ReportRun: Sendable {
    /// Nil when not even the document header could be made.
    public var bundle: ReportBundle?
    /// One line per plugin (or the header) that failed; the other reports are in `bundle`.
    public var failures: [Message]

    /// Whether there is anything to write.
    public var hasReports: Bool { !(bundle?.reports.isEmpty ?? true) }
}
