public import Foundation
internal import Yams

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
    public func load(_ url: URL, pluginTables: [TableSchema] = []) throws(DatasetLocationError) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DatasetLocationError(path: url.path, message: "no such file or folder")
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
                "a dataset is a folder of tables (CSV or Excel) or a SQLite file (.sqlite, .db)")
        }
        problems += sources.problems
        var dataset = Dataset()
        dataset.pluginTables = pluginTables
        dataset.config = readConfig(folder, problems: &problems)
        dataset.unreadableTables = sources.unreadable
        dataset.tablesPresent = sources.unreadable
        var tablesRead: [(String, String, Int)] = []

        for schema in schemas {
            // Taken out of `sources`: a workbook is closed once its last table is read.
            guard let source = sources.take(schema.name) else { continue }
            dataset.tablesPresent.insert(schema.name)
            var decoder = TableDecoder(schema: schema, location: source.location, numberLocale: dataset.config.numberLocale)
            // A table read part-way leaves no rows behind: its own problem is the one to fix, not
            // the echoes of half a table. Free to keep: only this table's (still empty) rows change.
            let beforeTable = dataset
            do {
                problems += try source.readRecords { record in decoder.take(record, into: &dataset) }
            } catch {
                problems.append(error.problem)
                dataset = beforeTable
                dataset.unreadableTables.insert(schema.name)
                continue
            }
            decoder.finish(into: &dataset)
            problems += decoder.problems
            tablesRead.append((schema.name, source.location, decoder.rowCount))
            if !decoder.hasRequiredColumns { dataset.unreadableTables.insert(schema.name) }
        }
        if dataset.tablesPresent.isEmpty, problems.isEmpty {
            let expected = schemas.map(\.name).joined(separator: ", ")
            problems.append(Problem(file: nil, line: nil,
                                    message: "no dataset table in \(url.path): expected CSV files or sheets named \(expected)"))
        }
        let validator = DatasetValidator(dataset)
        problems += validator.problems
        return Result(dataset: dataset, memberships: validator.memberships, problems: problems.sortedForDisplay(),
                      tablesRead: tablesRead)
    }

    /// The plugin tables that can be read; a problem for each that cannot.
    private func acceptable(_ tables: [TableSchema], problems: inout [Problem]) -> [TableSchema] {
        let builtIn = Set(TableSchema.builtIn.map(\.name))
        var accepted: [TableSchema] = []
        for table in tables {
            if builtIn.contains(table.name) {
                problems.append(Problem(file: nil, line: nil, message:
                    "a plugin declares the table \(table.name), which is a dataset table of baocao's own; rename it"))
            } else if !TableSchema.isSQLSafe(table.name) {
                problems.append(Problem(file: nil, line: nil, message:
                    "a plugin declares the table \"\(table.name)\"; a table name is lower-case letters, digits "
                        + "and _ (not first a digit)"))
            } else if let column = table.columns.first(where: { !TableSchema.isSQLSafe($0.name) }) {
                problems.append(Problem(file: nil, line: nil, message:
                    "a plugin declares the column \"\(column.name)\" in table \(table.name); a column name is "
                        + "lower-case letters, digits and _ (not first a digit)"))
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
            problems.append(Problem(file: "dataset.yaml", line: nil, message: "not UTF-8 text"))
            return DatasetConfig()
        }
        do {
            return try YAMLDecoder().decode(DatasetConfig.self, from: text.precomposedStringWithCanonicalMapping)
        } catch let error as YamlError {
            problems.append(Problem(file: "dataset.yaml", line: nil, message: "\(error)"))
        } catch let error as DecodingError {
            // Yams reports a syntax error as data corruption around its own, located, error.
            if case .dataCorrupted(let context) = error, let yaml = context.underlyingError as? YamlError {
                problems.append(Problem(file: "dataset.yaml", line: nil, message: "\(yaml)"))
            } else {
                problems.append(Problem(file: "dataset.yaml", line: nil, message: error.plainDescription))
            }
        } catch {
            problems.append(Problem(file: "dataset.yaml", line: nil, message: "\(error)"))
        }
        return DatasetConfig()
    }
}

/// `--data` names nothing a dataset can be read from.
public struct DatasetLocationError: Error, CustomStringConvertible {
    public let path: String
    public let message: String

    public var description: String { "\(path): \(message)" }
}

extension DecodingError {
    /// `key recipients: expected a list`, without Swift's type names.
    var plainDescription: String {
        func path(_ context: Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : "key \(keys.joined(separator: ".")): "
        }
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return path(context) + context.debugDescription
        case .keyNotFound(let key, let context):
            return path(context) + "missing key \(key.stringValue)"
        @unknown default:
            return "\(self)"
        }
    }
}
