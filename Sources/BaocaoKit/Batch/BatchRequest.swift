public import DatasetReaders
public import Foundation
public import ReportModel
public import ReportWriters

/// What `baocao batch` was asked for, as typed values: `generate`'s output
/// set for many units and periods.
public struct BatchRequest: Sendable {
    /// Which units get reports.
    public enum Units: Sendable, Equatable {
        /// Every unit of these kinds, in file order.
        case kinds(Set<UnitKind>)
        /// These units, in this order.
        case listed([String])

        /// The grassroots organisations: what an organisation department sends its quarterly workbooks to.
        public static let grassroots = Units.kinds([.grassrootsCommittee, .grassrootsBranch])
    }

    public var setup: ReportSetup
    public var periods: [Period]
    public var units: Units
    public var formats: [String]
    public var output: URL
    public var date: Day?
    public var writerOptions: WriterOptions

    /// The writer options in the report's language, whatever `writerOptions.language` says.
    var writing: WriterOptions {
        var options = writerOptions
        options.language = setup.language
        return options
    }
    /// Output sets written at once; at least 1.
    public var jobs: Int
    /// Skip output sets the manifest lists as complete for the same input, with their files intact.
    public var resume: Bool

    public init(setup: ReportSetup, periods: [Period], units: Units = .grassroots,
                formats: [String] = ["xlsx", "csv", "txt", "json"], output: URL = URL(fileURLWithPath: "out"),
                date: Day? = nil, writerOptions: WriterOptions = WriterOptions(),
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, resume: Bool = false) {
        self.setup = setup
        self.periods = periods
        self.units = units
        self.formats = formats
        self.output = output
        self.date = date
        self.writerOptions = writerOptions
        self.jobs = max(1, jobs)
        self.resume = resume
    }
}

/// How far a batch has got, for a progress bar.
public struct BatchProgress: Sendable {
    /// Output sets finished (written, failed or skipped as already complete).
    public var done: Int
    public var total: Int
    public var failed: Int
    public var skipped: Int
    /// Seconds since the reports started (after loading).
    public var elapsed: Double

    /// Output sets per second so far.
    public var rate: Double { elapsed > 0 ? Double(done - skipped) / elapsed : 0 }

    /// Seconds left at the rate so far; nil before there is a rate.
    public var remaining: Double? { rate > 0 ? Double(total - done) / rate : nil }
}

/// What a batch made.
public struct BatchOutcome: Sendable {
    /// Output sets made now, complete or failed.
    public var written: [BatchManifest.Entry]
    /// Output sets skipped by `--resume` as already complete.
    public var skipped: Int
    /// The folder's manifest after this batch.
    public var manifest: URL
    /// Dataset warnings and plugins skipped for want of their tables.
    public var notices: [Message]
    /// Seconds spent loading the dataset, and making and writing the reports.
    public var loadSeconds: Double
    public var reportSeconds: Double

    public var failed: [BatchManifest.Entry] { written.filter { $0.status == .failed } }
}
