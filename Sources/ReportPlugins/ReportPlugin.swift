public import ReportModel

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
    /// Dataset tables the plugin reads, e.g. `["units", "members", "member_events"]`.
    var requiredTables: [String] { get }
    /// Makes the report; throws, with a message a user can act on, when it cannot.
    func makeReport(_ context: ReportContext) throws -> ReportDocument
}
