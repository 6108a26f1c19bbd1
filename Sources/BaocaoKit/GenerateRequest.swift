public import Foundation
public import ReportModel
public import ReportWriters

/// What `baocao generate` was asked for.
public struct GenerateRequest: Sendable {
    public var data: URL
    public var period: String
    /// The report unit's id; nil for the dataset's root.
    public var unitID: String?
    /// Plugins named with `--plugin`; empty for every registered plugin whose tables exist.
    public var pluginIDs: [String]
    /// A comma-separated `--format` list.
    public var formats: String
    public var output: URL
    /// `--templates`: a folder whose files take precedence over the bundled ones.
    public var templates: URL?
    /// `--plugins`: folders searched for plugins first (each must exist).
    public var pluginDirectories: [URL]
    /// `vi` or `en`.
    public var language: String
    /// The document's date; nil for the period's last day (keeps output reproducible).
    public var date: Day?
    public var writerOptions: WriterOptions

    public init(data: URL, period: String, unitID: String? = nil, pluginIDs: [String] = [],
                formats: String = "xlsx,csv,txt,json", output: URL = URL(fileURLWithPath: "out"),
                templates: URL? = nil, pluginDirectories: [URL] = [], language: String = "vi", date: Day? = nil,
                writerOptions: WriterOptions = WriterOptions()) {
        self.data = data
        self.period = period
        self.unitID = unitID
        self.pluginIDs = pluginIDs
        self.formats = formats
        self.output = output
        self.templates = templates
        self.pluginDirectories = pluginDirectories
        self.language = language
        self.date = date
        self.writerOptions = writerOptions
    }
}

/// What `generate` made.
public struct GenerateOutcome: Sendable {
    /// Every file written, in writing order.
    public var files: [URL]
    /// One-line notices: skipped plugins, dataset warnings.
    public var notices: [String]
    /// The documents made, for callers that want the numbers.
    public var bundle: ReportBundle
}
