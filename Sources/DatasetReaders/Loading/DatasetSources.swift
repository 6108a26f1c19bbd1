internal import Foundation
internal import SQLiteSupport

/// Finds a dataset's tables wherever they are given (SPEC §1): `NAME.csv` and
/// sheets named `NAME` of the workbooks in a folder, or the tables of a
/// SQLite file. A table given twice is an error naming both places.
struct DatasetSources {
    private(set) var tables: [String: SourceTable] = [:]
    private(set) var problems: [Problem] = []
    /// Tables found but unreadable (bad encoding…), by name.
    private(set) var unreadable: Set<String> = []

    private static let tableNames = Set(TableSchema.all.map(\.name))

    /// The file extensions of SQLite datasets.
    static let sqliteExtensions: Set<String> = ["sqlite", "sqlite3", "db"]

    init(folder: URL) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for file in files {
            let url = folder.appendingPathComponent(file)
            let (stem, ext) = ((file as NSString).deletingPathExtension, (file as NSString).pathExtension.lowercased())
            if ext == "csv", let name = Self.tableName(stem) {
                readCSV(url, file: file, as: name)
            } else if ext == "xlsx", !file.hasPrefix("~$") {   // ~$ files are Excel's locks of open workbooks
                readWorkbook(url, file: file, stem: stem)
            }
        }
    }

    init(sqliteFile url: URL) {
        let file = url.lastPathComponent
        do {
            let database = try SQLiteDatasetFile(url: url, displayName: file)
            for stored in try database.tableNames() {
                guard let name = Self.tableName(stored) else { continue }
                add(try database.table(stored, as: name))
            }
        } catch {
            problems.append(Problem(file: file, line: nil, message: "not a readable SQLite database: \(error.message)"))
        }
    }

    /// The dataset table a file or sheet name stands for, ignoring case.
    static func tableName(_ candidate: String) -> String? {
        let folded = candidate.trimmingCharacters(in: .whitespaces).lowercased()
        return tableNames.contains(folded) ? folded : nil
    }

    private mutating func readCSV(_ url: URL, file: String, as name: String) {
        do {
            let csv = try CSVFile(data: try Data(contentsOf: url), file: file)
            add(SourceTable(name: name, location: file, records: csv.records, problems: csv.problems))
        } catch let error as CSVError {
            problems.append(error.problem)
            unreadable.insert(name)
        } catch {
            problems.append(Problem(file: file, line: nil, message: "cannot read: \(error.localizedDescription)"))
            unreadable.insert(name)
        }
    }

    /// Every sheet named after a table is that table; a workbook named after a
    /// table whose only sheet is not (`members.xlsx` with `Sheet1`) is that table too.
    private mutating func readWorkbook(_ url: URL, file: String, stem: String) {
        do {
            let workbook = try XLSXWorkbook(url: url, displayName: file)
            var sheets = workbook.sheetNames.compactMap { sheet in Self.tableName(sheet).map { (sheet, $0) } }
            if sheets.isEmpty, workbook.sheetNames.count == 1, let name = Self.tableName(stem) {
                sheets = [(workbook.sheetNames[0], name)]
            }
            for (sheet, name) in sheets {
                do {
                    add(try workbook.table(sheet: sheet, name: name))
                } catch {
                    problems.append(error.problem)
                    unreadable.insert(name)
                }
            }
        } catch {
            problems.append(error.problem)
        }
    }

    /// Hands over the table `name`, keeping no copy of its records.
    mutating func take(_ name: String) -> SourceTable? {
        tables.removeValue(forKey: name)
    }

    mutating func add(_ table: SourceTable) {
        if let earlier = tables[table.name] {
            problems.append(Problem(file: table.location, line: nil, message:
                "table \(table.name) is given twice, here and in \(earlier.location); keep one"))
            return
        }
        tables[table.name] = table
    }
}
