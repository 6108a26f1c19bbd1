internal import CSQLite
internal import ReportModel

/// A value bound to or read from SQL.
public enum SQLValue: Hashable, Sendable {
    /// Text, or NULL for nil.
    public static func optional(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }
    /// A real number, or NULL for nil.
    public static func optional(_ number: Double?) -> SQLValue { number.map(SQLValue.real) ?? .null }

    case null
    case integer(Int)
    case real(Double)
    case text(String)

    public var int: Int? {
        switch self {
        case .integer(let value): value
        case .real(let value): Int(value)
        default: nil
        }
    }

    public var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    public var string: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}

/// A prepared statement. Bind with `bind(_:)`, read rows with `step()`; reusable
/// after `reset()`. Keeps its database alive.
public final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase
    public let sql: String

    init(_ handle: OpaquePointer, database: SQLiteDatabase, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds `values` to the positional parameters `?1 …`, replacing earlier bindings.
    public func bind(_ values: [SQLValue]) throws(SQLiteError) {
        sqlite3_reset(handle)
        // Parameters left out are NULL; when every one is given, clearing them first is wasted work.
        if values.count < sqlite3_bind_parameter_count(handle) { sqlite3_clear_bindings(handle) }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let int): sqlite3_bind_int64(handle, index, Int64(int))
            case .real(let double): sqlite3_bind_double(handle, index, double)
            case .text(let text): Self.bind(text, at: index, of: handle)
            }
            guard code == SQLITE_OK else { throw error(code) }
        }
    }

    /// Binds `text` from its own UTF-8 bytes, which SQLite copies: no C string
    /// is made (a store of a million rows binds a few million texts).
    private static func bind(_ text: String, at index: Int32, of handle: OpaquePointer) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            // An empty buffer may have no address; SQLite takes NULL as SQL NULL, so bind "" as a copy.
            guard let base = bytes.baseAddress else {
                return sqlite3_bind_text(handle, index, "", 0, baocao_sqlite_transient())
            }
            return sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                     Int32(bytes.count), baocao_sqlite_transient())
        }
    }

    /// Advances to the next row; false when there are no more.
    public func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw error(code)
        }
    }

    /// Runs the statement with `values`, ignoring any rows.
    public func run(_ values: [SQLValue]) throws(SQLiteError) {
        try bind(values)
        while try step() {}
    }

    /// The named parameters the statement uses, without their `:`, in order of first use.
    public var parameterNames: [String] {
        (0..<sqlite3_bind_parameter_count(handle)).compactMap { index in
            sqlite3_bind_parameter_name(handle, index + 1).map { String(String(cString: $0).dropFirst()) }
        }
    }

    /// Binds `:name` parameters from `values`; a parameter `values` lacks is an error naming the ones it has.
    public func bind(named values: [String: SQLValue]) throws(SQLQueryError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for index in stride(from: 1, through: sqlite3_bind_parameter_count(handle), by: 1) {
            guard let cName = sqlite3_bind_parameter_name(handle, index) else {
                throw SQLQueryError(Message("parameters must be named (:name), not ? or ?NNN"))
            }
            let name = String(cString: cName)
            guard name.first == ":" || name.first == "@" || name.first == "$", let value = values[String(name.dropFirst())]
            else {
                let known = values.keys.sorted().map { ":" + $0 }.joined(separator: ", ")
                throw SQLQueryError(Message("unknown parameter \(name); the parameters are \(known)"))
            }
            let code: Int32 = switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let int): sqlite3_bind_int64(handle, index, Int64(int))
            case .real(let double): sqlite3_bind_double(handle, index, double)
            case .text(let text): Self.bind(text, at: index, of: handle)
            }
            guard code == SQLITE_OK else { throw SQLQueryError(.verbatim(database.lastErrorMessage)) }
        }
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public func columnName(_ index: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(index))) }

    public func value(at index: Int) -> SQLValue {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(handle, column)))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_NULL: return .null
        default: return .text(String(cString: sqlite3_column_text(handle, column)))
        }
    }

    /// The UTF-8 bytes of column `index` of the current row, without making a
    /// `String`: for copying large results straight into a buffer.
    public func withText<Result>(at index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let column = Int32(index)
        guard let text = sqlite3_column_text(handle, column) else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return body(UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))))
    }

    private func error(_ code: Int32) -> SQLiteError {
        SQLiteError(code: code, message: database.lastErrorMessage, sql: sql)
    }
}
