/// One row of a table as text cells, from whichever form the table was given in.
struct SourceRecord {
    /// 1-based line of a CSV record (its first line) or row of a sheet.
    let line: Int
    let fields: RecordFields

    init(line: Int, fields: [String], numericFields: Set<Int> = []) {
        self.init(line: line, fields: RecordFields(fields, numeric: numericFields))
    }

    init(line: Int, fields: RecordFields) {
        self.line = line
        self.fields = fields
    }

    /// Fields that were typed numbers in their file (XLSX numeric cells,
    /// SQLite INTEGER/REAL), written plainly (`1234.5`): `number_locale: vi`
    /// does not apply to them.
    var numericFields: Set<Int> { fields.numeric }

    /// The record with its fields as texts of its own: a CSV record's
    /// fields point into its file's bytes, which live only while it is read.
    func owned() -> SourceRecord {
        SourceRecord(line: line, fields: Array(fields), numericFields: numericFields)
    }
}

/// A record's fields as texts: trimmed, NFC. A CSV record's are where they
/// lie in its file's bytes, made into texts only when asked, so that a
/// number, a date or a choice is read from its bytes without a `String`.
///
/// A CSV record holds no reference: copied from the parser to the decoder
/// and on into each row's reader, it retains nothing (three references a
/// copy cost more than reading its cells).
struct RecordFields: RandomAccessCollection {
    /// Where a CSV field's bytes are in its file, trimmed.
    struct Span {
        var start: Int
        var count: Int
    }

    private enum Storage {
        case texts([String], numeric: Set<Int>)
        /// Valid only while the parser reads: neither the bytes nor the spans are its own.
        case bytes(UnsafePointer<UInt8>, spans: UnsafePointer<Span>)
    }

    private let storage: Storage
    let endIndex: Int
    var startIndex: Int { 0 }

    init(_ texts: [String], numeric: Set<Int> = []) {
        storage = .texts(texts, numeric: numeric)
        endIndex = texts.count
    }

    /// The first `count` of `spans` in the bytes at `base`: valid only while both are.
    init(bytes base: UnsafePointer<UInt8>, spans: UnsafePointer<Span>, count: Int) {
        storage = .bytes(base, spans: spans)
        endIndex = count
    }

    subscript(index: Int) -> String {
        precondition(index >= 0 && index < endIndex, "field \(index) of \(endIndex)")
        switch storage {
        case .texts(let texts, _): return texts[index]
        case .bytes(let base, let spans):
            return CellText.text(UnsafeBufferPointer(start: base + spans[index].start, count: spans[index].count))
        }
    }

    /// The field's bytes, trimmed, when it was read from a file's bytes as
    /// they are (a CSV record without quotes): parsers of numbers, dates
    /// and choices read them.
    func bytes(at index: Int) -> UnsafeBufferPointer<UInt8>? {
        guard case .bytes(let base, let spans) = storage else { return nil }
        precondition(index >= 0 && index < endIndex, "field \(index) of \(endIndex)")
        return UnsafeBufferPointer(start: base + spans[index].start, count: spans[index].count)
    }

    /// Fields that were typed numbers in their file.
    var numeric: Set<Int> {
        if case .texts(_, let numeric) = storage { return numeric }
        return []
    }
}

/// A dataset table as it was found: where (`members.csv`,
/// `danh-sach.xlsx[members]`, `data.sqlite[members]`) and how to read its
/// records, the header among them. Every form is read into records, then
/// decoded alike.
///
/// Records are read only when the loader comes to the table, and handed over
/// one at a time: no table is ever held whole as text, whatever its size.
struct SourceTable {
    /// Hands each record to `consume` in file order and returns the problems
    /// that did not stop the reading (text after a closing quote…); throws
    /// when the table cannot be read on.
    typealias RecordReader = (_ consume: (SourceRecord) -> Void) throws(SourceReadError) -> [Problem]

    /// The table's name, e.g. `members`.
    let name: String
    /// How messages name the place: `members.csv`, `data.xlsx[members]`.
    let location: String
    /// Whether reading it shares nothing with other tables (a CSV file of its
    /// own), so that it can be read on another thread at the same time.
    let standsAlone: Bool
    /// The size of its file, when it has one: the largest tables are read first.
    let byteCount: Int
    private let reader: RecordReader

    init(name: String, location: String, standsAlone: Bool = false, byteCount: Int = 0,
         reader: @escaping RecordReader) {
        self.name = name
        self.location = location
        self.standsAlone = standsAlone
        self.byteCount = byteCount
        self.reader = reader
    }

    func readRecords(_ consume: (SourceRecord) -> Void) throws(SourceReadError) -> [Problem] {
        try reader(consume)
    }
}

/// A table that could not be read to its end: a file not in UTF-8, a damaged
/// worksheet, an unreadable SQLite table. The records handed over before it
/// are of no further use.
struct SourceReadError: Error {
    let problem: Problem
}
