public import ReportModel

/// A declarative plugin's `plugin.yaml`, as written (docs/plugin-yaml.md).
/// `PluginManifest+Checks` checks what decoding cannot: ids, references
/// between columns, limits.
public struct PluginManifest: Sendable, Decodable {
    public static let formatID = "baocao.plugin/1"

    public struct Parameter: Sendable, Decodable {
        /// `number`, `integer` or `text`; default `number` when the default is a number.
        public var type: String?
        public var `default`: ScalarValue
        public var description: LocalizedText?
    }

    public struct Limits: Sendable, Decodable {
        /// Per query, in milliseconds.
        public var timeMS: Int?
        public var maxRows: Int?

        enum CodingKeys: String, CodingKey { case timeMS = "time_ms", maxRows = "max_rows" }
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
    public var tables: [Table]
    var narrative: LocalizedParagraphs?
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
