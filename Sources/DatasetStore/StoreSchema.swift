internal import DatasetReaders
internal import SQLiteSupport

/// The store's tables (`baocao.store/1`, docs/store.md). Each dataset table —
/// SPEC's and plugins' — is generated from its declaration: a column per
/// declared column, named alike, typed text → TEXT, integer → INTEGER,
/// number → REAL, date → TEXT `YYYY-MM-DD`, bool → INTEGER 0/1, choice → TEXT
/// (the id), period → `NAME` (the id) plus `NAME_start` and `NAME_end`; then
/// the columns the store derives for SQL's convenience. Three tables are the
/// store's own: `unit_tree`, `memberships`, `indicator_definitions`.
enum StoreSchema {
    /// A column the store adds to a dataset table, computed from the row at `position`.
    struct DerivedColumn: Sendable {
        let name: String
        /// SQL type and constraint, e.g. `INTEGER NOT NULL`.
        let definition: String
        let value: @Sendable (_ dataset: Dataset, _ position: Int) -> SQLValue
    }

    /// File order, which is the display order of siblings and of models.
    private static let position = DerivedColumn(name: "position", definition: "INTEGER NOT NULL") { _, position in
        .integer(position)
    }

    static let derived: [String: [DerivedColumn]] = [
        "units": [position],
        "members": [
            DerivedColumn(name: "ethnic_minority", definition: "INTEGER NOT NULL") { dataset, position in
                .integer(dataset.members[position].isEthnicMinority ? 1 : 0)
            },
            DerivedColumn(name: "religious", definition: "INTEGER NOT NULL") { dataset, position in
                .integer(dataset.members[position].isReligious ? 1 : 0)
            },
        ],
        // Same-day events apply in file order.
        "member_events": [
            DerivedColumn(name: "seq", definition: "INTEGER PRIMARY KEY") { dataset, position in
                .integer(dataset.events[position].sequence)
            },
        ],
        "economic_models": [position],
        "indicators": [position],
    ]

    /// A declared column's store columns: one, or three for a period.
    static func storeColumns(_ column: TableSchema.Column) -> [(name: String, type: String)] {
        switch column.type {
        case .text, .date, .choice: [(column.name, "TEXT")]
        case .integer, .bool: [(column.name, "INTEGER")]
        case .number: [(column.name, "REAL")]
        case .period: [(column.name, "TEXT"), (column.name + "_start", "TEXT"), (column.name + "_end", "TEXT")]
        }
    }

    /// A declared value as the store keeps it, appended to `values`.
    static func append(_ value: FieldValue?, of column: TableSchema.Column, to values: inout [SQLValue]) {
        switch value {
        case nil:
            values.append(.null)
            if case .period = column.type { values += [.null, .null] }
        case .text(let text), .choice(let text): values.append(.text(text))
        case .integer(let number): values.append(.integer(number))
        case .number(let number): values.append(.real(number))
        case .date(let day): values.append(.text(day.description))
        case .bool(let flag): values.append(.integer(flag ? 1 : 0))
        case .period(let period):
            values += [.text(period.id), .text(period.start.description), .text(period.end.description)]
        }
    }

    /// `CREATE TABLE` for a dataset table: a column named `id` is its key, required columns are NOT NULL.
    static func createTable(_ schema: TableSchema) -> String {
        var definitions: [String] = []
        for column in schema.columns {
            for (name, type) in storeColumns(column) {
                var definition = "\(name) \(type)"
                if column.name == "id" { definition += " PRIMARY KEY" }
                if column.required { definition += " NOT NULL" }
                definitions.append(definition)
            }
        }
        for column in derived[schema.name] ?? [] { definitions.append("\(column.name) \(column.definition)") }
        return "CREATE TABLE \(schema.name) (\(definitions.joined(separator: ", ")));"
    }

    /// The insert of one row: declared columns, then derived ones.
    static func insert(_ schema: TableSchema) -> String {
        let names = schema.columns.flatMap { storeColumns($0).map(\.name) } + (derived[schema.name] ?? []).map(\.name)
        let parameters = (1...names.count).map { "?\($0)" }
        // A repeated id was reported by validation; the first row is the one kept.
        return "INSERT OR IGNORE INTO \(schema.name) (\(names.joined(separator: ", "))) "
            + "VALUES (\(parameters.joined(separator: ", ")))"
    }

    /// The store's own tables, filled from the replay, the tree and dataset.yaml.
    static let ownTables = """
        -- Every ancestor/descendant pair, a unit with itself at depth 0.
        CREATE TABLE unit_tree (
            ancestor_id TEXT NOT NULL, descendant_id TEXT NOT NULL, depth INTEGER NOT NULL,
            PRIMARY KEY (ancestor_id, descendant_id)
        ) WITHOUT ROWID;
        -- A member is in unit_id, with that status, on every day D where
        -- start_date <= D < end_date (end_date NULL: still there).
        CREATE TABLE memberships (
            member_id TEXT NOT NULL, unit_id TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT,
            probationary INTEGER NOT NULL
        );
        -- The built-in indicators and those declared in dataset.yaml; better is 'higher' or 'lower'.
        CREATE TABLE indicator_definitions (
            id TEXT PRIMARY KEY, label TEXT NOT NULL, unit TEXT, better TEXT NOT NULL, position INTEGER NOT NULL
        );
        """

    /// An index of a table: its name (for SQLite's own tables) and columns.
    struct Index: Sendable {
        let name: String
        let columns: [String]

        init(_ name: String, _ columns: [String]) {
            self.name = name
            self.columns = columns
        }
    }

    /// Each table's indexes. SQLite tables get them once their rows are in
    /// (building an index at the end is faster than keeping it up to date),
    /// with planner statistics from a sample of each index: as good for the
    /// planner, and seconds less on a million rows (`PRAGMA analysis_limit`).
    /// Column tables order their rows by them.
    static let indexes: [String: [Index]] = [
        "unit_tree": [Index("unit_tree_by_descendant", ["descendant_id", "ancestor_id"])],
        "memberships": [Index("memberships_by_unit", ["unit_id", "start_date"])],
        "member_events": [Index("member_events_by_unit", ["unit_id", "type", "date"]),
                          Index("member_events_by_type", ["type", "date"])],
        "targets": [Index("targets_by_unit", ["unit_id", "year", "metric"])],
        "inspections": [Index("inspections_by_start", ["started_on"]),
                        Index("inspections_by_unit", ["unit_id", "started_on"])],
        "disciplines": [Index("disciplines_by_unit", ["unit_id", "decided_on"])],
        "petitions": [Index("petitions_by_unit", ["unit_id"])],
        "economic_models": [Index("economic_models_by_unit", ["unit_id"])],
        "economic_results": [Index("economic_results_by_model", ["model_id", "period_end"])],
        "indicators": [Index("indicators_by_unit", ["unit_id", "indicator", "period"])],
        "ratings": [Index("ratings_by_subject", ["subject_type", "subject_id", "year"])],
        "meetings": [Index("meetings_by_unit", ["unit_id", "date"])],
    ]

    /// The indexes of SQLite table `table`, then its statistics.
    static func indexAndAnalyze(_ table: String) -> String {
        (indexes[table] ?? []).map { "CREATE INDEX \($0.name) ON \(table) (\($0.columns.joined(separator: ", ")));\n" }
            .joined() + "ANALYZE \(table);"
    }

    // MARK: Column tables

    /// The tables the store reads where they lie, as columns (`SQLiteColumnTable`):
    /// every dataset table but the three the loader keeps as typed rows,
    /// which stay SQLite tables for the membership queries.
    static func isColumnTable(_ name: String) -> Bool {
        ![TableSchema.units.name, TableSchema.members.name, TableSchema.memberEvents.name].contains(name)
    }

    /// A column table's columns: the declared ones, then the derived.
    static func columns(of schema: TableSchema) -> [(name: String, kind: SQLiteColumnTable.Kind)] {
        var columns: [(name: String, kind: SQLiteColumnTable.Kind)] = []
        for column in schema.columns {
            for (name, type) in storeColumns(column) {
                columns.append((name, type == "INTEGER" ? .integer : type == "REAL" ? .real : .text))
            }
        }
        for column in derived[schema.name] ?? [] { columns.append((column.name, .integer)) }
        return columns
    }

    /// A column table's indexes: its `id` first, when it has one.
    static func columnIndexes(of schema: TableSchema) -> [[String]] {
        let key = schema.columns.contains { $0.name == "id" } ? [["id"]] : []
        return key + (indexes[schema.name] ?? []).map(\.columns)
    }
}
