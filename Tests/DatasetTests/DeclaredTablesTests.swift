import DatasetReaders
import DatasetStore
import Foundation
import ReportModel
import Testing

/// `ratings`, `meetings` and a table a plugin brings are read in every form
/// with the same rules and messages as SPEC's tables, and stored alike.
@Suite struct DeclaredTablesTests {
    static let ratings = """
        Năm,Loại đối tượng,Mã đối tượng,Xếp loại
        2024,organization,b1,Hoàn thành xuất sắc nhiệm vụ
        2024,Tổ chức đảng,b2,good
        2024,Đảng viên,m1,complete
        2023,member,m1,incomplete

        """
    static let meetings = """
        Mã chi bộ,Ngày sinh hoạt,Loại sinh hoạt,Số đảng viên,Số có mặt,Cấp ủy cấp trên dự
        b1,05/01/2024,Thường kỳ,12,11,có
        b1,2024-01-20,thematic,12,12,no
        b2,2024-02-03,regular,8,7,

        """
    /// A plugin's table, as the plugin engine builds it from `inputs:` in plugin.yaml.
    static let trainingClasses = TableSchema(name: "training_classes", columns: [
        .init("unit_id", aliases: ["Mã đơn vị"], required: true, references: "units"),
        .init("opened_on", aliases: ["Ngày khai giảng"], type: .date, required: true),
        .init("level", aliases: ["Loại lớp"], type: .choice(TableSchema.Choices([
            TableSchema.Choice("basic", labels: ["Sơ cấp"]), TableSchema.Choice("refresher", labels: ["Bồi dưỡng"]),
        ]))),
        .init("students", aliases: ["Số học viên"], type: .integer, required: true, minimum: 0),
        .init("cost_vnd", type: .number),
        .init("online", type: .bool),
    ])
    static let classes = """
        Mã đơn vị,Ngày khai giảng,Loại lớp,Số học viên,cost_vnd,online
        x,2024-03-04,Sơ cấp,40,1500000.5,yes
        b1,15/04/2024,refresher,25,,0

        """

    static func store(_ folder: URL) throws -> DatasetStore {
        let loaded = try DatasetLoader().load(folder, pluginTables: [trainingClasses])
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        return try DatasetStore(loaded)
    }

    static func rows(_ store: DatasetStore, _ sql: String) throws -> [String] {
        try store.query(sql).map { row in
            row.values.map { value in
                switch value {
                case .null: "-"
                case .integer(let number): "\(number)"
                case .real(let number): "\(number)"
                case .text(let text): text
                }
            }.joined(separator: " ")
        }
    }

    @Test func theSameRowsInEveryForm() throws {
        let csv = try TemporaryDataset(["ratings.csv": Self.ratings, "meetings.csv": Self.meetings,
                                        "training_classes.csv": Self.classes])
        let forms = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-forms-\(UUID().uuidString)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/make_forms.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, csv.url.path, forms.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "make_forms.py failed (is openpyxl installed?)")

        let expected = (
            ratings: [
                "2023 member m1 incomplete", "2024 member m1 complete", "2024 organization b1 excellent",
                "2024 organization b2 good",
            ],
            meetings: ["b1 2024-01-05 regular 12 11 1", "b1 2024-01-20 thematic 12 12 0", "b2 2024-02-03 regular 8 7 -"],
            classes: ["x 2024-03-04 basic 40 1500000.5 1", "b1 2024-04-15 refresher 25 - 0"]
        )
        for folder in [csv.url, forms.appendingPathComponent("dataset.sqlite"), forms.appendingPathComponent("workbook")] {
            let store = try Self.store(folder)
            #expect(try Self.rows(store, "SELECT year, subject_type, subject_id, rating FROM ratings ORDER BY 1, 2, 3")
                == expected.ratings, "\(folder.lastPathComponent)")
            #expect(try Self.rows(store, """
                SELECT unit_id, date, kind, members_total, members_present, upper_level_attended
                FROM meetings ORDER BY unit_id, date
                """) == expected.meetings, "\(folder.lastPathComponent)")
            #expect(try Self.rows(store, "SELECT unit_id, opened_on, level, students, cost_vnd, online FROM training_classes")
                == expected.classes, "\(folder.lastPathComponent)")
            #expect(store.tablesPresent.isSuperset(of: ["ratings", "meetings", "training_classes"]))
        }
        let loaded = try DatasetLoader().load(csv.url, pluginTables: [Self.trainingClasses])
        #expect(loaded.tablesRead.map(\.table) == [
            "units", "members", "member_events", "ratings", "meetings", "training_classes",
        ])
    }

    @Test func ratingsChecks() throws {
        let ratings = """
            year,subject_type,subject_id,rating
            2024,organization,b1,excellent
            2024,organization,zz,good
            2024,member,m9,complete
            2024,organization,b1,good
            2024,unit,b2,good
            2024,member,m1,tốt lắm

            """
        #expect(try TemporaryDataset(["ratings.csv": ratings]).messages() == [
            "ratings.csv:3: column subject_id: unknown unit \"zz\"",
            "ratings.csv:4: column subject_id: unknown member \"m9\"",
            "ratings.csv:5: column subject_id: unit b1 is rated twice in 2024 (first at ratings.csv:2)",
            "ratings.csv:6: column subject_type: \"unit\" is not a known subject type; "
                + "expected organization (Tổ chức đảng / Tổ chức) or member (Đảng viên)",
            "ratings.csv:7: column rating: \"tốt lắm\" is not a known rating; expected excellent (Hoàn thành xuất sắc "
                + "nhiệm vụ / Xuất sắc), good (Hoàn thành tốt nhiệm vụ / Tốt), complete (Hoàn thành nhiệm vụ / "
                + "Hoàn thành) or incomplete (Không hoàn thành nhiệm vụ / Không hoàn thành)",
        ])
    }

    /// A subject rated in many years keeps them in a table: a repeat is found
    /// there too, next to the rows before or after another subject's.
    @Test func ratingsRepeatedAfterManyYears() throws {
        let years = (2000...2019).map { "\($0),organization,b1,good" }
        let ratings = (["year,subject_type,subject_id,rating"] + years
            + ["2019,organization,b1,good", "2024,organization,b2,good", "2005,organization,b1,good", ""])
            .joined(separator: "\n")
        #expect(try TemporaryDataset(["ratings.csv": ratings]).messages() == [
            "ratings.csv:22: column subject_id: unit b1 is rated twice in 2019 (first at ratings.csv:21)",
            "ratings.csv:24: column subject_id: unit b1 is rated twice in 2005 (first at ratings.csv:7)",
        ])
    }

    @Test func meetingsChecks() throws {
        let meetings = """
            unit_id,date,kind,members_total,members_present,upper_level_attended
            b1,2024-01-05,regular,12,13,yes
            zz,2024-01-05,regular,12,10,no
            b2,2024-01-05,regular,-1,-2,maybe
            b2,31/02/2024,họp,12.5,,

            """
        #expect(try TemporaryDataset(["meetings.csv": meetings]).messages() == [
            "meetings.csv:2: column members_present: 13 members present, more than the 12 of members_total",
            "meetings.csv:3: column unit_id: unknown unit \"zz\"",
            "meetings.csv:4: column members_total: cannot be negative (-1)",
            "meetings.csv:4: column members_present: cannot be negative (-2)",
            "meetings.csv:4: column upper_level_attended: \"maybe\" is not yes or no; "
                + "expected yes/no, có/không, 1/0 or true/false",
            "meetings.csv:5: column date: \"31/02/2024\" is not a valid date",
            "meetings.csv:5: column kind: \"họp\" is not a known meeting kind; "
                + "expected regular (Thường kỳ / Sinh hoạt thường kỳ) or thematic (Chuyên đề / Sinh hoạt chuyên đề)",
            "meetings.csv:5: column members_total: \"12.5\" is not a whole number",
            "meetings.csv:5: column members_present: required value missing",
        ])
    }

    /// Meetings are read a cell at a time into their columns: a row found bad after some of its
    /// cells were kept (a bad date, attendance above the total) leaves nothing behind, and the rows
    /// after it keep their own values and lines. Its unit `b3` is in no kept row.
    @Test func aBadRowReadIntoColumnsLeavesNothingBehind() throws {
        let meetings = """
            unit_id,date,kind,members_total,members_present,upper_level_attended
            b1,2024-01-05,regular,12,10,yes
            b1,2024-02-05,regular,12,13,no
            b3,31/02/2024,thematic,9,9,yes
            "b2",2024-03-05,Chuyên đề,9,8,không

            """
        let loaded = try TemporaryDataset(["meetings.csv": meetings]).load()
        let rows = try #require(loaded.dataset.rows["meetings"])
        #expect(rows.rows == [
            TableRow(values: [.text("b1"), .date(Day(year: 2024, month: 1, day: 5)!), .choice("regular"), .integer(12),
                              .integer(10), .bool(true)], source: SourceLocation(file: "meetings.csv", line: 2)),
            TableRow(values: [.text("b2"), .date(Day(year: 2024, month: 3, day: 5)!), .choice("thematic"), .integer(9),
                              .integer(8), .bool(false)], source: SourceLocation(file: "meetings.csv", line: 5)),
        ])
        #expect(loaded.problems.map(\.description) == [
            "meetings.csv:3: column members_present: 13 members present, more than the 12 of members_total",
            "meetings.csv:4: column date: \"31/02/2024\" is not a valid date",
        ])
        let store = try DatasetStore(loaded)
        #expect(try store.query("SELECT DISTINCT unit_id FROM meetings ORDER BY unit_id").map { $0[0].string } == ["b1", "b2"])
    }

    @Test func aPluginTableIsCheckedLikeSPECs() throws {
        let classes = """
            unit_id,opened_on,students
            x,2024-03-04,bốn mươi
            zz,2024-03-04,10
            b1,2024-03-04,-3

            """
        let loaded = try TemporaryDataset(["training_classes.csv": classes]).load(pluginTables: [Self.trainingClasses])
        #expect(loaded.problems.map(\.description) == [
            "training_classes.csv:2: column students: \"bốn mươi\" is not a number",
            "training_classes.csv:3: column unit_id: unknown unit \"zz\"",
            "training_classes.csv:4: column students: cannot be negative (-3)",
        ])
        let missing = try TemporaryDataset(["training_classes.csv": "unit_id,students\nx,4\n"])
            .load(pluginTables: [Self.trainingClasses])
        #expect(missing.problems.map(\.description) == [
            "training_classes.csv:1: column opened_on: required column missing; "
                + "expected a header \"opened_on\" or \"Ngày khai giảng\"",
        ])
    }

    @Test func aPluginTableMayNotTakeABuiltInOrUnsafeName() throws {
        let units = TableSchema(name: "units", columns: [.init("id")])
        let unsafe = TableSchema(name: "Lớp; DROP", columns: [.init("id")])
        let nowhere = TableSchema(name: "visits", columns: [.init("place_id", references: "places")])
        let twice = TableSchema(name: "twice", columns: [.init("a"), .init("a")])
        let loaded = try TemporaryDataset([:]).load(pluginTables: [units, unsafe, nowhere, twice])
        #expect(loaded.problems.map(\.description) == [
            "a plugin declares the table units, which is a dataset table of baocao's own; rename it",
            "a plugin declares the table \"Lớp; DROP\"; a table name is lower-case letters, digits and _ "
                + "(not first a digit)",
            "a plugin's table visits: column place_id references places, which is no table with an id column",
            "a plugin's table twice must declare columns, each name once",
        ])
        #expect(loaded.dataset.pluginTables.isEmpty)
    }

    @Test func filesAndSheetsThatAreNoTableAreNamed() throws {
        let dataset = try TemporaryDataset(["notes.csv": "a,b\n1,2\n", "readme.txt": "hello", "dataset.yaml": "name: X\n"])
        let tables = "units, members, member_events, targets, inspections, disciplines, petitions, economic_models, "
            + "economic_results, indicators, ratings, meetings"
        #expect(try dataset.messages() == ["notes.csv: warning: not a dataset table (the tables are \(tables)); ignored"])
        // A plugin's table is a table.
        let loaded = try dataset.load(pluginTables: [TableSchema(name: "notes", columns: [.init("a"), .init("b")])])
        #expect(loaded.problems.isEmpty)
        #expect(loaded.dataset.rows["notes"]?.count == 1)
    }

    @Test func sheetsAndSQLiteTablesThatAreNoTableAreNamed() throws {
        let source = try TemporaryDataset(["notes.csv": "a,b\n1,2\n"])
        let forms = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-forms-\(UUID().uuidString)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/make_forms.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, source.url.path, forms.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let sqlite = try DatasetLoader().load(forms.appendingPathComponent("dataset.sqlite"))
        #expect(sqlite.problems.map(\.description).map { $0.prefix(70) } == [
            "dataset.sqlite[notes]: warning: not a dataset table (the tables are un",
        ])
        let workbook = try DatasetLoader().load(forms.appendingPathComponent("workbook"))
        #expect(workbook.problems.map(\.description).map { $0.prefix(70) } == [
            "dataset.xlsx[notes]: warning: not a dataset table (the tables are unit",
        ])
    }
}

extension TemporaryDataset {
    func load(pluginTables: [TableSchema]) throws -> DatasetLoader.Result {
        try DatasetLoader().load(url, pluginTables: pluginTables)
    }
}
