import ReportModel
import SQLiteSupport
import Testing

/// A column table answers every query as the same rows in an SQLite table
/// do: the same data both ways, queries with equalities, ranges, NULLs,
/// texts compared with numbers and joins, results compared row for row.
@Suite struct ColumnTableTests {
    /// Rows of (unit, year, score, note): a few units, years with gaps, NULLs in every column.
    static let rows: [(String?, Int?, Double?, String?)] = (0..<400).map { index in
        let units = ["b1", "b10", "b2", "x", "Đảng bộ", "a b", "b1 ", "", "05", "5"]
        let unit: String? = index % 37 == 5 ? nil : units[(index * 7) % units.count]
        let year: Int? = index % 29 == 3 ? nil : 2019 + (index * 5) % 7
        let score: Double? = index % 23 == 1 ? nil : Double((index * 13) % 17) / 4 - 1
        let note: String? = index % 3 == 0 ? nil : "n\((index * 11) % 9)"
        return (unit, year, score, note)
    }

    let database: SQLiteDatabase

    init() throws {
        database = try SQLiteDatabase()
        try database.execute("CREATE TABLE plain (unit_id TEXT, year INTEGER, score REAL, note TEXT)")
        let insert = try database.prepare("INSERT INTO plain VALUES (?1, ?2, ?3, ?4)")
        for (unit, year, score, note) in Self.rows {
            try insert.run([.optional(unit), year.map(SQLValue.integer) ?? .null, .optional(score), .optional(note)])
        }
        let table = SQLiteColumnTable(name: "columns", columns: [
            ("unit_id", .texts(Self.rows.map(\.0))), ("year", .integers(Self.rows.map(\.1))),
            ("score", .reals(Self.rows.map(\.2))), ("note", .texts(Self.rows.map(\.3))),
        ], indexes: [["unit_id", "year"], ["year", "score"], ["score"]])
        try database.attach([table])
        try database.createVirtualTable(table)
    }

    static let conditions = [
        "unit_id = 'b1'", "unit_id = 'b1' AND year = 2021", "unit_id = 'b1' AND year BETWEEN 2020 AND 2022",
        "unit_id = 'b1' AND year > 2020", "unit_id = 'b1' AND year >= 2020.5", "unit_id = 'b1' AND year < 2021.0",
        "unit_id = 'nowhere'", "unit_id = 'Đảng bộ'", "unit_id = ''", "unit_id = 'b1 '", "unit_id IS NULL",
        "unit_id = NULL", "unit_id > 'b1' AND unit_id <= 'b2'", "unit_id < 'b'", "unit_id >= 'x'",
        "unit_id = 'b1' COLLATE NOCASE", "unit_id = 'B1'", "unit_id IN ('b1', 'x')",
        // A number of numeric affinity turns the texts into numbers: '05' = 5, '10' > 9.
        "unit_id = 5", "unit_id = CAST('5' AS INTEGER)", "unit_id > CAST(4 AS INTEGER)", "unit_id < CAST(6 AS REAL)",
        "year = 2021", "year = '2021'", "year = 2021.0", "year = 2021.5", "year > 2023", "year <= 2019",
        "year = 2022 AND score > 0", "year = 2022 AND score BETWEEN -0.5 AND 1.25", "year IS NULL",
        "score = 1.25", "score = 1", "score > 2", "score < 0", "score >= '1'",
        "note = 'n4'", "note IS NULL", "1",
    ]

    @Test(arguments: conditions)
    func aColumnTableAnswersAsAnSQLiteTable(_ condition: String) throws {
        let columns = "unit_id, year, score, note"
        let order = "ORDER BY unit_id, year, score, note"
        // Sorted here too: SQLite may take `unit_id = CAST(…)` as fixing unit_id and skip the sort.
        let byText: ([String], [String]) -> Bool = { $0.lexicographicallyPrecedes($1) }
        let expected = try rows("SELECT \(columns) FROM plain WHERE \(condition) \(order)").sorted(by: byText)
        let actual = try rows("SELECT \(columns) FROM columns WHERE \(condition) \(order)").sorted(by: byText)
        #expect(actual == expected)
        #expect(!expected.isEmpty || ["nowhere", "NULL", "B1", "2021.5", "'1'"].contains { condition.contains($0) },
                "the data should have rows for \(condition)")
    }

    @Test func joinsUseTheIndexes() throws {
        func join(_ table: String) -> String {
            """
            SELECT p.unit_id, p.year, COUNT(*) FROM plain p JOIN \(table) c ON c.unit_id = p.unit_id AND c.year = p.year
            GROUP BY 1, 2 ORDER BY 1, 2
            """
        }
        let expected = try rows(join("plain"))
        #expect(try rows(join("columns")) == expected)
        #expect(expected.count > 10)
        let plan = try rows("EXPLAIN QUERY PLAN SELECT * FROM columns WHERE unit_id = 'b1' AND year = 2021")
        // Index 1, two equalities: the plan's number (1 | 2 << 8).
        #expect(plan.map { $0.joined(separator: " ") }.joined(separator: "\n").contains("VIRTUAL TABLE INDEX 513"), "\(plan)")
    }

    @Test func theTableIsReadOnlyAndDeclaresItsColumns() throws {
        #expect(throws: SQLiteError.self) { try database.execute("DELETE FROM columns") }
        #expect(try rows("SELECT name, type FROM pragma_table_info('columns')") ==
                [["unit_id", "TEXT"], ["year", "INTEGER"], ["score", "REAL"], ["note", "TEXT"]])
        #expect(try rows("SELECT COUNT(*), COUNT(unit_id), COUNT(year), SUM(score) FROM columns")
                == rows("SELECT COUNT(*), COUNT(unit_id), COUNT(year), SUM(score) FROM plain"))
    }

    /// Texts are told apart and ordered by their bytes, as SQLite does:
    /// the NFC and NFD spellings of one word are two texts; thousands of
    /// distinct texts, runs of a repeated one and the empty text code as
    /// their SQLite copies compare. Days order as their ISO texts, from year
    /// 1 to 9999, leap days included. An index over both finds every row.
    @Test func textsAndDaysAreCodedInTheirBytesOrder() throws {
        let words = ["Đảng bộ", "Đảng bộ".decomposedStringWithCanonicalMapping, "", "a", "a", "a", "A", "b"]
        let texts: [String?] = (0..<6000).map { index in
            index % 11 == 0 ? nil : index % 3 == 0 ? words[index % words.count] : "t\((index * 7919) % 4001)"
        }
        let days: [Day?] = (0..<6000).map { index in
            let some = [Day(year: 1, month: 1, day: 1), Day(year: 999, month: 12, day: 31),
                        Day(year: 2024, month: 2, day: 29), Day(year: 9999, month: 12, day: 31)]
            return index % 13 == 0 ? nil : index % 5 == 0 ? some[index % 4]
                : Day(year: 2000 + index % 30, month: 1 + index % 12, day: 1 + index % 28)
        }
        try database.execute("CREATE TABLE plain_texts (word TEXT, day TEXT)")
        let insert = try database.prepare("INSERT INTO plain_texts VALUES (?1, ?2)")
        for (text, day) in zip(texts, days) { try insert.run([.optional(text), .optional(day?.description)]) }
        let table = SQLiteColumnTable(name: "coded_texts", columns: [("word", .texts(texts)), ("day", .days(days))],
                                      indexes: [["word", "day"], ["day"]])
        try database.attach([table])
        try database.createVirtualTable(table)
        for query in [
            "SELECT word, COUNT(*) FROM %@ GROUP BY word ORDER BY word",
            "SELECT day, COUNT(*) FROM %@ GROUP BY day ORDER BY day",
            "SELECT COUNT(*) FROM %@ WHERE word = 'Đảng bộ'", "SELECT COUNT(*) FROM %@ WHERE word < 'b'",
            "SELECT COUNT(*) FROM %@ WHERE day BETWEEN '0999-12-31' AND '2024-02-29'",
            "SELECT COUNT(*) FROM %@ WHERE day = '2024-02-29'",
            // Every row looked up by its word and day through the index: a key of 20 bits and more.
            """
            SELECT p.word, p.day, COUNT(*) FROM plain_texts p JOIN %@ c ON c.word = p.word AND c.day = p.day
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
        ] {
            let expected = try rows(query.replacingOccurrences(of: "%@", with: "plain_texts"))
            #expect(try rows(query.replacingOccurrences(of: "%@", with: "coded_texts")) == expected, "\(query)")
            #expect(!expected.isEmpty)
        }
        let distinct = try rows("SELECT COUNT(DISTINCT word) FROM plain_texts")
        #expect(try rows("SELECT COUNT(DISTINCT word) FROM coded_texts") == distinct)
        #expect(distinct.first?.first.flatMap { Int($0.dropFirst()) } ?? 0 > 3000, "\(distinct)")
    }

    /// One column's texts found in another's by merging the two sorted lists:
    /// the same codes as a search for each, texts missing from either side included.
    @Test func textsAreMatchedAcrossColumns() throws {
        let ours: [String?] = ["b", "Đảng", "", "a", nil, "z", "b", "m", "Đảng".decomposedStringWithCanonicalMapping]
        let theirs: [String?] = ["a", "c", "Đảng", "", "m", "y", "zz", nil]
        let left = SQLiteColumnTable(name: "left", columns: [("text", .texts(ours))], indexes: [])
        let right = SQLiteColumnTable(name: "right", columns: [("text", .texts(theirs))], indexes: [])
        let leftCodes = try #require(left.textCodes("text")), rightCodes = try #require(right.textCodes("text"))
        let matched = leftCodes.codes(in: rightCodes)
        #expect(matched == leftCodes.texts.map { rightCodes.code(of: $0) ?? -1 })
        #expect(matched.filter { $0 >= 0 }.count == 4, "\(leftCodes.texts) in \(rightCodes.texts): \(matched)")
    }

    private func rows(_ sql: String) throws -> [[String]] {
        let statement = try database.prepare(sql)
        var rows: [[String]] = []
        while try statement.step() {
            rows.append((0..<statement.columnCount).map { index in
                switch statement.value(at: index) {
                case .null: "NULL"
                case .integer(let number): "i\(number)"
                case .real(let number): "r\(number)"
                case .text(let text): text
                }
            })
        }
        return rows
    }
}
