internal import Foundation
internal import SQLiteSupport
internal import ReportModel

/// A SQLite database holding the dataset's tables under their names, with the
/// same columns (SPEC §1). Opened read-only; every value is read as the text a
/// CSV cell would hold, so the same rules and messages apply.
struct SQLiteDatasetFile {
    let displayName: String
    private let database: SQLiteDatabase

    init(url: URL, displayName: String) throws(SQLiteError) {
        self.displayName = displayName
        database = try SQLiteDatabase(readingFile: url.path)
        // A file that is not a database fails here, not at open.
        _ = try database.prepare("SELECT name FROM sqlite_master")
    }

    /// The names of the tables in the file, as stored.
    func tableNames() throws(SQLiteError) -> [String] {
        let statement = try database.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
        var names: [String] = []
        while try statement.step() {
            if let name = statement.value(at: 0).string { names.append(name) }
        }
        return names
    }

    /// The table `stored` as records: the column names first (line 1), then
    /// each row in rowid order (line 2 onward), so messages say
    /// `data.sqlite[members]:2` for the first row. Rows are read when the
    /// table's records are.
    func table(_ stored: String, as name: String) -> SourceTable {
        let location = "\(displayName)[\(stored)]"
        return SourceTable(name: name, location: location) { consume throws(SourceReadError) in
            do throws(SQLiteError) {
                try readRows(of: stored, consume)
            } catch {
                throw SourceReadError(problem: Problem(file: location, line: nil,
                                                       message: Message("cannot read the table: \(error.message)")))
            }
            return []
        }
    }

    private func readRows(of stored: String, _ consume: (SourceRecord) -> Void) throws(SQLiteError) {
        let quoted = "\"" + stored.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let statement = try database.prepare("SELECT * FROM \(quoted)")
        let columns = (0..<statement.columnCount).map(statement.columnName)
        consume(SourceRecord(line: 1, fields: columns.map(CellText.clean)))
        var line = 1
        while try statement.step() {
            line += 1
            var fields: [String] = []
            var numeric: Set<Int> = []
            for index in 0..<columns.count {
                switch statement.value(at: index) {
                case .null: fields.append("")
                case .integer(let value):
                    fields.append(String(value))
                    numeric.insert(index)
                case .real(let value):
                    fields.append(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)")
                    numeric.insert(index)
                case .text(let value): fields.append(CellText.clean(value))
                }
            }
            if fields.contains(where: { !$0.isEmpty }) {
                consume(SourceRecord(line: line, fields: fields, numericFields: numeric))
            }
        }
    }
}
