public import ReportModel

/// A plugin's `plugin.yaml`, as written: a declarative plugin's queries and
/// labels (docs/plugin-yaml.md), or the `command` of an external one
/// (docs/plugin-protocol.md). `PluginManifest+Checks` checks what decoding
/// cannot: ids, references between columns, limits.
public struct PluginManifest: Sendable, Decodable {
    public static let formatID = "baocao.plugin/1"

    public struct Parameter: Sendable, Decodable {
        /// `number`, `integer` or `text`; default `number` when the default is a number.
        public var type: String?
        public var `default`: ScalarValue
        public var description: LocalizedText?
    }

    public struct Limits: Sendable, Decodable {
        /// Per query of a declarative plugin, per run of an external one, in milliseconds.
        public var timeMS: Int?
        /// Rows a declarative plugin's query may return.
        public var maxRows: Int?
        /// Megabytes an external plugin may print on stdout.
        public var maxOutputMB: Int?

        enum CodingKeys: String, CodingKey { case timeMS = "time_ms", maxRows = "max_rows", maxOutputMB = "max_output_mb" }
    }

    /// A table the plugin brings: read from the dataset like SPEC §1's.
    public struct Input: Sendable, Decodable {
        public struct Column: Sendable, Decodable {
            public var name: String
            /// One alias, or several separated by `|`.
            public var alias: String?
            public var aliases: [String]?
            public var type: String
            public var required: Bool?
            public var references: String?
            /// For `choice`: canonical id → Vietnamese label(s), several separated by `|`.
            public var values: [String: String]?
            public var min: Double?
        }

        public var label: LocalizedText?
        public var columns: [Column]
    }

    public struct Table: Sendable, Decodable {
        public struct Column: Sendable, Decodable {
            public var id: String
            public var label: LocalizedText
            public var type: ColumnType
            public var group: LocalizedText?
            /// Printed where the query gives no value.
            public var `default`: ScalarValue?
            /// `[numerator, denominator]`: the engine computes numerator / denominator × 100.
            public var ratio: [String]?
            /// Decimals shown (0…6); default the type's: counts none, percentages and decimals one.
            public var precision: Int?
        }

        public var id: String
        public var title: LocalizedText
        /// `by_unit` or `query` (the default).
        public var rows: String?
        public var query: String
        public var columns: [Column]
        /// `sum` or `none` (the default), for `query` tables.
        public var total: String?
        /// A text column: a subtotal row after each run of rows with the same value in it.
        public var subtotals: String?
        /// A chart of the table's rows: `{ kind: column, series: [a, b] }` (docs/plugin-yaml.md).
        public var chart: ChartDeclaration?

        var isByUnit: Bool { rows == "by_unit" }
    }

    public var format: String?
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var description: LocalizedText?
    public var requires: [String]
    public var optional: [String]?
    public var parameters: [String: Parameter]?
    public var limits: Limits?
    public var inputs: [String: Input]?
    /// An external plugin's program and its arguments, relative to the plugin's folder; nil for a declarative one.
    public var command: [String]?
    /// A declarative plugin's tables; none for an external one.
    public var tables: [Table] { declaredTables ?? [] }
    var declaredTables: [Table]?
    var narrative: LocalizedParagraphs?

    public var isExternal: Bool { command != nil }

    enum CodingKeys: String, CodingKey {
        case format, id, version, title, description, requires, optional, parameters, limits, inputs, command
        case declaredTables = "tables", narrative
    }
}

/// A YAML scalar given as a parameter's or a column's default: a number or text.
public enum ScalarValue: Hashable, Sendable, Decodable {
    case number(Double)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }
}

/// A plugin a `plugin.yaml` describes — declarative or external: its id,
/// version, tables, parameters and title are what the manifest says.
public protocol ManifestPlugin: ReportPlugin {
    var manifest: PluginManifest { get }
}

extension ManifestPlugin {
    public var id: String { manifest.id }
    public var version: String { manifest.version }
    public var requiredTables: [String] { manifest.requires }
    public var optionalTables: [String] { manifest.optional ?? [] }
    public var parameters: [PluginParameter] {
        (manifest.parameters ?? [:]).sorted { $0.key < $1.key }.map { name, parameter in
            PluginParameter(name: name, type: parameter.type ?? "number", defaultValue: parameter.default.text,
                            description: parameter.description?.text("vi"))
        }
    }

    public func title(language: String, templates: TemplateSet) -> String? { manifest.title.text(language) }

    /// Its words are in its manifest (or its program), not in the templates.
    public func labels(from templates: TemplateSet) throws -> PluginLabels { .none }
}
