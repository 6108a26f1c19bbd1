internal import CSQLite

/// One SQLite connection, in the manner of GRDB's: it owns the `sqlite3*` and
/// closes it on deinit; statements are prepared, bound and stepped through
/// `SQLiteStatement`. Not `Sendable`: one thread uses a connection at a time.
public final class SQLiteDatabase {
    let handle: OpaquePointer
    /// The context of the sandbox's C callbacks, kept alive while they are installed.
    var sandboxState: SandboxState?
    /// The column tables this connection reads, kept alive until it is closed.
    var attachedColumnTables: [SQLiteColumnTable] = []

    /// Opens a private in-memory database.
    public convenience init() throws(SQLiteError) {
        try self.init(path: ":memory:", flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    }

    /// Opens the database file at `path` read-only: a dataset is never modified.
    public convenience init(readingFile path: String) throws(SQLiteError) {
        try self.init(path: path, flags: SQLITE_OPEN_READONLY)
    }

    /// Opens (creating it when missing) the database file at `path` for writing:
    /// how `baocao sample` writes a SQLite dataset.
    public convenience init(creatingFile path: String) throws(SQLiteError) {
        try self.init(path: path, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    }

    /// Creates the in-memory database `name`, which read-only connections of
    /// this process can open with `init(readingMemoryNamed:)` while this one is open.
    public convenience init(memoryNamed name: String) throws(SQLiteError) {
        try self.init(path: Self.memoryURI(name),
                      flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI)
    }

    /// Opens the in-memory database `name` read-only: SQLite refuses every write to it.
    /// Its TEMP schema stays writable, for the tables the engine makes per report.
    public convenience init(readingMemoryNamed name: String) throws(SQLiteError) {
        try self.init(path: Self.memoryURI(name), flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI)
    }

    /// SQLite's `memdb` VFS shares a database among the process's connections
    /// when its name starts with `/`; `:memory:` databases cannot be shared read-only.
    private static func memoryURI(_ name: String) -> String {
        "file:/\(name)?vfs=memdb"
    }

    /// Set once, before the first connection: SQLite's own configuration.
    private static let configured: Void = { _ = baocao_sqlite_disable_memory_statistics() }()

    private init(path: String, flags: Int32) throws(SQLiteError) {
        Self.configured
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw SQLiteError(code: code, message: message, sql: nil)
        }
        handle = db
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        guard code == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: code, message: message, sql: sql)
        }
    }

    public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw SQLiteError(code: code, message: lastErrorMessage, sql: sql)
        }
        return SQLiteStatement(statement, database: self, sql: sql)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func inTransaction(_ body: () throws -> Void) throws {
        try execute("BEGIN")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }
}

/// SQLite's own error, with the statement that caused it:
/// `SQLite error 1: no such table: x - while executing "SELECT * FROM x"`.
public struct SQLiteError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " - while executing \"\($0)\"" } ?? "")
    }
}
