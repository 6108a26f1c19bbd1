public import ReportModel
internal import Foundation

/// The one declaration of a dataset table (SPEC §1.3): its columns, each with
/// its canonical name, Vietnamese aliases, type, whether it is required, the
/// table its value must name and its smallest value. Reading (header
/// matching, typing each cell with the messages of SPEC §1.1), the checks of
/// required values, references and minimums, and the store's tables and
/// inserts all follow from it: adding a table — built in or a plugin's — is
/// writing one `TableSchema`.
///
/// ```swift
/// let classes = TableSchema(name: "training_classes", columns: [
///     .init("unit_id", aliases: ["Mã đơn vị"], required: true, references: "units"),
///     .init("opened_on", aliases: ["Ngày khai giảng"], type: .date, required: true),
///     .init("students", aliases: ["Số học viên"], type: .integer, required: true, minimum: 0),
/// ])
/// ```
public struct TableSchema: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        /// The canonical English name, also the store's column name.
        public let name: String
        /// Vietnamese header names accepted in its place.
        public let aliases: [String]
        public let type: ColumnType
        /// A required column must be in the header and every row must give a value.
        public let required: Bool
        /// A table whose `id` the value must name (`units`, `members`); not
        /// checked when that table is absent or unreadable.
        public let references: String?
        /// The smallest value a number may take (0 for counts).
        public let minimum: Double?
        /// What an empty cell stands for, written as a cell would be (`pending`).
        public let defaultValue: String?

        public init(_ name: String, aliases: [String] = [], type: ColumnType = .text, required: Bool = false,
                    references: String? = nil, minimum: Double? = nil, default defaultValue: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.type = type
            self.required = required
            self.references = references
            self.minimum = minimum
            self.defaultValue = defaultValue
        }

        /// Matches a header cell by canonical name or alias, after NFC, ignoring case.
        func matches(header: String) -> Bool {
            let folded = header.foldedForMatching
            return name.foldedForMatching == folded || aliases.contains { $0.foldedForMatching == folded }
        }

        /// `"name" or "Tên đơn vị"`, for messages.
        var accepted: String { ([name] + aliases).map { "\"\($0)\"" }.joined(separator: " or ") }
    }

    /// The table's name: `NAME.csv`, the sheet `NAME`, the SQLite and store table `NAME`.
    public let name: String
    public let columns: [Column]

    public init(name: String, columns: [Column]) {
        self.name = name
        self.columns = columns
    }

    /// The position of the column `name` in `columns`; the column must be declared.
    public func position(of name: String) -> Int {
        guard let index = columns.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("table \(self.name) declares no column \(name)")
        }
        return index
    }

    /// Whether `name` may name a table in SQL unquoted: `[a-z_][a-z0-9_]*`.
    public static func isSQLSafe(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// How messages name one row's kind: `unit`, `economic model`.
    var rowNoun: Message {
        switch name {
        case "units": Message("unit")
        case "members": Message("member")
        case "disciplines": Message("discipline")
        case "petitions": Message("petition")
        case "economic_models": Message("economic model")
        default: .verbatim(name)
        }
    }
}

extension TableSchema {
    /// What a column holds, and so how its cells are read and stored.
    public enum ColumnType: Hashable, Sendable {
        /// Any text (stored as TEXT).
        case text
        /// A whole number (INTEGER).
        case integer
        /// A number, `1234.5` or, with `number_locale: vi`, `1.234,5` (REAL).
        case number
        /// `YYYY-MM-DD`, `DD/MM/YYYY`, `D/M/YYYY` or a workbook date cell (TEXT `YYYY-MM-DD`).
        case date
        /// A period id (SPEC §2), stored as `NAME` plus its first and last days, `NAME_start` and `NAME_end`.
        case period
        /// `yes`/`no`, `có`/`không`, `1`/`0`, `true`/`false` (INTEGER 1 or 0).
        case bool
        /// One of a closed list of values, given by id or Vietnamese label (TEXT, the id).
        case choice(Choices)

        /// The choices of a vocabulary enum (`Gender`, `EventType`…), in its order.
        public static func choice<V: Vocabulary>(_ type: V.Type) -> ColumnType {
            .choice(Choices(choices(of: V.self), noun: V.noun))
        }
    }

    /// One value of a choice column: its canonical id and the Vietnamese labels accepted for it.
    public struct Choice: Hashable, Sendable {
        public let id: String
        /// The first is the display label.
        public let labels: [String]

        public init(_ id: String, labels: [String]) {
            self.id = id
            self.labels = labels
        }
    }

    /// A choice column's values, and what they are, for messages (`gender`).
    public struct Choices: Hashable, Sendable {
        public var values: [Choice] { lookup.values }
        /// `gender`, `event type`; nil: the column's name.
        public var noun: Message? { lookup.noun }
        /// Shared, so that reading a cell copies one reference, not the lists.
        private let lookup: Lookup

        public init(_ values: [Choice], noun: Message? = nil) {
            lookup = Lookup(values: values, noun: noun)
        }

        /// The id of the value `text` names by id or label, case-insensitively after NFC.
        func id(of text: String) -> String? {
            // Most cells are spelled as an id, and a few comparisons of short texts cost less than a hash.
            if lookup.values.count <= 16, let value = lookup.values.first(where: { $0.id == text }) { return value.id }
            if let index = lookup.exact[text] { return lookup.values[index].id }
            let wanted = text.foldedForMatching
            return lookup.values.first { value in
                value.id.foldedForMatching == wanted || value.labels.contains { $0.foldedForMatching == wanted }
            }?.id
        }

        /// The id of the value whose id `bytes` spell exactly, as `id(of:)`
        /// finds first; nil for any other spelling, left to `id(of:)`.
        func id(spelledIn bytes: UnsafeBufferPointer<UInt8>) -> String? {
            index(spelledIn: bytes).map { lookup.values[$0].id }
        }

        /// The position among `values` of the value whose id `bytes` spell exactly, as `id(spelledIn:)`.
        func index(spelledIn bytes: UnsafeBufferPointer<UInt8>) -> Int? { lookup.index(spelledIn: bytes) }

        /// `male (Nam) or female (Nữ)`, for messages.
        var expected: Message {
            let all = values.map { "\($0.id) (\($0.labels.joined(separator: " / ")))" }
            guard let last = all.last, all.count > 1 else { return .verbatim(all.joined()) }
            return Message("\(all.dropLast().joined(separator: ", ")) or \(last)")
        }

        public static func == (lhs: Choices, rhs: Choices) -> Bool { lhs.values == rhs.values && lhs.noun == rhs.noun }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(values)
            hasher.combine(noun)
        }

        /// Immutable once made; `@unchecked` only for the ids' bytes it owns.
        private final class Lookup: @unchecked Sendable {
            let values: [Choice]
            let noun: Message?
            /// Exact spellings (ids and labels) → position: most cells are spelled exactly.
            let exact: [String: Int]
            /// The values' ids' bytes one after another, and where each lies:
            /// every choice cell of a dataset is first compared with them.
            private let idBytes: UnsafeMutableBufferPointer<UInt8>
            private let ids: UnsafeMutableBufferPointer<(start: Int, count: Int)>

            init(values: [Choice], noun: Message?) {
                self.values = values
                self.noun = noun
                var exact: [String: Int] = [:]
                for (index, value) in values.enumerated() {
                    for spelling in [value.id] + value.labels where exact[spelling] == nil { exact[spelling] = index }
                }
                self.exact = exact
                let bytes = values.flatMap(\.id.utf8)
                idBytes = .allocate(capacity: bytes.count)
                _ = idBytes.initialize(from: bytes)
                ids = .allocate(capacity: values.count)
                var start = 0
                for (index, value) in values.enumerated() {
                    ids.initializeElement(at: index, to: (start, value.id.utf8.count))
                    start += value.id.utf8.count
                }
            }

            deinit {
                idBytes.deallocate()
                ids.deallocate()
            }

            func index(spelledIn bytes: UnsafeBufferPointer<UInt8>) -> Int? {
                guard ids.count <= 16, let cell = bytes.baseAddress, let all = idBytes.baseAddress else { return nil }
                for index in ids.indices where ids[index].count == bytes.count {
                    if memcmp(all + ids[index].start, cell, bytes.count) == 0 { return index }
                }
                return nil
            }
        }
    }
}
