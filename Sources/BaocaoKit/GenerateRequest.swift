public import Foundation
public import ReportModel
public import ReportWriters

/// What `baocao generate` was asked for, as typed values.
public struct GenerateRequest: Sendable {
    public var setup: ReportSetup
    public var period: Period
    /// The report unit's id; nil for the dataset's root.
    public var unitID: String?
    /// Format names (`xlsx`, `csv`, `txt`, `json`), resolved by the engine's writers.
    public var formats: [String]
    public var output: URL
    /// The document's date; nil for the period's last day (keeps output reproducible).
    public var date: Day?
    /// The document's number (`--number 45` gives `Số 45-BC/HU`); nil leaves a blank to fill in by hand.
    public var number: String?
    public var writerOptions: WriterOptions

    /// The writer options in the report's language, whatever `writerOptions.language` says.
    var writing: WriterOptions {
        var options = writerOptions
        options.language = setup.language
        return options
    }

    public init(setup: ReportSetup, period: Period, unitID: String? = nil,
                formats: [String] = ["xlsx", "csv", "txt", "json"], output: URL = URL(fileURLWithPath: "out"),
                date: Day? = nil, number: String? = nil, writerOptions: WriterOptions = WriterOptions()) {
        self.setup = setup
        self.number = number
        self.period = period
        self.unitID = unitID
        self.formats = formats
        self.output = output
        self.date = date
        self.writerOptions = writerOptions
    }

    /// A request with the setup's fields given inline.
    public init(data: URL, period: Period, unitID: String? = nil, pluginIDs: [String] = [],
                formats: [String] = ["xlsx", "csv", "txt", "json"], output: URL = URL(fileURLWithPath: "out"),
                templates: URL? = nil, pluginDirectories: [URL] = [], language: String = "vi", date: Day? = nil,
                writerOptions: WriterOptions = WriterOptions()) {
        self.init(setup: ReportSetup(data: data, pluginIDs: pluginIDs, pluginDirectories: pluginDirectories,
                                     templates: templates, language: language),
                  period: period, unitID: unitID, formats: formats, output: output, date: date,
                  writerOptions: writerOptions)
    }
}

/// What `generate` made.
public struct GenerateOutcome: Sendable {
    /// Every file written, in writing order.
    public var files: [URL]
    /// One-line notices: skipped plugins, dataset warnings.
    public var notices: [Message]
    /// The documents made, for callers that want the numbers.
    public var bundle: ReportBundle
}
