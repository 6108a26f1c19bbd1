public import Foundation
internal import Dispatch
package import Yams
public import ReportModel

/// Reads a dataset folder (SPEC §1): `dataset.yaml` and the CSV tables found,
/// then validates them. Never modifies the files.
public struct DatasetLoader: Sendable {
    /// What loading found: the rows that could be read, every membership span,
    /// and every problem (errors and warnings).
    public struct Result: Sendable {
        public var dataset: Dataset
        public var memberships: [MembershipSpan]
        public var problems: [Problem]
        /// `members.csv: 3.812 rows`, per table read, for `validate`'s summary.
        public var tablesRead: [(table: String, file: String, rows: Int)]

        public var isValid: Bool { problems.errors.isEmpty }
    }

    public init() {}

    /// Loads the dataset at `url`: a folder of tables, or a SQLite file
    /// (`.sqlite`, `.sqlite3`, `.db`) with `dataset.yaml` optionally beside it.
    /// `pluginTables` are the tables plugins declared: read, checked and
    /// listed like SPEC's; a name that is a built-in table's, or not a SQL
    /// identifier (`[a-z_][a-z0-9_]*`), is a problem and the table is not read.
    /// Throws only when there is nothing there to read.
    /// `whenRead` is given each table's rows as soon as they are read (from the
    /// reading thread; tables may come in any order), before the dataset is checked;
    /// `whenReplayed` every membership span as soon as the events are replayed.
    public func load(_ url: URL, pluginTables: [TableSchema] = [],
                     whenRead: (@Sendable (TableSchema, Dataset) -> Void)? = nil,
                     whenReplayed: (@Sendable ([MembershipSpan]) -> Void)? = nil) throws(DatasetLocationError)
        -> Result
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DatasetLocationError(path: url.path, message: Message("no such file or folder"))
        }
        var problems: [Problem] = []
        let pluginTables = acceptable(pluginTables, problems: &problems)
        let schemas = TableSchema.builtIn + pluginTables
        var sources: DatasetSources
        let folder: URL
        if isDirectory.boolValue {
            sources = DatasetSources(folder: url, tables: schemas.map(\.name))
            folder = url
        } else if DatasetSources.sqliteExtensions.contains(url.pathExtension.lowercased()) {
            sources = DatasetSources(sqliteFile: url, tables: schemas.map(\.name))
            folder = url.deletingLastPathComponent()
        } else {
            throw DatasetLocationError(path: url.path, message:
                Message("a dataset is a folder of tables (CSV or Excel) or a SQLite file (.sqlite, .db)"))
        }
        problems += sources.problems
        var dataset = Dataset()
        dataset.pluginTables = pluginTables
        dataset.config = readConfig(folder, problems: &problems)
        dataset.unreadableTables = sources.unreadable
        dataset.tablesPresent = sources.unreadable
        var tablesRead: [(String, String, Int)] = []

        // Tables in CSV files of their own are read two at a time: each is
        // decoded into a part of its own, and the parts joined in table order.
        var taken: [(TableSchema, SourceTable)] = []
        for schema in schemas {
            guard let source = sources.take(schema.name) else { continue }
            dataset.tablesPresent.insert(schema.name)
            taken.append((schema, source))
        }
        let config = dataset.config
        var parts: [TablePart]
        if taken.allSatisfy(\.1.standsAlone) {
            // The largest first: the store starts on them while the others are read.
            let order = taken.indices.sorted { taken[$0].1.byteCount > taken[$1].1.byteCount }
            let read = Self.concurrentMap(order.map { taken[$0] }) {
                Self.read($0, from: $1, config: config, whenRead: whenRead)
            }
            var inOrder = [TablePart?](repeating: nil, count: read.count)
            for (position, index) in order.enumerated() { inOrder[index] = read[position] }
            parts = inOrder.compactMap { $0 }
        } else {
            parts = taken.map { Self.read($0, from: $1, config: config, whenRead: whenRead) }
        }
        for part in parts {
            dataset.absorb(part.rows, of: part.table)
            problems += part.problems
            if part.unreadable { dataset.unreadableTables.insert(part.table) }
            if let rows = part.rowCount { tablesRead.append((part.table, part.location, rows)) }
        }
        if dataset.tablesPresent.isEmpty, problems.isEmpty {
            let expected = schemas.map(\.name).joined(separator: ", ")
            problems.append(Problem(file: nil, line: nil,
                                    message: Message("no dataset table in \(url.path): expected CSV files or sheets "
                                                   + "named \(expected)")))
        }
        let validator = DatasetValidator(dataset, whenReplayed: whenReplayed)
        problems += validator.problems
        return Result(dataset: dataset, memberships: validator.memberships, problems: problems.sortedForDisplay(),
                      tablesRead: tablesRead)
    }

    /// One table read and decoded on its own: its rows in a dataset of their own.
    struct TablePart {
        let table: String
        let location: String
        var rows: Dataset
        var problems: [Problem]
        /// Given, but not to be trusted for references: unreadable, or required columns missing.
        var unreadable: Bool
        /// Records after the header; nil when the table could not be read to its end.
        var rowCount: Int?
    }

    static func read(_ schema: TableSchema, from source: SourceTable, config: DatasetConfig,
                     whenRead: (@Sendable (TableSchema, Dataset) -> Void)?) -> TablePart {
        var rows = Dataset(config: config)
        var decoder = TableDecoder(schema: schema, location: source.location, numberLocale: config.numberLocale,
                                   byteCount: source.byteCount)
        var part = TablePart(table: schema.name, location: source.location, rows: rows, problems: [],
                             unreadable: false, rowCount: nil)
        do {
            part.problems = try source.readRecords { record in decoder.take(record, into: &rows) }
        } catch {
            // A table read part-way leaves no rows behind: its own problem is the one to
            // fix, not the echoes of half a table.
            part.problems = [error.problem]
            part.unreadable = true
            return part
        }
        decoder.finish(into: &rows)
        part.rows = rows
        part.problems += decoder.problems
        part.rowCount = decoder.rowCount
        part.unreadable = !decoder.hasRequiredColumns
        whenRead?(schema, rows)
        return part
    }

    /// `transform` of each element, two or more at a time (one per core), in order.
    package static func concurrentMap<Element, Result>(_ elements: [Element],
                                                       _ transform: (Element) -> Result) -> [Result] {
        // Each iteration reads its own element and writes its own slot: nothing is shared.
        nonisolated(unsafe) var results = [Result?](repeating: nil, count: elements.count)
        nonisolated(unsafe) let elements = elements
        nonisolated(unsafe) let transform = transform
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                slots[index] = transform(elements[index])
            }
        }
        return results.map { $0! }
    }

    /// The plugin tables that can be read; a problem for each that cannot.
    private func acceptable(_ tables: [TableSchema], problems: inout [Problem]) -> [TableSchema] {
        let builtIn = Set(TableSchema.builtIn.map(\.name))
        // A reference names a table with ids: SPEC's or a plugin's.
        let referable = Set((TableSchema.builtIn + tables).filter { $0.columns.contains { $0.name == "id" } }.map(\.name))
        var accepted: [TableSchema] = []
        for table in tables {
            let badReference = table.columns.first { $0.references.map { !referable.contains($0) } ?? false }
            if builtIn.contains(table.name) {
                problems.append(Problem(file: nil, line: nil, message:

                        Message("a plugin declares the table \(table.name), which is a dataset table of baocao's own; "
                                + "rename it")))
            } else if !TableSchema.isSQLSafe(table.name) {
                problems.append(Problem(file: nil, line: nil, message:
                    Message("a plugin declares the table \"\(table.name)\"; a table name is lower-case letters, digits "
                          + "and _ (not first a digit)")))
            } else if let column = table.columns.first(where: { !TableSchema.isSQLSafe($0.name) }) {
                problems.append(Problem(file: nil, line: nil, message:
                    Message("a plugin declares the column \"\(column.name)\" in table \(table.name); a column name is "
                          + "lower-case letters, digits and _ (not first a digit)")))
            } else if table.columns.isEmpty || Set(table.columns.map(\.name)).count != table.columns.count {
                problems.append(Problem(file: nil, line: nil, message:
                    Message("a plugin's table \(table.name) must declare columns, each name once")))
            } else if let column = badReference {
                problems.append(Problem(file: nil, line: nil, message:
                    Message("a plugin's table \(table.name): column \(column.name) references "
                          + "\(column.references ?? ""), which is no table with an id column")))
            } else if accepted.contains(where: { $0.name == table.name }) {
                // Two plugins may bring the same table: the first declaration is read.
                continue
            } else {
                accepted.append(table)
            }
        }
        return accepted
    }

    private func readConfig(_ folder: URL, problems: inout [Problem]) -> DatasetConfig {
        let url = folder.appendingPathComponent("dataset.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return DatasetConfig() }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(Problem(file: "dataset.yaml", line: nil, message: Message("not UTF-8 text")))
            return DatasetConfig()
        }
        do {
            return try YAMLDecoder().decode(DatasetConfig.self, from: text.precomposedStringWithCanonicalMapping)
        } catch let error as YamlError {
            problems.append(error.problem(file: "dataset.yaml"))
        } catch let error as DecodingError {
            // Yams reports a syntax error as data corruption around its own, located, error.
            if case .dataCorrupted(let context) = error, let yaml = context.underlyingError as? YamlError {
                problems.append(yaml.problem(file: "dataset.yaml"))
            } else {
                problems.append(Problem(file: "dataset.yaml", line: nil, message: error.plainMessage))
            }
        } catch {
            problems.append(Problem(file: "dataset.yaml", line: nil, message: .verbatim("\(error)")))
        }
        return DatasetConfig()
    }
}

/// `--data` names nothing a dataset can be read from.
public struct DatasetLocationError: Error, CustomStringConvertible {
    public let path: String
    public let message: Message

    public var description: String { "\(path): \(message)" }
}

extension DecodingError {
    /// `key documents.by_kind: expected a mapping`, without Swift's type names.
    package var plainMessage: Message {
        func place(_ context: Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : "key \(keys.joined(separator: ".")): "
        }
        let kind = Self.kindName
        switch self {
        case .typeMismatch(let type, let context):
            return .placed(place(context), Message("expected \(kind(type))"))
        case .valueNotFound(let type, let context):
            return .placed(place(context), Message("expected \(kind(type)), found nothing"))
        case .dataCorrupted(let context):
            return .placed(place(context), .verbatim(context.debugDescription))
        case .keyNotFound(let key, let context):
            return .placed(place(context), Message("missing key \(key.stringValue)"))
        @unknown default:
            return .verbatim("\(self)")
        }
    }
}

extension DecodingError {
    /// What a YAML value of Swift type `type` is, as a message names it: `text`, `a list`…
    package static func kindName(_ type: Any.Type) -> Message {
        switch type {
        case is String.Type: Message("text")
        case is Int.Type, is Double.Type: Message("a number")
        case is Bool.Type: Message("true or false")
        case is [Any].Type: Message("a list")
        default: Message("a mapping")
        }
    }
}

extension YamlError {
    /// Where the YAML is broken, as `FILE:LINE: not valid YAML (column N): …`;
    /// the problem itself is libyaml's words.
    func problem(file: String) -> Problem {
        guard let (mark, what) = located else {
            return Problem(file: file, line: nil, message: Message("not valid YAML: \(String(describing: self))"))
        }
        return Problem(file: file, line: mark.line, message: Message("not valid YAML (column \(mark.column)): \(what)"))
    }

    /// Where libyaml stopped, and its words for why (with what it was reading).
    package var located: (mark: Mark, problem: String)? {
        switch self {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            (mark, (context.map { $0.text + ", " } ?? "") + problem)
        default:
            nil
        }
    }
}
