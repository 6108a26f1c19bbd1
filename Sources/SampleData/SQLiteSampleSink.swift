internal import Foundation
internal import DatasetReaders
internal import SQLiteSupport

/// One `dataset.sqlite` holding every table under its name with the canonical
/// columns, as `baocao --data dataset.sqlite` reads it: numbers in INTEGER or
/// REAL columns, dates as ISO text.
final class SQLiteSampleSink: SampleSink {
    private let file: PendingFile
    private var database: SQLiteDatabase?
    private var inserts: [SQLiteStatement] = []

    init(folder: URL) throws(SampleError) {
        file = PendingFile(folder: folder, name: "dataset.sqlite")
        unlink(file.temporary.path)
        do {
            let database = try SQLiteDatabase(creatingFile: file.temporary.path)
            try database.execute("PRAGMA journal_mode = OFF")
            try database.execute("PRAGMA synchronous = OFF")
            try database.execute("BEGIN")
            for table in SampleTable.allCases {
                let columns = table.schema.columns.map { column in
                    "\"\(column.name)\" " + (column.type == .integer ? "INTEGER" : column.type == .number ? "REAL" : "TEXT")
                }
                try database.execute("CREATE TABLE \"\(table.name)\" (\(columns.joined(separator: ", ")))")
                let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
                inserts.append(try database.prepare("INSERT INTO \"\(table.name)\" VALUES (\(marks))"))
            }
            self.database = database
        } catch {
            file.remove()
            throw .output(path: file.final.path, reason: error.description)
        }
    }

    func append(_ table: SampleTable, _ cells: [SampleCell]) throws(SampleError) {
        let values: [SQLValue] = cells.map { cell in
            switch cell {
            case .text(let text): .text(text)
            case .int(let value): .integer(value)
            case .hundredths(let value): value % 100 == 0 ? .integer(value / 100) : .real(Double(value) / 100)
            case .date(let day): .text(day.iso)
            case .empty: .null
            }
        }
        do {
            try inserts[table.rawValue].run(values)
        } catch {
            throw .output(path: file.final.path, reason: error.description)
        }
    }

    func finish() throws(SampleError) -> [String] {
        do {
            try database?.execute("COMMIT")
        } catch {
            throw .output(path: file.final.path, reason: error.description)
        }
        inserts = []
        database = nil   // closes the connection
        try file.commit()
        return [file.final.lastPathComponent]
    }

    func discard() {
        inserts = []
        database = nil
        file.remove()
    }
}
