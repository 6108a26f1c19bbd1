import ArgumentParser
import BaocaoKit
import DatasetReaders
import Foundation
import ReportModel
import Synchronization

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Make generate's output set for many units and periods, from one load of the dataset.",
        discussion: """
            Files are named as generate names them, so a batch file equals the generate file for the same \
            unit and period. OUT/manifest.json lists every output set with its files' sizes and SHA-256 sums. \
            A unit that fails does not stop the others; the failures are listed at the end (exit 3). \
            Interrupted, a batch leaves only complete files; --resume finishes it.
            """)

    @Option(help: "Periods, comma-separated, and ranges such as 2023-Q1..2024-Q4.")
    var period: String

    @Option(help: ArgumentHelp(
        "Unit kinds, comma-separated (default: grassroots_committee,grassroots_branch).",
        valueName: "kind,..."))
    var level: String?

    @Option(help: ArgumentHelp("Unit ids, comma-separated, instead of --level.", valueName: "id,..."))
    var units: String?

    @Option(help: "Output sets made and written at once; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Skip output sets the manifest lists as complete for the same input.")
    var resume = false

    @OptionGroup var options: ReportOptions

    func validate() throws {
        guard jobs >= 1 else { throw Console.shared.usageError(Message("--jobs must be at least 1")) }
        if level != nil && units != nil { throw Console.shared.usageError(Message("give --level or --units, not both")) }
    }

    func run() throws {
        let request = BatchRequest(
            setup: options.setup, periods: try PeriodOption.parseList(period), units: try chosenUnits(),
            formats: options.formats, output: options.output, date: options.day, writerOptions: options.writerOptions,
            jobs: jobs, resume: resume)
        let display = ProgressDisplay(terminal: isatty(STDERR_FILENO) == 1)
        let outcome: BatchOutcome
        do {
            outcome = try BatchRunner().run(request) { display.show($0) }
        } catch {
            display.end()
            throw error
        }
        display.end()
        let console = Console.shared
        for notice in outcome.notices {
            console.note(notice)
        }
        let made = outcome.written.count
        let sets = made == 1 ? Message("1 output set") : Message("\(made) output sets")
        console.say(Message("\(sets) written, \(outcome.skipped) already complete, "
                            + "\(outcome.failed.count) failed; manifest: \(relativePath(outcome.manifest))"))
        guard outcome.failed.isEmpty else {
            throw BaocaoError.partialFailure(outcome.failed.map { entry in
                Message("\(entry.unit) \(entry.period) failed: \(Message.joined(entry.errors, separator: "; "))")
            })
        }
    }

    private func chosenUnits() throws -> BatchRequest.Units {
        if let units {
            let ids = units.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !ids.isEmpty else { throw Console.shared.usageError(Message("--units: no unit id given")) }
            return .listed(ids)
        }
        guard let level else { return .grassroots }
        var kinds: Set<UnitKind> = []
        for name in level.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = UnitKind(rawValue: name) else {
                let known = UnitKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw Console.shared.usageError(
                    Message("--level: unknown unit kind \"\(name)\": expected one of \(known)"))
            }
            kinds.insert(kind)
        }
        guard !kinds.isEmpty else { throw Console.shared.usageError(Message("--level: no unit kind given")) }
        return .kinds(kinds)
    }
}

/// The batch's progress on standard error: a bar redrawn in place on a
/// terminal, a plain line every few seconds otherwise (logs, CI).
final class ProgressDisplay: Sendable {
    private struct State {
        var lastShown: ContinuousClock.Instant?
        var drawn = false
    }

    private let terminal: Bool
    private let state = Mutex(State())

    init(terminal: Bool) {
        self.terminal = terminal
    }

    func show(_ progress: BatchProgress) {
        state.withLock { state in
            let now = ContinuousClock.now
            let interval: Duration = terminal ? .milliseconds(100) : .seconds(5)
            let last = progress.done == progress.total
            if let shown = state.lastShown, now - shown < interval, !last { return }
            state.lastShown = now
            if terminal {
                write("\r\u{1B}[K" + bar(progress))
                state.drawn = true
            } else {
                write("baocao: " + summary(progress) + "\n")
            }
        }
    }

    /// Ends the bar's line, so what follows starts on its own.
    func end() {
        state.withLock { state in
            if state.drawn { write("\n") }
            state.drawn = false
        }
    }

    private func bar(_ progress: BatchProgress) -> String {
        let width = 30
        let filled = progress.total > 0 ? width * progress.done / progress.total : width
        return "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled) + "] "
            + summary(progress)
    }

    private func summary(_ p: BatchProgress) -> String {
        let console = Console.shared
        var text = console.text(Message("\(p.done)/\(p.total) output sets, \(String(format: "%.1f", p.rate))/s"))
        if let remaining = p.remaining, p.done < p.total {
            text += console.text(Message(", \(Int(remaining.rounded(.up))) s left"))
        }
        if p.failed > 0 { text += console.text(Message(", \(p.failed) failed")) }
        return text
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
