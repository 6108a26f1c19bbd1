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
/// `danh-sach.xlsx[members]`, `data.sqlite[members]`) and its records, the
/// header among them. Every form is read into this, then decoded alike.
struct SourceTable {
    /// The table's name, e.g. `members`.
    let name: String
    /// How messages name the place: `members.csv`, `data.xlsx[members]`.
    let location: String
    let records: [SourceRecord]
    /// Problems found while reading that did not stop it (text after a closing quote…).
    let problems: [Problem]
}
