public import SQLiteSupport
internal import ReportModel

/// A row of a table broken down by unit (SPEC §3), as the engine offers it to
/// user SQL in `report_rows`: its key, label, kind and outline level, and the
/// unit whose subtree it covers.
public struct ReportRowScope: Sendable {
    public let key: String
    public let label: String
    public let kind: String
    public let level: Int
    public let unitID: String

    public init(key: String, label: String, kind: String, level: Int, unitID: String) {
        self.key = key
        self.label = label
        self.kind = kind
        self.level = level
        self.unitID = unitID
    }
}

/// The rows a user's query returned, values as SQLite gave them.
public struct QueryResult: Sendable {
    public let columns: [String]
    public let rows: [[SQLValue]]
}

/// Where declarative plugins' SQL runs: a read-only connection to the store
/// with the sandbox installed (`SQLiteDatabase+Sandbox`), plus the per-report
/// TEMP tables `report_rows` and `report_scope` (docs/store.md). Not
/// `Sendable`: one report run at a time uses it.
public final class StoreSandbox {
    private let database: SQLiteDatabase
    /// The rows `report_rows` holds now, so a second plugin for the same report fills nothing.
    private var preparedRows: [String]?

    init(databaseName: String, columnTables: [SQLiteColumnTable]) throws(SQLiteError) {
        database = try SQLiteDatabase(readingMemoryNamed: databaseName)
        try database.attach(columnTables)
        database.installSandbox()
        try database.asEngine { () throws(SQLiteError) in
            try database.execute("""
                CREATE TEMP TABLE report_rows (
                    row_key TEXT PRIMARY KEY, label TEXT NOT NULL, kind TEXT NOT NULL, level INTEGER NOT NULL,
                    position INTEGER NOT NULL, unit_id TEXT NOT NULL
                );
                CREATE TEMP TABLE report_scope (
                    row_key TEXT NOT NULL, unit_id TEXT NOT NULL, PRIMARY KEY (row_key, unit_id)
                ) WITHOUT ROWID;
                CREATE INDEX temp.report_scope_by_unit ON report_scope (unit_id, row_key);
                """)
        }
    }

    /// Fills `report_rows` with `rows` and `report_scope` with every unit of each row's subtree.
    public func prepareReport(rows: [ReportRowScope]) throws(SQLiteError) {
        let signature = rows.map { "\($0.key)\u{1F}\($0.unitID)\u{1F}\($0.label)" }
        guard signature != preparedRows else { return }
        try database.asEngine { () throws(SQLiteError) in
            try database.execute("DELETE FROM temp.report_rows; DELETE FROM temp.report_scope;")
            let insert = try database.prepare("INSERT INTO temp.report_rows VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            for (position, row) in rows.enumerated() {
                try insert.run([.text(row.key), .text(row.label), .text(row.kind), .integer(row.level),
                                .integer(position), .text(row.unitID)])
            }
            try database.execute("""
                INSERT INTO temp.report_scope
                SELECT r.row_key, t.descendant_id FROM temp.report_rows r
                JOIN main.unit_tree t ON t.ancestor_id = r.unit_id
                """)
            // Statistics for the planner: without them it takes report_scope
            // for a large table and scans the big ones instead (seconds per
            // report on 100.000 members rather than milliseconds).
            try database.execute("ANALYZE temp;")
        }
        preparedRows = signature
    }

    /// Runs one read-only statement of user SQL with named `parameters`,
    /// stopping it after `timeLimit` milliseconds and refusing more than `maxRows` rows.
    public func run(_ sql: String, parameters: [String: SQLValue], timeLimit: Int, maxRows: Int)
        throws(SQLQueryError) -> QueryResult
    {
        let statement = try database.prepareUserQuery(sql)
        try statement.bind(named: parameters)
        let columns = (0..<statement.columnCount).map(statement.columnName)
        var rows: [[SQLValue]] = []
        var tooMany = false
        try database.withTimeLimit(milliseconds: timeLimit) { () throws(SQLiteError) in
            while try statement.step() {
                guard rows.count < maxRows else {
                    tooMany = true
                    return
                }
                rows.append((0..<columns.count).map(statement.value))
            }
        }
        if tooMany {
            throw SQLQueryError(Message("more than \(maxRows) rows, the row limit of a query (limits: max_rows)"))
        }
        return QueryResult(columns: columns, rows: rows)
    }
}

extension DatasetStore {
    /// The sandbox plugins' SQL runs in, opened on first use.
    public func sandbox() throws(SQLiteError) -> StoreSandbox {
        if let openedSandbox { return openedSandbox }
        let sandbox = try StoreSandbox(databaseName: databaseName, columnTables: columnTables)
        openedSandbox = sandbox
        return sandbox
    }
}
