public import ReportModel
public import DatasetReaders

/// A report plugin: from the dataset in the store, for one unit and period,
/// it makes one report document (SPEC §4, §7).
///
/// How to implement:
/// - Give a stable `id` (used in file names and `--plugin`) and list the
///   dataset tables you read in `requiredTables`; the engine skips the plugin,
///   with a notice, when one of them is missing.
/// - Read only through `context.store` (SQL over the tables of SPEC §1) and
///   take every word from `context.labels`, so users can reword reports.
/// - Return rows by unit with `UnitRows` (SPEC §3); keep numbers unrounded.
/// - Be a value type with no mutable state: plugins run concurrently later.
///
/// ```swift
/// struct MemberCountPlugin: ReportPlugin {
///     let id = "member-count"
///     let version = "1.0"
///     let requiredTables = ["units", "member_events"]
///     func makeReport(_ context: ReportContext) throws -> ReportDocument { … }
/// }
/// ```
public protocol ReportPlugin: Sendable {
    /// Stable identifier, e.g. `member-growth`.
    var id: String { get }
    var version: String { get }
    /// Built-in, declarative or external.
    var kind: PluginKind { get }
    /// Where the plugin was found: `built-in`, or its folder.
    var origin: String { get }
    /// Dataset tables the plugin reads, e.g. `["units", "members", "member_events"]`.
    var requiredTables: [String] { get }
    /// Dataset tables the plugin uses when they are given.
    var optionalTables: [String] { get }
    /// Tables the plugin brings: read from the dataset and put in the store like SPEC §1's.
    var inputTables: [TableSchema] { get }
    /// The parameters the plugin takes, with their defaults.
    var parameters: [PluginParameter] { get }
    /// Everything besides the data that the plugin's reports depend on: for
    /// a built-in its id and version, for a declarative plugin its `plugin.yaml`.
    /// `batch --resume` remakes a report whose plugin's definition changed.
    var definition: String { get }
    /// The plugin's title in `language`; built-ins read theirs from the templates.
    func title(language: String, templates: TemplateSet) -> String?
    /// The words the engine hands the plugin in `ReportContext.labels`.
    func labels(from templates: TemplateSet) throws -> PluginLabels
    /// Makes the report; throws, with a message a user can act on, when it cannot.
    func makeReport(_ context: ReportContext) throws -> ReportDocument
}

/// The three kinds of plugin SPEC §7 names, as `plugins list` shows them.
public enum PluginKind: String, Sendable, CaseIterable {
    /// Swift code compiled into baocao.
    case builtIn = "built-in"
    /// A folder with a `plugin.yaml` of SQL queries, labels and a narrative.
    case declarative
    /// Any executable speaking JSON on stdin and stdout.
    case external
}

/// A value a plugin takes, usable in its queries as `:name`.
public struct PluginParameter: Sendable, Hashable {
    public let name: String
    /// `number`, `integer` or `text`.
    public let type: String
    public let defaultValue: String
    public let description: String?

    public init(name: String, type: String, defaultValue: String, description: String?) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.description = description
    }
}

extension ReportPlugin {
    public var kind: PluginKind { .builtIn }
    public var origin: String { "built-in" }
    public var optionalTables: [String] { [] }
    public var inputTables: [TableSchema] { [] }
    public var parameters: [PluginParameter] { [] }
    public var definition: String { "\(id) \(version)" }

    public func title(language: String, templates: TemplateSet) -> String? {
        try? labels(from: templates).title
    }

    public func labels(from templates: TemplateSet) throws -> PluginLabels {
        try templates.labels(for: id)
    }
}

/// A plugin whose work, once it has read the store, goes on without it — an
/// external program — so the engine runs several at once, beside the others.
public protocol DetachedReportPlugin: ReportPlugin {
    /// Reads what the report needs from `context`, on the store's thread, and
    /// returns the rest of the work, which may run on any thread.
    func prepareReport(_ context: ReportContext) throws -> @Sendable () throws -> ReportDocument
}

extension DetachedReportPlugin {
    public func makeReport(_ context: ReportContext) throws -> ReportDocument {
        try prepareReport(context)()
    }
}
