@testable import DatasetReaders
import Foundation
import Testing

/// The workbooks `Fixtures/make_xlsx_fixtures.py` writes with openpyxl, made
/// once per test run in a fresh temporary folder.
enum XLSXFixtures {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let folder: Result<URL, Failure> = {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/make_xlsx_fixtures.py")
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("baocao-xlsx-fixtures-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path]
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(Failure(description: "cannot run python3: \(error)"))
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(Failure(description: "make_xlsx_fixtures.py failed (is openpyxl installed?): \(message)"))
        }
        return .success(folder)
    }()

    static func url(_ name: String) throws -> URL { try folder.get().appendingPathComponent(name) }

    static func workbook(_ name: String) throws -> XLSXWorkbook {
        try XLSXWorkbook(url: url(name), displayName: name)
    }

    /// The error opening `name`, or reading its sheet `sheet`, as `validate` prints it.
    static func failure(_ name: String, sheet: String? = nil) throws -> String? {
        do {
            let workbook = try XLSXWorkbook(url: url(name), displayName: name)
            if let sheet { _ = try workbook.table(sheet: sheet, name: sheet).allRecords() }
            return nil
        } catch let error as XLSXError {
            return error.problem.description
        } catch let error as SourceReadError {
            return error.problem.description
        }
    }
}

extension SourceTable {
    /// Every record, read to the end.
    func allRecords() throws -> [SourceRecord] {
        var records: [SourceRecord] = []
        let problems = try readRecords { records.append($0) }
        #expect(problems.isEmpty)
        return records
    }
}

/// A record as the assertions write it.
struct Row: Equatable, CustomStringConvertible {
    let line: Int
    let fields: [String]
    let numeric: Set<Int>

    init(_ line: Int, _ fields: [String], numeric: Set<Int> = []) {
        self.line = line
        self.fields = fields.map(\.precomposedStringWithCanonicalMapping)
        self.numeric = numeric
    }

    init(_ record: SourceRecord) {
        line = record.line
        fields = Array(record.fields)
        numeric = record.numericFields
    }

    var description: String { "\(line): \(fields) numeric \(numeric.sorted())" }
}

@Suite struct XLSXReadingTests {
    func rows(_ file: String, _ sheet: String) throws -> [Row] {
        let table = try XLSXFixtures.workbook(file).table(sheet: sheet, name: sheet)
        #expect(table.name == sheet)
        #expect(table.location == "\(file)[\(sheet)]")
        return try table.allRecords().map(Row.init)
    }

    @Test func listsTheSheetsInTabOrder() throws {
        #expect(try XLSXFixtures.workbook("basic.xlsx").sheetNames == ["members", "dates", "title", "formulas", "inline"])
    }

    @Test func readsSharedStringsNumbersBooleansAndSkipsEmptyRowsAndColumns() throws {
        let rows = try rows("basic.xlsx", "members")
        #expect(rows == [
            Row(1, ["id", "full_name", "gender", "birth_date", "ethnicity", "education", "children", "active"]),
            // Stray spaces trimmed, NFD made NFC, a built-in date format, ints, a boolean; Z2 is only formatted.
            Row(2, ["m1", "Lò Văn An", "Nữ", "1980-05-10", "Thái", "1980", "2", "1"], numeric: [5, 6]),
            // Row 3 (a formatted cell and spaces) is no record; C4 is a gap; a custom date format; false.
            Row(4, ["m2", "Quàng Thị Bình", "", "1990-02-02", "", "12.5", "0", "0"], numeric: [5, 6]),
            // Rich text with a phonetic reading, an _x0009_ escape, numbers written plainly; K5 holds spaces.
            Row(5, ["Lò Văn An", "Số\t1", "4732", "1234.5", "-3", "0.00001", "7.7"], numeric: [2, 3, 4, 5, 6]),
        ])
        // Rows 40 and 41 hold a bold empty cell and an empty inline string.
        let gender = try #require(rows.dropFirst().first?.fields[2])
        #expect(gender.unicodeScalars.count == 2)
    }

    @Test func readsDateFormattedCellsAsDays() throws {
        #expect(try rows("basic.xlsx", "dates") == [
            Row(1, ["kind", "value"]),
            Row(2, ["built-in 14", "1980-05-10"]),
            Row(3, ["custom", "2024-02-29"]),
            Row(4, ["with time", "2024-03-15"]),
            Row(5, ["locale", "2020-12-31"]),
            Row(6, ["month and year", "2021-07-01"]),
            Row(7, ["quoted text", "5"], numeric: [1]),
            Row(8, ["time only", "0.75"], numeric: [1]),
            Row(9, ["colour", "3.5"], numeric: [1]),
            Row(10, ["percent", "0.25"], numeric: [1]),
            Row(11, ["1900-02-28", "1900-02-28"]),
            // Excel's fictitious 29/02/1900, left for the date rules to refuse.
            Row(12, ["serial 60", "1900-02-29"]),
            Row(13, ["1900-03-01", "1900-03-01"]),
            Row(14, ["serial 1", "1900-01-01"]),
            Row(15, ["serial 0", "0"], numeric: [1]),
        ])
    }

    @Test func readsThe1904DateSystem() throws {
        let workbook = try XLSXFixtures.workbook("mac1904.xlsx")
        #expect(workbook.dateSystem == .from1904)
        #expect(try workbook.table(sheet: "members", name: "members").allRecords().map(Row.init) == [
            Row(1, ["id", "birth_date", "count"]),
            Row(2, ["m1", "1980-05-10", "100"], numeric: [2]),
            Row(3, ["m2", "1904-01-01", "1.5"], numeric: [2]),
        ])
    }

    @Test func readsTitleRowsAboveTheHeaderAsRecords() throws {
        #expect(try rows("basic.xlsx", "title") == [
            Row(1, ["DANH SÁCH ĐẢNG VIÊN"]),
            Row(2, ["Đảng bộ huyện Sốp Cộp"]),
            Row(4, ["Mã đảng viên", "Họ và tên"]),
            Row(5, ["m1", "Lò Văn An"]),
        ])
    }

    @Test func readsFormulasCachedValues() throws {
        // A number, a text result, an error value, a boolean, a date-formatted result.
        #expect(try rows("basic.xlsx", "formulas") == [
            Row(1, ["2", "4", "2x", "#DIV/0!", "1", "2024-03-15"], numeric: [0, 1]),
        ])
    }

    @Test func readsInlineStringsAndCellsWithoutReferences() throws {
        #expect(try rows("basic.xlsx", "inline") == [
            Row(1, ["Tên", "Ghi chú"]),
            Row(2, ["Nguyễn Thị Hoà", "Lò Văn An"]),
            // B3 has no r: it follows A3.
            Row(3, ["x", "y", "", "z"]),
            // Row 4 has no r: one after row 3.
            Row(4, ["row without r"]),
        ])
    }

    @Test func readsElementsWithANamespacePrefix() throws {
        #expect(try rows("prefixed.xlsx", "members") == [Row(1, ["id", "count"]), Row(2, ["m1", "3"], numeric: [1])])
    }

    @Test func decodesEntitiesCharacterReferencesAndCDATA() throws {
        // The sheet's name is written "thu &amp; chi" in xl/workbook.xml.
        #expect(try XLSXFixtures.workbook("entities.xlsx").sheetNames == ["thu & chi"])
        #expect(try rows("entities.xlsx", "thu & chi") == [
            Row(1, ["id", "note"]),
            Row(2, ["m1", "Thu & chi <5> ạạ"]),
            Row(3, ["m2", "a < b & c"]),
        ])
    }

    @Test func neverReadsAnEntityDeclaredInADoctype() throws {
        // An external entity (XXE) names a local file: the sheet is refused, nothing is read.
        #expect(try XLSXFixtures.failure("doctype.xlsx", sheet: "members")
            == "doctype.xlsx[members]:2: the workbook is damaged (XML error 26 at line 1, column 639 of its XML); "
            + "open it in Excel and save it again")
    }

    @Test func readsAttributesWithAnUndeclaredPrefix() throws {
        // Well-formed XML all the same: libxml2's namespace error does not make the sheet damaged.
        #expect(try rows("undeclared-prefix.xlsx", "members") == [
            Row(1, ["id", "count"]), Row(2, ["m1", "3"], numeric: [1]),
        ])
    }

    @Test func refusesAPartThatDoesNotMatchItsChecksum() throws {
        #expect(try XLSXFixtures.failure("bad-checksum.xlsx", sheet: "members") == "bad-checksum.xlsx[members]: "
            + "the workbook is damaged (xl/worksheets/sheet1.xml does not match its checksum); "
            + "open it in Excel and save it again")
    }

    @Test func refusesARowNumberedBeyondExcelsLastRow() throws {
        #expect(try XLSXFixtures.failure("row-beyond-excel.xlsx", sheet: "members")
            == "row-beyond-excel.xlsx[members]:1: a row is numbered \"1048577\", which is not a row number "
            + "(Excel's rows are 1 to 1048576)")
    }

    @Test func findsSheetsByNameIgnoringCase() throws {
        let table = try XLSXFixtures.workbook("basic.xlsx").table(sheet: "Title", name: "title")
        #expect(table.location == "basic.xlsx[title]")
        #expect(try XLSXFixtures.failure("basic.xlsx", sheet: "units")
            == "basic.xlsx: no sheet named \"units\" "
            + "(the sheets are \"members\", \"dates\", \"title\", \"formulas\", \"inline\")")
    }

    @Test func refusesFilesThatAreNotWorkbooks() throws {
        #expect(try XLSXFixtures.failure("not-a-workbook.xlsx") == "not-a-workbook.xlsx: not an Excel workbook (.xlsx)")
        #expect(try XLSXFixtures.failure("word.xlsx") == "word.xlsx: not an Excel workbook (.xlsx)")
        #expect(try XLSXFixtures.failure("old-format.xlsx") == "old-format.xlsx: an Excel 97-2003 workbook (.xls), "
            + "not .xlsx; open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\"")
        #expect(try XLSXFixtures.failure("encrypted.xlsx") == "encrypted.xlsx: the workbook is protected with a "
            + "password and cannot be read; open it in Excel and save it again without a password")
    }

    @Test func namesTheSheetWhosePartIsMissing() throws {
        #expect(try XLSXFixtures.workbook("missing-part.xlsx").sheetNames == ["members"])
        #expect(try XLSXFixtures.failure("missing-part.xlsx", sheet: "members") == "missing-part.xlsx[members]: "
            + "the workbook is damaged (xl/worksheets/sheet1.xml is missing); open it in Excel and save it again")
    }

    @Test func namesTheCellOfAMissingSharedString() throws {
        #expect(try XLSXFixtures.failure("bad-shared-string.xlsx", sheet: "members")
            == "bad-shared-string.xlsx[members]:3: cell B3: shared string 99 does not exist (the workbook has 6)")
    }

    @Test func namesTheRowOfDamagedXML() throws {
        #expect(try XLSXFixtures.failure("broken-xml.xlsx", sheet: "members")
            == "broken-xml.xlsx[members]:3: the workbook is damaged (XML error 76 at line 1, column 688 of its XML); "
            + "open it in Excel and save it again")
    }

    @Test func keepsNoRowsOfASheetDamagedPartWay() throws {
        // Row 2 is read before the damage in row 3 is met; a half-read table is no table.
        let dataset = try TemporaryDataset([:])
        try FileManager.default.removeItem(at: dataset.url.appendingPathComponent("members.csv"))
        try FileManager.default.copyItem(at: XLSXFixtures.url("broken-members.xlsx"),
                                         to: dataset.url.appendingPathComponent("broken-members.xlsx"))
        let result = try dataset.load()
        #expect(result.dataset.members.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.description.hasPrefix(
            "broken-members.xlsx[members]:3: the workbook is damaged (XML error") == true)
        #expect(!result.tablesRead.contains { $0.table == "members" })
    }

    @Test func leavesTheWorkbookAsItWas() throws {
        let url = try XLSXFixtures.url("basic.xlsx")
        let before = try Data(contentsOf: url)
        let workbook = try XLSXWorkbook(url: url, displayName: "basic.xlsx")
        for sheet in workbook.sheetNames { _ = try workbook.table(sheet: sheet, name: sheet).allRecords() }
        #expect(try Data(contentsOf: url) == before)
    }
}

@Suite struct XLSXCellRulesTests {
    @Test func tellsDateFormatsFromNumberFormats() {
        for code in ["dd/mm/yyyy", "d/m/yy", "mmm-yy", "mmmm", "[$-42A]dd/mm/yyyy", "yyyy-mm-dd h:mm:ss",
                     "[Red]dd/mm/yyyy", "DD/MM/YYYY", "d \"tháng\" m"] {
            #expect(NumberFormat.isDate(code: code), "\(code)")
        }
        for code in ["General", "0", "#,##0.00", "0%", "0.00E+00", "h:mm", "[h]:mm:ss", "mm:ss", "0 \"ngày\"",
                     "#,##0 [$₫-42A]", "\\d0", "@"] {
            #expect(!NumberFormat.isDate(code: code), "\(code)")
        }
        #expect(NumberFormat.isDate(id: 14, code: nil))
        #expect(NumberFormat.isDate(id: 22, code: nil))
        #expect(!NumberFormat.isDate(id: 20, code: nil))
        #expect(!NumberFormat.isDate(id: 2, code: nil))
    }

    @Test func countsDaysInBothDateSystems() {
        #expect(ExcelDateSystem.from1900.isoDay(serial: 1) == "1900-01-01")
        #expect(ExcelDateSystem.from1900.isoDay(serial: 59) == "1900-02-28")
        #expect(ExcelDateSystem.from1900.isoDay(serial: 60) == "1900-02-29")
        #expect(ExcelDateSystem.from1900.isoDay(serial: 61) == "1900-03-01")
        #expect(ExcelDateSystem.from1900.isoDay(serial: 45366.75) == "2024-03-15")
        #expect(ExcelDateSystem.from1900.isoDay(serial: 45366.9999999999) == "2024-03-16")
        #expect(ExcelDateSystem.from1900.isoDay(serial: 2_958_465) == "9999-12-31")
        #expect(ExcelDateSystem.from1900.isoDay(serial: 2_958_466) == nil)
        #expect(ExcelDateSystem.from1900.isoDay(serial: 0.5) == nil)
        #expect(ExcelDateSystem.from1900.isoDay(serial: -1) == nil)
        #expect(ExcelDateSystem.from1904.isoDay(serial: 0) == "1904-01-01")
        #expect(ExcelDateSystem.from1904.isoDay(serial: 43904) == "2024-03-15")
        #expect(ExcelDateSystem.from1904.isoDay(serial: 2_957_003) == "9999-12-31")
    }

    @Test func writesNumbersPlainly() {
        let cases: [(Double, String)] = [
            (1980, "1980"), (4732, "4732"), (1234.5, "1234.5"), (7.7000000000000002, "7.7"), (-3, "-3"),
            (-0.0, "0"), (1e-05, "0.00001"), (-1.5e-07, "-0.00000015"), (1e20, "100000000000000000000"),
            (1.25e21, "1250000000000000000000"), (0.1, "0.1"),
            // Rounded to Excel's 15 significant digits first.
            (0.1 + 0.2, "0.3"), (2.9999999999999996, "3"), (1234.5000000000002, "1234.5"),
            (1234567890.123456789, "1234567890.12346"),
        ]
        for (value, text) in cases { #expect(ExcelNumber.plainText(value) == text, "\(value)") }
    }

    @Test func readsCellReferences() {
        #expect(CellReference.columnIndex("A1") == 0)
        #expect(CellReference.columnIndex("C7") == 2)
        #expect(CellReference.columnIndex("AA10") == 26)
        #expect(CellReference.columnIndex("$B$2") == 1)
        #expect(CellReference.columnIndex("XFD1048576") == 16_383)
        #expect(CellReference.columnIndex("XFE1") == nil)
        #expect(CellReference.columnIndex("7C") == nil)
        #expect(CellReference.columnIndex("C") == nil)
        #expect(CellReference.name(ofColumn: 0) == "A")
        #expect(CellReference.name(ofColumn: 27) == "AB")
    }

    @Test func resolvesPartPathsAndEscapes() {
        #expect(RelationshipsReader.resolve("worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(RelationshipsReader.resolve("/xl/worksheets/sheet1.xml", from: "xl") == "xl/worksheets/sheet1.xml")
        #expect(RelationshipsReader.resolve("../xl/./sheet.xml", from: "xl") == "xl/sheet.xml")
        #expect(XLSXEscapes.decode("Dòng 1_x000D_\nDòng 2") == "Dòng 1\r\nDòng 2")
        #expect(XLSXEscapes.decode("a_x005F_x0041_b") == "a_x0041_b")
        #expect(XLSXEscapes.decode("_x_ and _xZZZZ_") == "_x_ and _xZZZZ_")
    }
}
