import ReportModel
import BaocaoKit
import Foundation
import Testing

/// The same dataset as CSV files, as a SQLite file, as one workbook, as a
/// workbook per table and as CSV and a workbook mixed gives byte-identical
/// reports. The other forms are written from Fixtures/tiny at test time by
/// Fixtures/make_dataset_forms.py (Python's sqlite3 and openpyxl); the
/// workbooks LibreOffice wrote are committed.
@Suite struct DatasetFormsTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/make_dataset_forms.py")

    let forms: URL

    init() throws {
        forms = try Fixtures.temporaryDirectory()
        try python([Self.script.path, Fixtures.tiny.path, forms.path])
    }

    func python(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 \(arguments.joined(separator: " ")) failed")
    }

    func json(_ data: URL, period: String = "2024-Q2") throws -> Data {
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: data, period: try Period(parsing: period), formats: ["json"], output: try Fixtures.temporaryDirectory()))
        return try Data(contentsOf: outcome.files[0])
    }

    /// The other tables of SPEC §1 (inspections, disciplines, petitions,
    /// economic models and results, indicators) load alike in every form too.
    @Test(arguments: [("inspections", "2024"), ("economy", "2020")])
    func everyTableGivesTheSameReportInEveryForm(fixture: String, period: String) throws {
        let source = Fixtures.directory.appendingPathComponent(fixture)
        let out = try Fixtures.temporaryDirectory()
        try python([Self.script.path, source.path, out.path])
        let expected = try json(source, period: period)
        let tables = try ReportEngine().validate(source).tablesRead.map(\.table)
        for form in ["sqlite/dataset.sqlite", "workbook", "per-table", "mixed"] {
            let data = out.appendingPathComponent(form)
            #expect(try ReportEngine().validate(data).tablesRead.map(\.table) == tables, "\(form)")
            #expect(try json(data, period: period) == expected, "\(form)")
        }
    }

    @Test func aSQLiteFileGivesTheSameReport() throws {
        let loaded = try ReportEngine().validate(forms.appendingPathComponent("sqlite/dataset.sqlite"))
        #expect(loaded.problems.isEmpty)
        #expect(loaded.tablesRead.map(\.file) == [
            "dataset.sqlite[units]", "dataset.sqlite[members]", "dataset.sqlite[member_events]",
            "dataset.sqlite[targets]",
        ])
        #expect(try json(forms.appendingPathComponent("sqlite/dataset.sqlite")) == (try json(Fixtures.tiny)))
    }

    @Test(arguments: ["workbook", "per-table", "mixed"])
    func workbooksGiveTheSameReport(form: String) throws {
        let folder = forms.appendingPathComponent(form)
        let loaded = try ReportEngine().validate(folder)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(try json(folder) == (try json(Fixtures.tiny)))
    }

    /// Workbooks LibreOffice wrote from the CSVs, committed with the script that
    /// made them (Fixtures/make_libreoffice_forms.sh): its own styles, and dates
    /// typed by a Vietnamese-locale import, some in a built-in format, some custom.
    @Test func workbooksLibreOfficeWroteGiveTheSameReport() throws {
        let folder = try Fixtures.temporaryDirectory()
        let converted = Fixtures.directory.appendingPathComponent("tiny-libreoffice")
        for file in try FileManager.default.contentsOfDirectory(atPath: converted.path) {
            try FileManager.default.copyItem(at: converted.appendingPathComponent(file),
                                             to: folder.appendingPathComponent(file))
        }
        try FileManager.default.copyItem(at: Fixtures.tiny.appendingPathComponent("dataset.yaml"),
                                         to: folder.appendingPathComponent("dataset.yaml"))
        let loaded = try ReportEngine().validate(folder)
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.tablesRead.map(\.file) == [
            "units.xlsx[units]", "members.xlsx[members]", "member_events.xlsx[member_events]", "targets.xlsx[targets]",
        ])
        #expect(try json(folder) == (try json(Fixtures.tiny)))
    }

    @Test func aTableGivenTwiceIsAnErrorNamingBothPlaces() throws {
        let folder = forms.appendingPathComponent("mixed")
        try FileManager.default.copyItem(at: Fixtures.tiny.appendingPathComponent("targets.csv"),
                                         to: folder.appendingPathComponent("targets.csv"))
        let loaded = try ReportEngine().validate(folder)
        #expect(loaded.problems.map(\.description) == [
            "targets.csv: table targets is given twice, here and in rest.xlsx[targets]; keep one",
        ])
    }

    @Test func workbookRowsAreNamedInMessages() throws {
        // Sheet rows are numbered as Excel shows them: row 1 is the header.
        let workbook = forms.appendingPathComponent("workbook/dataset.xlsx")
        try python(["-c", """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            book["members"]["C4"] = "robot"
            book.save(sys.argv[1])
            """, workbook.path])
        let loaded = try ReportEngine().validate(workbook.deletingLastPathComponent())
        #expect(loaded.problems.map(\.description) == [
            "dataset.xlsx[members]:4: column gender: \"robot\" is not a known gender; expected male (Nam) or female (Nữ)",
        ])
    }

    @Test func sqliteRowsAreNamedInMessages() throws {
        let database = forms.appendingPathComponent("sqlite/dataset.sqlite")
        try python(["-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("UPDATE member_events SET date = '31/02/2024' WHERE rowid = 3")
            db.commit()
            """, database.path])
        let loaded = try ReportEngine().validate(database)
        #expect(loaded.problems.map(\.description) == [
            "dataset.sqlite[member_events]:4: column date: \"31/02/2024\" is not a valid date",
        ])
    }

    @Test func aSQLiteTableThatCannotBeReadIsNamedAndTheOthersAreRead() throws {
        let database = forms.appendingPathComponent("sqlite/dataset.sqlite")
        try python(["-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript("DROP TABLE targets; CREATE TABLE gone (x); "
                             "CREATE VIEW targets AS SELECT * FROM gone; DROP TABLE gone;")
            db.commit()
            """, database.path])
        let loaded = try ReportEngine().validate(database)
        #expect(loaded.problems.map(\.description) == [
            "dataset.sqlite[targets]: cannot read the table: no such table: main.gone",
        ])
        #expect(loaded.tablesRead.map(\.table) == ["units", "members", "member_events"])
    }

    @Test func aFileThatIsNoDatabase() throws {
        let fake = forms.appendingPathComponent("fake.db")
        try Data("id,name\n".utf8).write(to: fake)
        let loaded = try ReportEngine().validate(fake)
        #expect(loaded.problems.map(\.description) == [
            "fake.db: not a readable SQLite database: file is not a database",
        ])
    }
}
