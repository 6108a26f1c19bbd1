internal import CColumnTables
internal import CSQLite
#if canImport(Glibc)
internal import Glibc
#endif

/// A read-only table SQL reads where it lies in memory, column by column,
/// through the virtual-table module of `CColumnTables`: a million rows are
/// not copied into SQLite's B-trees one `INSERT` at a time, and take a
/// fraction of the memory (texts are dictionary-encoded: a column of ratings
/// keeps four distinct texts, not a million).
///
/// Made by a `Builder`, then immutable: any number of connections on any
/// threads read it at once (`SQLiteDatabase.attach(_:)`). Its indexes serve
/// equality on their leading columns and a range on the next, as SQLite's do.
public final class SQLiteColumnTable: @unchecked Sendable {
    public enum Kind: Sendable {
        case integer, real, text

        var declaredType: String {
            switch self {
            case .integer: "INTEGER"
            case .real: "REAL"
            case .text: "TEXT"
            }
        }
    }

    public let name: String
    public let columnNames: [String]
    public var rowCount: Int { Int(table.pointee.row_count) }
    /// What the C module reads; everything it points to is owned here.
    let table: UnsafeMutablePointer<baocao_table>
    private var allocations: [UnsafeMutableRawPointer] = []

    fileprivate init(name: String, columns: [(name: String, kind: Kind)], rowCount: Int) {
        self.name = name
        columnNames = columns.map(\.name)
        table = .allocate(capacity: 1)
        table.initialize(to: baocao_table())
        table.pointee.name = UnsafePointer(own(strdup(name)))
        table.pointee.row_count = Int64(rowCount)
        table.pointee.column_count = Int32(columns.count)
        let cColumns = allocate(baocao_column.self, columns.count)
        for (position, column) in columns.enumerated() {
            var cColumn = baocao_column()
            cColumn.name = UnsafePointer(own(strdup(column.name)))
            cColumn.declared_type = UnsafePointer(own(strdup(column.kind.declaredType)))
            cColumn.kind = switch column.kind {
            case .integer: Int32(BAOCAO_COLUMN_INTEGER.rawValue)
            case .real: Int32(BAOCAO_COLUMN_REAL.rawValue)
            case .text: Int32(BAOCAO_COLUMN_TEXT.rawValue)
            }
            cColumns[position] = cColumn
        }
        table.pointee.columns = UnsafePointer(cColumns)
    }

    deinit {
        for allocation in allocations { free(allocation) }
        table.deallocate()
    }

    private func own<T>(_ pointer: UnsafeMutablePointer<T>?) -> UnsafeMutablePointer<T> {
        guard let pointer else { fatalError("out of memory") }
        allocations.append(UnsafeMutableRawPointer(pointer))
        return pointer
    }

    fileprivate func allocate<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
        own(malloc(MemoryLayout<T>.stride * max(count, 1))?.bindMemory(to: T.self, capacity: max(count, 1)))
    }

    fileprivate func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let pointer = allocate(T.self, values.count)
        values.withUnsafeBufferPointer { pointer.update(from: $0.baseAddress!, count: values.count) }
        return pointer
    }

    fileprivate var columns: UnsafeMutablePointer<baocao_column> { UnsafeMutablePointer(mutating: table.pointee.columns) }

    /// Orders the rows by each list of column names (NULLs first).
    fileprivate func makeIndexes(_ indexes: [[String]]) {
        let usable = indexes.compactMap { names -> [Int32]? in
            let positions = names.compactMap { columnNames.firstIndex(of: $0).map(Int32.init) }
            return positions.count == names.count && !positions.isEmpty ? positions : nil
        }
        let cIndexes = allocate(baocao_index.self, usable.count)
        for (number, positions) in usable.enumerated() {
            let columns = copy(positions)
            let rows = allocate(Int32.self, rowCount)
            let rowsPerKey = allocate(Double.self, positions.count)
            baocao_sort_index(table, columns, Int32(positions.count), rows, rowsPerKey)
            cIndexes[number] = baocao_index(column_count: Int32(positions.count), columns: columns, rows: rows,
                                            rows_per_key: rowsPerKey)
        }
        table.pointee.index_count = Int32(usable.count)
        table.pointee.indexes = UnsafePointer(cIndexes)
    }

    /// Collects a table's rows, a value per column, then makes the table.
    public final class Builder {
        private let name: String
        private let kinds: [Kind]
        private let names: [String]
        private var integers: [[Int64]]
        private var reals: [[Double]]
        private var nulls: [[UInt8]]
        private var anyNull: [Bool]
        private var codes: [[Int32]]
        private var dictionaries: [[String: Int32]]
        private var distinct: [[String]]
        /// Consecutive rows often repeat a text (a member's ratings, a branch's meetings): no lookup then.
        private var lastText: [(text: String, code: Int32)?]
        public private(set) var rowCount = 0
        private var column = 0

        public init(name: String, columns: [(name: String, kind: Kind)]) {
            self.name = name
            kinds = columns.map(\.kind)
            names = columns.map(\.name)
            let count = columns.count
            integers = Array(repeating: [], count: count)
            reals = Array(repeating: [], count: count)
            nulls = Array(repeating: [], count: count)
            anyNull = Array(repeating: false, count: count)
            codes = Array(repeating: [], count: count)
            dictionaries = Array(repeating: [:], count: count)
            distinct = Array(repeating: [], count: count)
            lastText = Array(repeating: nil, count: count)
        }

        /// The next value of the row being appended, in column order; `endRow()` after the last.
        public func append(integer value: Int?) {
            integers[column].append(Int64(value ?? 0))
            nulls[column].append(value == nil ? 1 : 0)
            if value == nil { anyNull[column] = true }
            column += 1
        }

        public func append(real value: Double?) {
            reals[column].append(value ?? 0)
            nulls[column].append(value == nil ? 1 : 0)
            if value == nil { anyNull[column] = true }
            column += 1
        }

        public func append(text value: String?) {
            defer { column += 1 }
            guard let value else { codes[column].append(-1); return }
            if let last = lastText[column], last.text == value {
                codes[column].append(last.code)
                return
            }
            let code: Int32
            if let known = dictionaries[column][value] {
                code = known
            } else {
                code = Int32(distinct[column].count)
                dictionaries[column][value] = code
                distinct[column].append(value)
            }
            lastText[column] = (value, code)
            codes[column].append(code)
        }

        public func appendNull() {
            switch kinds[column] {
            case .integer: append(integer: nil)
            case .real: append(real: nil)
            case .text: append(text: nil)
            }
        }

        public func endRow() {
            precondition(column == kinds.count, "a row of \(name) has \(column) values, not \(kinds.count)")
            column = 0
            rowCount += 1
        }

        /// The table, with an index for each list of column names.
        public func build(indexes: [[String]]) -> SQLiteColumnTable {
            let table = SQLiteColumnTable(name: name, columns: Array(zip(names, kinds)), rowCount: rowCount)
            for position in kinds.indices {
                let column = table.columns.advanced(by: position)
                switch kinds[position] {
                case .integer:
                    column.pointee.integers = UnsafePointer(table.copy(integers[position]))
                    if anyNull[position] { column.pointee.nulls = UnsafePointer(table.copy(nulls[position])) }
                case .real:
                    column.pointee.reals = UnsafePointer(table.copy(reals[position]))
                    if anyNull[position] { column.pointee.nulls = UnsafePointer(table.copy(nulls[position])) }
                case .text:
                    encodeTexts(of: position, into: column, table: table)
                }
                integers[position] = []
                reals[position] = []
                nulls[position] = []
                codes[position] = []
                dictionaries[position] = [:]
                distinct[position] = []
            }
            table.makeIndexes(indexes)
            return table
        }

        /// Ranks the distinct texts bytewise (SQLite's BINARY order) and codes each row by rank.
        private func encodeTexts(of position: Int, into column: UnsafeMutablePointer<baocao_column>,
                                 table: SQLiteColumnTable) {
            let texts = distinct[position]
            let order = texts.indices.sorted { texts[$0].utf8.lexicographicallyPrecedes(texts[$1].utf8) }
            var rank = [Int32](repeating: 0, count: texts.count)
            for (newCode, oldCode) in order.enumerated() { rank[oldCode] = Int32(newCode) }
            let byteCount = texts.reduce(0) { $0 + $1.utf8.count }
            let bytes = table.allocate(CChar.self, byteCount)
            let offsets = table.allocate(Int64.self, texts.count + 1)
            var offset = 0
            for (newCode, oldCode) in order.enumerated() {
                offsets[newCode] = Int64(offset)
                for byte in texts[oldCode].utf8 {
                    bytes[offset] = CChar(bitPattern: byte)
                    offset += 1
                }
            }
            offsets[texts.count] = Int64(offset)
            let rowCodes = table.copy(codes[position])
            for row in 0..<rowCount where rowCodes[row] >= 0 { rowCodes[row] = rank[Int(rowCodes[row])] }
            column.pointee.codes = UnsafePointer(rowCodes)
            column.pointee.distinct_count = Int32(texts.count)
            column.pointee.text_bytes = UnsafePointer(bytes)
            column.pointee.text_offsets = UnsafePointer(offsets)
        }
    }
}

extension SQLiteDatabase {
    /// Lets this connection read `tables` as virtual tables of module
    /// `baocao_columns`: call before its first statement, on every connection
    /// that reads them. `tables` must outlive the connection.
    public func attach(_ tables: [SQLiteColumnTable]) throws(SQLiteError) {
        let pointers: [UnsafePointer<baocao_table>?] = tables.map { UnsafePointer($0.table) }
        let code = pointers.withUnsafeBufferPointer { buffer in
            baocao_register_column_tables(handle, buffer.baseAddress, Int32(buffer.count))
        }
        guard code == SQLITE_OK else { throw SQLiteError(code: code, message: lastErrorMessage, sql: nil) }
        attachedColumnTables += tables
    }

    /// Makes `table`'s virtual table in this database (once, on the connection that writes it).
    public func createVirtualTable(_ table: SQLiteColumnTable) throws(SQLiteError) {
        try execute("CREATE VIRTUAL TABLE \"\(table.name)\" USING baocao_columns")
    }
}
