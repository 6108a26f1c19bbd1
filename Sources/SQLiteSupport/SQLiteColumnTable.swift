internal import CColumnTables
internal import CSQLite
public import ReportModel

/// A read-only table SQL reads where it lies in memory, column by column,
/// through the virtual-table module of `CColumnTables`: a million rows are
/// not copied into SQLite's B-trees one `INSERT` at a time, and take a
/// fraction of the memory (texts are dictionary-encoded: a column of ratings
/// keeps four distinct texts, not a million).
///
/// Immutable once made: any number of connections on any
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

    private init(name: String, columns: [(name: String, kind: Kind)], rowCount: Int) {
        self.name = name
        columnNames = columns.map(\.name)
        table = .allocate(capacity: 1)
        table.initialize(to: baocao_table())
        table.pointee.name = cString(name)
        table.pointee.row_count = Int64(rowCount)
        table.pointee.column_count = Int32(columns.count)
        let cColumns = allocate(baocao_column.self, columns.count)
        for (position, column) in columns.enumerated() {
            var cColumn = baocao_column()
            cColumn.name = cString(column.name)
            cColumn.declared_type = cString(column.kind.declaredType)
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
        for allocation in allocations { allocation.deallocate() }
        table.deallocate()
    }

    /// Uninitialised room for `count` values (at least one), freed with the table.
    private func allocate<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<T>.stride * max(count, 1),
                                                   alignment: MemoryLayout<T>.alignment)
        allocations.append(raw)
        return raw.bindMemory(to: T.self, capacity: max(count, 1))
    }

    /// `text` as a NUL-terminated C string, freed with the table.
    private func cString(_ text: String) -> UnsafePointer<CChar> {
        let bytes = Array(text.utf8CString)
        return UnsafePointer(copy(bytes))
    }

    private func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let pointer = allocate(T.self, values.count)
        values.withUnsafeBufferPointer { pointer.update(from: $0.baseAddress!, count: values.count) }
        return pointer
    }

    private var columns: UnsafeMutablePointer<baocao_column> { UnsafeMutablePointer(mutating: table.pointee.columns) }

    /// Orders the rows by each list of column names (NULLs first).
    private func makeIndexes(_ indexes: [[String]]) {
        let usable = indexes.compactMap { names -> [Int32]? in
            let positions = names.compactMap { columnNames.firstIndex(of: $0).map(Int32.init) }
            return positions.count == names.count && !positions.isEmpty ? positions : nil
        }
        let cIndexes = allocate(baocao_index.self, usable.count)
        for (number, positions) in usable.enumerated() {
            let columns = copy(positions)
            let rows = allocate(Int32.self, rowCount)
            let rowsPerKey = allocate(Double.self, positions.count)
            let first = table.pointee.columns[Int(positions[0])]
            let codeStarts = first.kind == Int32(BAOCAO_COLUMN_TEXT.rawValue)
                ? allocate(Int64.self, Int(first.distinct_count) + 1) : nil
            baocao_sort_index(table, columns, Int32(positions.count), rows, rowsPerKey, codeStarts)
            cIndexes[number] = baocao_index(column_count: Int32(positions.count), columns: columns, rows: rows,
                                            rows_per_key: rowsPerKey, code_starts: codeStarts.map { UnsafePointer($0) })
        }
        table.pointee.index_count = Int32(usable.count)
        table.pointee.indexes = UnsafePointer(cIndexes)
        for position in Set(usable.joined()) where columns[Int(position)].kind == Int32(BAOCAO_COLUMN_TEXT.rawValue) {
            makeTextSlots(columns.advanced(by: Int(position)))
        }
    }

    /// Lets equality with a text in an indexed column find its code by a hash, not a search.
    private func makeTextSlots(_ column: UnsafeMutablePointer<baocao_column>) {
        var size = 16
        while size < 2 * Int(column.pointee.distinct_count) { size *= 2 }
        let slots = allocate(Int32.self, size)
        baocao_fill_text_slots(column, slots, UInt64(size - 1))
        column.pointee.text_slots = UnsafePointer(slots)
        column.pointee.text_slot_mask = UInt64(size - 1)
    }

    /// A column's values, a value per row (nil: NULL).
    public enum Values: Sendable {
        case integers([Int?])
        case reals([Double?])
        case texts([String?])
        /// Texts already coded as they were read: only their distinct texts are ranked.
        case coded(CodedTexts)
        /// Days, which SQL reads as ISO texts (`2024-06-30`): coded without
        /// writing out a text per row.
        case days([Day?])

        var kind: Kind {
            switch self {
            case .integers: .integer
            case .reals: .real
            case .texts, .coded, .days: .text
            }
        }

        var count: Int {
            switch self {
            case .integers(let values): values.count
            case .reals(let values): values.count
            case .texts(let values): values.count
            case .coded(let texts): texts.count
            case .days(let values): values.count
            }
        }
    }

    /// The table of `columns` (all of one length), with an index for each list of column names.
    public convenience init(name: String, columns: [(name: String, values: Values)], indexes: [[String]]) {
        let rowCount = columns.first?.values.count ?? 0
        precondition(columns.allSatisfy { $0.values.count == rowCount }, "the columns of \(name) differ in length")
        precondition(rowCount < Int(Int32.max), "\(name) has more rows than a column table's index can number")
        self.init(name: name, columns: columns.map { ($0.name, $0.values.kind) }, rowCount: rowCount)
        for (position, column) in columns.enumerated() {
            let cColumn = self.columns.advanced(by: position)
            switch column.values {
            case .integers(let values):
                cColumn.pointee.integers = UnsafePointer(copy(values.map { Int64($0 ?? 0) }))
                if values.contains(nil) { cColumn.pointee.nulls = UnsafePointer(copy(values.map { $0 == nil ? 1 : 0 })) }
            case .reals(let values):
                cColumn.pointee.reals = UnsafePointer(copy(values.map { $0 ?? 0 }))
                if values.contains(nil) { cColumn.pointee.nulls = UnsafePointer(copy(values.map { $0 == nil ? 1 : 0 })) }
            case .texts(let values):
                encode(values, into: cColumn)
            case .coded(let texts):
                encode(texts, into: cColumn)
            case .days(let values):
                encode(values, into: cColumn)
            }
        }
        makeIndexes(indexes)
    }

    /// Codes each row's text by the rank of its bytes among the column's
    /// distinct texts (SQLite's BINARY order); -1 for NULL.
    private func encode(_ values: [String?], into column: UnsafeMutablePointer<baocao_column>) {
        var texts = CodedTexts.Builder()
        texts.reserveCapacity(values.count)
        for text in values { texts.append(text) }
        encode(texts.finish(), into: column)
    }

    /// Codes each row by the rank of its text among the distinct texts, which alone are sorted:
    /// laid out one after another and ranked, with no hashing (they are distinct already).
    private func encode(_ texts: CodedTexts, into column: UnsafeMutablePointer<baocao_column>) {
        let count = texts.texts.count, byteCount = Self.byteCount(texts.texts)
        let arena = UnsafeMutablePointer<CChar>.allocate(capacity: max(byteCount, 1))
        let starts = UnsafeMutablePointer<Int64>.allocate(capacity: count + 1)
        defer {
            arena.deallocate()
            starts.deallocate()
        }
        Self.layOut(texts.texts, bytes: arena, offsets: starts)
        var rank = [Int32](repeating: 0, count: count)
        let bytes = allocate(CChar.self, byteCount)
        let offsets = allocate(Int64.self, count + 1)
        baocao_rank_texts(arena, starts, Int32(count), &rank, bytes, offsets)
        let codes = allocate(Int32.self, texts.count)
        texts.codes.withUnsafeBufferPointer { coded in
            for row in coded.indices { codes[row] = coded[row] < 0 ? -1 : rank[Int(coded[row])] }
        }
        set(column, codes: codes, distinct: count, bytes: bytes, offsets: offsets)
    }

    /// Codes each row's day as its ISO text would be. Within years 1–9999 the
    /// texts order as the days do, so a day's code is the count of distinct
    /// days before it: marked in a table by day, with no hashing and only the
    /// distinct days written out.
    private func encode(_ values: [Day?], into column: UnsafeMutablePointer<baocao_column>) {
        func number(_ day: Day) -> Int { day.year << 9 | day.month << 5 | day.day }
        var low = Int.max, high = Int.min
        for case let day? in values {
            guard (1...9999).contains(day.year) else { return encode(values.map { $0?.description }, into: column) }
            low = min(low, number(day))
            high = max(high, number(day))
        }
        let codes = allocate(Int32.self, values.count)
        guard low <= high else {
            for row in values.indices { codes[row] = -1 }
            return setTexts(codes: codes, distinct: [], into: column)
        }
        var codeOf = [Int32](repeating: -1, count: high - low + 1)
        var lastNumber = -1
        for case let day? in values where number(day) != lastNumber {
            lastNumber = number(day)
            codeOf[lastNumber - low] = 0
        }
        var distinct: [Day] = []
        for offset in codeOf.indices where codeOf[offset] == 0 {
            codeOf[offset] = Int32(distinct.count)
            distinct.append(Day(year: (low + offset) >> 9, month: (low + offset) >> 5 & 15, day: (low + offset) & 31)!)
        }
        for row in values.indices { codes[row] = values[row].map { codeOf[number($0) - low] } ?? -1 }
        setTexts(codes: codes, distinct: distinct.map(\.description), into: column)
    }

    /// Gives the column its rows' codes and the distinct texts in code order.
    private func setTexts(codes: UnsafeMutablePointer<Int32>, distinct: [String],
                          into column: UnsafeMutablePointer<baocao_column>) {
        let bytes = allocate(CChar.self, Self.byteCount(distinct))
        let offsets = allocate(Int64.self, distinct.count + 1)
        Self.layOut(distinct, bytes: bytes, offsets: offsets)
        set(column, codes: codes, distinct: distinct.count, bytes: bytes, offsets: offsets)
    }

    private static func byteCount(_ texts: [String]) -> Int { texts.reduce(0) { $0 + $1.utf8.count } }

    /// The texts' UTF-8 one after another in `bytes` (`byteCount` of them), text `i` from
    /// `offsets[i]` to `offsets[i + 1]` (`texts.count + 1` offsets).
    private static func layOut(_ texts: [String], bytes: UnsafeMutablePointer<CChar>,
                               offsets: UnsafeMutablePointer<Int64>) {
        var offset = 0
        for (index, var text) in texts.enumerated() {
            offsets[index] = Int64(offset)
            text.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) {
                    if let base = $0.baseAddress { (bytes + offset).initialize(from: base, count: $0.count) }
                }
                offset += utf8.count
            }
        }
        offsets[texts.count] = Int64(offset)
    }

    private func set(_ column: UnsafeMutablePointer<baocao_column>, codes: UnsafeMutablePointer<Int32>, distinct: Int,
                     bytes: UnsafeMutablePointer<CChar>, offsets: UnsafeMutablePointer<Int64>) {
        column.pointee.codes = UnsafePointer(codes)
        column.pointee.distinct_count = Int32(distinct)
        column.pointee.text_bytes = UnsafePointer(bytes)
        column.pointee.text_offsets = UnsafePointer(offsets)
    }
}

extension SQLiteColumnTable {
    /// A TEXT column as the table keeps it, for Swift code that counts over
    /// a whole table faster than SQL can step through it: each row's code
    /// (-1: NULL) and the distinct texts in code order. Codes rank as their
    /// texts' bytes do, so a comparison of texts is one of codes.
    public struct TextCodes: @unchecked Sendable {
        /// A code per row, valid while `table` lives (it is kept here).
        public let codes: UnsafeBufferPointer<Int32>
        public let texts: [String]
        private let table: SQLiteColumnTable
        private let column: baocao_column

        init(_ table: SQLiteColumnTable, _ column: baocao_column) {
            self.table = table
            self.column = column
            codes = UnsafeBufferPointer(start: column.codes, count: table.rowCount)
            texts = (0..<Int(column.distinct_count)).map { code in
                let start = Int(column.text_offsets[code]), end = Int(column.text_offsets[code + 1])
                return String(decoding: UnsafeRawBufferPointer(start: column.text_bytes + start, count: end - start),
                              as: UTF8.self)
            }
        }

        /// How many distinct texts order at or before `text`: a row's text is
        /// at most `text` exactly when its (non-NULL) code is below this.
        public func codes(upTo text: String) -> Int32 {
            var low = 0, high = texts.count
            while low < high {
                let middle = (low + high) / 2
                if TextBytes(texts[middle]) <= TextBytes(text) { low = middle + 1 } else { high = middle }
            }
            return Int32(low)
        }

        /// For each of this column's codes, the code of the same text in
        /// `other` (-1: none there). Both lists are in byte order: one merge
        /// of them, not a search per text.
        public func codes(in other: TextCodes) -> [Int32] {
            var result = [Int32](repeating: -1, count: texts.count)
            var theirs = 0
            for ours in texts.indices {
                var order: Int32 = 1
                while theirs < other.texts.count {
                    order = Self.compare(other.column, theirs, column, ours)
                    if order >= 0 { break }
                    theirs += 1
                }
                if order == 0 { result[ours] = Int32(theirs) }
            }
            return result
        }

        /// Negative, zero or positive as text `a` of column `left` orders before, as or after text `b` of `right`.
        private static func compare(_ left: baocao_column, _ a: Int, _ right: baocao_column, _ b: Int) -> Int32 {
            let leftStart = left.text_offsets[a], rightStart = right.text_offsets[b]
            return baocao_compare_bytes(left.text_bytes + Int(leftStart), left.text_offsets[a + 1] - leftStart,
                                        right.text_bytes + Int(rightStart), right.text_offsets[b + 1] - rightStart)
        }

        /// The code of `text`, or nil when no row holds it.
        public func code(of text: String) -> Int32? {
            let after = codes(upTo: text)
            return after > 0 && TextBytes(texts[Int(after) - 1]) == TextBytes(text) ? after - 1 : nil
        }
    }

    /// The TEXT column `name` as stored; nil when there is no such text column.
    public func textCodes(_ name: String) -> TextCodes? {
        guard let position = columnNames.firstIndex(of: name) else { return nil }
        let column = table.pointee.columns[position]
        guard column.kind == Int32(BAOCAO_COLUMN_TEXT.rawValue) else { return nil }
        return TextCodes(self, column)
    }

    /// The INTEGER column `name`, a value per row (nil: NULL); nil when there is no such integer column.
    public func integers(_ name: String) -> [Int?]? {
        guard let position = columnNames.firstIndex(of: name) else { return nil }
        let column = table.pointee.columns[position]
        guard column.kind == Int32(BAOCAO_COLUMN_INTEGER.rawValue) else { return nil }
        return (0..<rowCount).map { row in column.nulls?[row] == 1 ? nil : Int(column.integers[row]) }
    }
}

/// A text as its UTF-8 bytes, as SQLite compares texts: compared and
/// ordered bytewise (`String` would compare non-ASCII texts by their
/// canonical equivalence).
private struct TextBytes: Comparable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    /// Negative, zero or positive as the bytes order, as C compares memory.
    private static func compare(_ left: TextBytes, _ right: TextBytes) -> Int32 {
        var left = left.text, right = right.text
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                baocao_compare_bytes(leftBytes.baseAddress, Int64(leftBytes.count),
                                     rightBytes.baseAddress, Int64(rightBytes.count))
            }
        }
    }

    static func == (left: TextBytes, right: TextBytes) -> Bool {
        left.text.utf8.count == right.text.utf8.count && compare(left, right) == 0
    }

    static func < (left: TextBytes, right: TextBytes) -> Bool { compare(left, right) < 0 }
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
