internal import DatasetReaders
internal import Dispatch
internal import Foundation
internal import ReportModel
internal import ReportWriters
internal import Synchronization

/// `baocao batch`: `generate`'s output set for every chosen unit and period,
/// from one load of the dataset.
///
/// `jobs` workers take the units in turn, each making a unit's reports with a
/// session of its own over the one store (each built-in counts what it needs
/// for every unit once per worker, see `PluginMemo`) and writing its files
/// through `OutputDirectory`'s temporary names; each output set is then summed
/// and journaled (`BatchManifest`). A failing unit is recorded and the others go on.
public struct BatchRunner: Sendable {
    public var engine: ReportEngine

    public init(engine: ReportEngine = ReportEngine()) {
        self.engine = engine
    }

    /// Runs the batch; `progress` is called, from any thread, after each output set.
    public func run(_ request: BatchRequest, progress: @escaping @Sendable (BatchProgress) -> Void = { _ in })
        throws(BaocaoError) -> BatchOutcome
    {
        let writers = try engine.writers(for: request.formats, options: request.writing)
        let loadStart = ContinuousClock.now
        let session = try ReportSession(request.setup, engine: engine)
        let units = try Self.units(request.units, in: session)

        let output = OutputDirectory(request.output, flushesEachFile: false)
        do {
            try output.create()
        } catch {
            throw .invalidArgument(.output, Message("cannot create \(request.output.path): "
                                                  + "\(error.localizedDescription)"))
        }
        output.removeAbandonedTemporaries()
        let manifests = ManifestStore(folder: request.output)
        // A manifest that cannot be read stops the batch before any work, not after it.
        let manifest: BatchManifest
        do {
            manifest = try manifests.locked { try manifests.read() }
        } catch {
            throw .invalidArgument(.output, Message("\(error)"))
        }
        let previous = request.resume
            ? Dictionary(manifest.outputs.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last }) : [:]
        let input: String
        do {
            input = try InputFingerprint.of(request, plugins: session.plugins)
        } catch {
            throw .partialFailure([Message("cannot read the input to fingerprint it: \(error)")])
        }
        let versions = Dictionary(session.plugins.map { ($0.id, $0.version) }, uniquingKeysWith: { first, _ in first })
        let loadSeconds = Self.seconds(since: loadStart)

        // Every unit × period still to make; skipped ones are done now.
        let reportStart = ContinuousClock.now
        let tally = Tally(total: units.count * request.periods.count, start: reportStart)
        var pending: [(unit: PartyUnit, period: Period)] = []
        for period in request.periods {
            for unit in units {
                if let done = previous[period.id + "\u{1F}" + unit.id], done.status == .complete, done.input == input,
                   Self.filesIntact(done, in: request.output) {
                    progress(tally.skip())
                } else {
                    pending.append((unit, period))
                }
            }
        }

        // `jobs` workers, each with a session of its own over the one store,
        // take the next unit, make its reports and write them.
        let work = pending
        var sessions = [session]
        while sessions.count < min(request.jobs, max(1, work.count)) { sessions.append(try session.replica()) }
        let next = Atomic<Int>(0)
        let workers = DispatchGroup()
        for worker in sessions.map(SessionOnOneThread.init) {
            DispatchQueue.global().async(group: workers) {
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < work.count else { return }
                    let (unit, period) = work[index]
                    let run = worker.session.report(unit: unit, period: period, date: request.date)
                    let entry = Self.write(run, unit: unit, period: period, with: writers, to: output,
                                           options: request.writing, input: input, versions: versions)
                    var problem: Message?
                    do {
                        try manifests.locked { try manifests.journal(entry) }
                    } catch {
                        problem = Message("\(error)")
                    }
                    progress(tally.finish(entry, problem: problem))
                }
            }
        }
        workers.wait()

        let manifestURL = manifests.manifestURL
        do {
            output.synchronize()
            _ = try manifests.locked { try manifests.fold() }
        } catch {
            tally.problem(Message("\(error)"))
        }
        let (written, skipped, problems) = tally.results
        if !problems.isEmpty { throw .partialFailure(problems) }
        return BatchOutcome(written: written, skipped: skipped, manifest: manifestURL, notices: session.notices,
                            loadSeconds: loadSeconds, reportSeconds: Self.seconds(since: reportStart))
    }

    /// The chosen units, in file order for kinds and as listed otherwise.
    static func units(_ choice: BatchRequest.Units, in session: ReportSession) throws(BaocaoError) -> [PartyUnit] {
        switch choice {
        case .kinds(let kinds):
            let units = session.units(ofKinds: kinds)
            guard !units.isEmpty else {
                let names = kinds.map(\.rawValue).sorted().joined(separator: ", ")
                throw .invalidArgument(.level, Message("the dataset has no unit of kind \(names)"))
            }
            return units
        case .listed(let ids):
            var units: [PartyUnit] = []
            var seen: Set<String> = []
            for id in ids where seen.insert(id).inserted {
                do {
                    units.append(try session.unit(id))
                } catch .invalidArgument(_, let message) {
                    throw .invalidArgument(.units, message)
                } catch {
                    throw error
                }
            }
            guard !units.isEmpty else { throw .invalidArgument(.units, Message("no unit given")) }
            return units
        }
    }

    /// Writes one output set and describes it for the manifest.
    static func write(_ run: ReportRun, unit: PartyUnit, period: Period, with writers: [any ReportWriter],
                      to output: OutputDirectory, options: WriterOptions, input: String,
                      versions: [String: String]) -> BatchManifest.Entry {
        var errors = run.failures
        var files: [BatchManifest.Entry.File] = []
        var plugins: [String: String] = [:]
        if let bundle = run.bundle, run.hasReports {
            for report in bundle.reports { plugins[report.plugin] = versions[report.plugin] }
            let written = ReportEngine.write(bundle, with: writers, to: output, options: options)
            errors += written.failures
            for url in written.files {
                do {
                    let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
                    files.append(.init(name: url.lastPathComponent, size: size, sha256: try SHA256.file(url)))
                } catch {
                    errors.append(Message("cannot read back \(url.path): \(error.localizedDescription)"))
                }
            }
        }
        return BatchManifest.Entry(
            unit: unit.id, unitName: unit.name, period: period.id, status: errors.isEmpty ? .complete : .failed,
            input: input, plugins: plugins, files: files, errors: errors)
    }

    /// Whether every file of `entry` is in `folder` with its recorded size and sum.
    static func filesIntact(_ entry: BatchManifest.Entry, in folder: URL) -> Bool {
        entry.files.allSatisfy { file in
            let url = folder.appendingPathComponent(file.name)
            guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
                  size == file.size
            else { return false }
            return (try? SHA256.file(url)) == file.sha256
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// A session handed to the one worker thread that uses it, and to no other.
private struct SessionOnOneThread: @unchecked Sendable {
    let session: ReportSession
}

/// The batch's results as the writers finish them, from any thread.
private final class Tally: Sendable {
    private struct State {
        var written: [BatchManifest.Entry] = []
        var skipped = 0
        var failed = 0
        var problems: [Message] = []
    }

    private let state = Mutex(State())
    private let total: Int
    private let start: ContinuousClock.Instant

    init(total: Int, start: ContinuousClock.Instant) {
        self.total = total
        self.start = start
    }

    func skip() -> BatchProgress {
        state.withLock { state in
            state.skipped += 1
            return progress(state)
        }
    }

    func finish(_ entry: BatchManifest.Entry, problem: Message?) -> BatchProgress {
        state.withLock { state in
            state.written.append(entry)
            if entry.status == .failed { state.failed += 1 }
            if let problem { state.problems.append(problem) }
            return progress(state)
        }
    }

    func problem(_ message: Message) {
        state.withLock { $0.problems.append(message) }
    }

    /// Output sets by period, then unit id, whatever order they finished in.
    var results: (written: [BatchManifest.Entry], skipped: Int, problems: [Message]) {
        state.withLock { state in
            (state.written.sorted { ($0.period, $0.unit) < ($1.period, $1.unit) }, state.skipped, state.problems)
        }
    }

    private func progress(_ state: State) -> BatchProgress {
        BatchProgress(done: state.written.count + state.skipped, total: total, failed: state.failed,
                      skipped: state.skipped, elapsed: BatchRunner.seconds(since: start))
    }
}
