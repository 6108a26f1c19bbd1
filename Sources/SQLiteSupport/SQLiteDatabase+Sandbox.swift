internal import CSQLite
internal import CColumnTables
public import ReportModel
internal import Dispatch

/// What the sandbox's C callbacks share with the connection: whether the
/// engine or a user's query is running, and until when a query may run.
final class SandboxState {
    /// The engine's own statements (the per-report TEMP tables) pass the authorizer.
    var engineMode = false
    /// Monotonic nanoseconds after which the running query is interrupted.
    var deadline = UInt64.max
    var timedOut = false
    /// Why the authorizer refused the statement being prepared (the first refusal), for the message.
    var refusal: Message?
}

/// User SQL (a declarative plugin's query) that cannot run: `message` is
/// SQLite's or the sandbox's, `offset` the UTF-8 byte offset in the query
/// where SQLite located the problem, when it did.
public struct SQLQueryError: MessageError, Sendable {
    public let message: Message
    public let offset: Int?

    public init(_ message: Message, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }
}

/// The sandbox for user SQL (SPEC §7): on a read-only connection, an
/// authorizer that lets statements read and nothing else, exactly one
/// statement per query, and a time limit enforced by a progress handler.
extension SQLiteDatabase {
    /// Installs the authorizer and the progress handler. Call once, on a
    /// connection opened with `init(readingMemoryNamed:)`.
    public func installSandbox() {
        let state = SandboxState()
        sandboxState = state
        let context = Unmanaged.passUnretained(state).toOpaque()
        sqlite3_set_authorizer(handle, sandboxAuthorizer, context)
        // Every 1.000 virtual-machine steps: cheap, and a tight loop is stopped within microseconds.
        sqlite3_progress_handler(handle, 1000, sandboxProgress, context)
    }

    /// Runs the engine's own statements, which the authorizer lets through.
    public func asEngine<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        sandboxState?.engineMode = true
        defer { sandboxState?.engineMode = false }
        return try body()
    }

    /// Prepares a user's query: exactly one statement that only reads.
    public func prepareUserQuery(_ sql: String) throws(SQLQueryError) -> SQLiteStatement {
        sandboxState?.refusal = nil
        var statement: OpaquePointer?
        var consumed = 0   // bytes of `sql` the first statement took
        let utf8 = Array(sql.utf8CString)
        let code = utf8.withUnsafeBufferPointer { buffer in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(handle, buffer.baseAddress, Int32(buffer.count), &statement, &tail)
            consumed = tail.map { buffer.baseAddress!.distance(to: $0) } ?? 0
            return code
        }
        guard code == SQLITE_OK else {
            let offset = sqlite3_error_offset(handle)
            if let refusal = sandboxState?.refusal {
                throw SQLQueryError(Message("not allowed: \(refusal); a plugin's query may only read"))
            }
            throw SQLQueryError(.verbatim(lastErrorMessage), offset: offset >= 0 ? Int(offset) : nil)
        }
        guard let statement else { throw SQLQueryError(Message("the query is empty")) }
        let prepared = SQLiteStatement(statement, database: self, sql: sql)
        // SQLite would silently ignore whatever follows the first statement.
        let rest = String(decoding: sql.utf8.dropFirst(consumed), as: UTF8.self)
        if Self.containsSQL(rest) {
            throw SQLQueryError(Message("only one statement per query: more SQL follows the first one"), offset: consumed)
        }
        guard sqlite3_stmt_readonly(statement) != 0 else {
            throw SQLQueryError(Message("not allowed: the statement writes; a plugin's query may only read"))
        }
        return prepared
    }

    /// Steps through `statement` within `milliseconds`; SQLite's interrupt
    /// becomes a message naming the limit.
    public func withTimeLimit<T>(milliseconds: Int, _ body: () throws(SQLiteError) -> T) throws(SQLQueryError) -> T {
        guard let state = sandboxState else { preconditionFailure("installSandbox() first") }
        state.timedOut = false
        state.deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(milliseconds, 1)) * 1_000_000
        defer { state.deadline = .max }
        do {
            return try body()
        } catch {
            if state.timedOut {
                throw SQLQueryError(
                    Message("stopped after \(milliseconds) ms, the time limit of a query (limits: time_ms)"))
            }
            throw SQLQueryError(.verbatim(error.message))
        }
    }

    /// Whether `text` holds anything but spaces and SQL comments.
    static func containsSQL(_ text: String) -> Bool {
        var rest = Substring(text)
        while !rest.isEmpty {
            if let first = rest.first, first.isWhitespace || first == ";" {
                rest = rest.dropFirst()
            } else if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                rest = rest.dropFirst(2)
                while !rest.isEmpty, !rest.hasPrefix("*/") { rest = rest.dropFirst() }
                rest = rest.dropFirst(2)   // an unclosed comment runs to the end
            } else {
                return true
            }
        }
        return false
    }
}

/// PRAGMAs that only report, without changing anything: allowed.
private let readOnlyPragmas: Set<String> = [
    "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
]

/// Functions a query may not call: extension loading, and what could reach outside the store.
private let forbiddenFunctions: Set<String> = ["load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"]

private let sandboxAuthorizer: @convention(c) (
    UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
    UnsafePointer<CChar>?
) -> Int32 = { context, action, first, second, _, _ in
    let state = Unmanaged<SandboxState>.fromOpaque(context!).takeUnretainedValue()
    // A column table declaring its columns, the first time this connection reads it: nothing is created.
    if state.engineMode || baocao_column_table_declaring() != 0 { return SQLITE_OK }
    guard let reason = refusal(action, first.map { String(cString: $0) } ?? "", second.map { String(cString: $0) } ?? "")
    else { return SQLITE_OK }
    // SQLite may ask about several actions for one statement: the first refused is the one the user wrote.
    if state.refusal == nil { state.refusal = reason }
    return SQLITE_DENY
}

/// Why the sandbox refuses `action` on `name` (`detail`: a function's name), or nil when it may read.
private func refusal(_ action: Int32, _ name: String, _ detail: String) -> Message? {
    switch action {
    case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
        return nil
    case SQLITE_FUNCTION:
        return forbiddenFunctions.contains(detail.lowercased()) ? Message("the function \(detail)()") : nil
    case SQLITE_PRAGMA:
        return readOnlyPragmas.contains(name.lowercased()) ? nil : .verbatim("PRAGMA \(name)")
    case SQLITE_ATTACH:
        return .verbatim("ATTACH")
    case SQLITE_DETACH:
        return .verbatim("DETACH")
    case SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE:
        // Writing sqlite_master or sqlite_temp_master is how SQLite records a CREATE: say that.
        guard !name.hasPrefix("sqlite_") else { return refusal(SQLITE_CREATE_TABLE, name, detail) }
        let verb = action == SQLITE_INSERT ? "INSERT into" : action == SQLITE_UPDATE ? "UPDATE of" : "DELETE from"
        return .verbatim("\(verb) \(name)")
    case SQLITE_TRANSACTION, SQLITE_SAVEPOINT:
        return Message("transactions")
    default:
        return Message("creating, changing or dropping tables, views, indexes or triggers")
    }
}

private let sandboxProgress: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { context in
    let state = Unmanaged<SandboxState>.fromOpaque(context!).takeUnretainedValue()
    guard DispatchTime.now().uptimeNanoseconds > state.deadline else { return 0 }
    state.timedOut = true
    return 1
}
