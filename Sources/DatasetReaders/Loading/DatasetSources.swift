internal import Foundation
internal import SQLiteSupport
internal import ReportModel

/// Finds a dataset's tables wherever they are given (SPEC §1): `NAME.csv` and
/// sheets named `NAME` of the workbooks in a folder, or the tables of a
/// SQLite file. A table given twice is an error naming both places.
///
/// Finding reads no table's rows: each is read when the loader takes it.
struct DatasetSources {
    private(set) var tables: [String: SourceTable] = [:]
    private(set) var problems: [Problem] = []
    /// Tables found but unreadable (a damaged workbook part…), by name.
    private(set) var unreadable: Set<String> = []

    /// The tables looked for, in loading order.
    private let tableNames: [String]

    /// The file extensions of SQLite datasets.
    static let sqliteExtensions: Set<String> = ["sqlite", "sqlite3", "db"]

    init(folder: URL, tables: [String]) {
        tableNames = tables
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for file in files {
            let url = folder.appendingPathComponent(file)
            let (stem, ext) = ((file as NSString).deletingPathExtension, (file as NSString).pathExtension.lowercased())
            if ext == "csv", tableName(stem) == nil {
                ignore(file)
            } else if ext == "csv", let name = tableName(stem) {
                let csv = CSVFile(url: url, file: file)
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
                add(SourceTable(name: name, location: file, standsAlone: true, byteCount: size) {
                    consume throws(SourceReadError) in
                    do throws(CSVError) {
                        return try csv.readRecords(consume)
                    } catch {
                        throw SourceReadError(problem: error.problem)
                    }
                })
            } else if ext == "xlsx", !file.hasPrefix("~$") {   // ~$ files are Excel's locks of open workbooks
                findSheets(url, file: file, stem: stem)
            }
        }
    }

    init(sqliteFile url: URL, tables: [String]) {
        tableNames = tables
        let file = url.lastPathComponent
        do {
            let database = try SQLiteDatasetFile(url: url, displayName: file)
            for stored in try database.tableNames() {
                // SQLite's own tables (sqlite_sequence…) are no one's data.
                guard let name = tableName(stored) else {
                    if !stored.lowercased().hasPrefix("sqlite_") { ignore("\(file)[\(stored)]") }
                    continue
                }
                add(database.table(stored, as: name))
            }
        } catch {
            problems.append(Problem(file: file, line: nil, message: Message("not a readable SQLite database: "
                                                                          + "\(error.message)")))
        }
    }

    /// The dataset table a file or sheet name stands for, ignoring case.
    func tableName(_ candidate: String) -> String? {
        let folded = candidate.trimmingCharacters(in: .whitespaces).lowercased()
        return tableNames.contains(folded) ? folded : nil
    }

    /// A file, sheet or SQLite table that is no table: said once, then left alone.
    private mutating func ignore(_ place: String) {
        problems.append(Problem(.warning, file: place, line: nil, message:
            Message("not a dataset table (the tables are \(tableNames.joined(separator: ", "))); ignored")))
    }

    /// Every sheet named after a table is that table; a workbook named after a
    /// table whose only sheet is not (`members.xlsx` with `Sheet1`) is that table too.
    private mutating func findSheets(_ url: URL, file: String, stem: String) {
        do {
            let workbook = try XLSXWorkbook(url: url, displayName: file)
            var sheets = workbook.sheetNames.compactMap { sheet in tableName(sheet).map { (sheet, $0) } }
            if sheets.isEmpty, workbook.sheetNames.count == 1, let name = tableName(stem) {
                sheets = [(workbook.sheetNames[0], name)]
            }
            for sheet in workbook.sheetNames where !sheets.contains(where: { $0.0 == sheet }) {
                ignore("\(file)[\(sheet)]")
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

    /// Hands over the table `name`: a workbook is closed once its last table is read.
    mutating func take(_ name: String) -> SourceTable? {
        tables.removeValue(forKey: name)
    }

    mutating func add(_ table: SourceTable) {
        if let earlier = tables[table.name] {
            problems.append(Problem(file: table.location, line: nil, message:
                Message("table \(table.name) is given twice, here and in \(earlier.location); keep one")))
            return
        }
        tables[table.name] = table
    }
}
