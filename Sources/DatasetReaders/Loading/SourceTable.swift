/// One row of a table as text cells, from whichever form the table was given in.
struct SourceRecord {
    /// 1-based line of a CSV record (its first line) or row of a sheet.
    let line: Int
    let fields: [String]
    /// Fields that were typed numbers in their file (XLSX numeric cells,
    /// SQLite INTEGER/REAL), written plainly (`1234.5`): `number_locale: vi`
    /// does not apply to them.
    var numericFields: Set<Int> = []
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
