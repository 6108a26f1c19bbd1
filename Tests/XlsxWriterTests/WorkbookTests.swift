import Foundation
import Testing
@testable import XlsxWriter

/// A fresh empty folder under the system temporary folder.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("XlsxWriterTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Fills a workbook with one of everything the report writer uses.
func writeSample(to path: String) throws {
    let workbook = try Workbook(path: path)
    try workbook.setProperties(DocumentProperties(
        title: "Báo cáo", subject: "Phát triển đảng viên", author: "Văn phòng Huyện ủy",
        company: "HUYỆN ỦY SỐP CỘP", created: Date(timeIntervalSince1970: 1_720_137_600)))
    let sheet = try workbook.addWorksheet(named: "Biến động")
    let header = try workbook.format(CellStyle(
        fontName: "Times New Roman", fontSize: 12, bold: true, horizontalAlignment: .center,
        verticalAlignment: .center, wrap: true, border: .thin, fillColor: 0xD9D9D9))
    let integer = try workbook.format(CellStyle(fontName: "Times New Roman", border: .thin, numberFormat: "#,##0"))
    let date = try workbook.format(CellStyle(fontName: "Times New Roman", border: .thin, numberFormat: "dd/mm/yyyy"))
    try sheet.merge(rows: 0...0, columns: 1...2, text: "Tăng", format: header)
    try sheet.merge(rows: 0...1, columns: 0...0, text: "Đơn vị", format: header)
    try sheet.write("Kết nạp", row: 1, column: 1, format: header)
    try sheet.write("Chuyển đến", row: 1, column: 2, format: header)
    try sheet.write("Đảng bộ xã Mường Lèo", row: 2, column: 0)
    try sheet.write(111, row: 2, column: 1, format: integer)
    try sheet.writeBlank(row: 2, column: 2, format: integer)
    try sheet.write(ExcelDate(year: 2024, month: 7, day: 5), row: 3, column: 1, format: date)
    try sheet.write(true, row: 3, column: 2)
    try sheet.write("=SUM(A1)", row: 4, column: 0)
    try sheet.setColumns(0...0, width: 30)
    try sheet.setColumns(1...2, width: 12, level: 1)
    try sheet.setRow(2, height: 18, level: 1)
    try sheet.setOutlineSettings(symbolsBelow: false)
    try sheet.freezePanes(row: 2, column: 1)
    try sheet.autofilter(rows: 1...3, columns: 0...2)
    try sheet.setPageSetup(PageSetup(
        orientation: .landscape, paper: .a4, fitToPages: (1, 0), repeatRows: 0...1,
        margins: .init(left: 0.4, right: 0.4, top: 0.5, bottom: 0.5), centerHorizontally: true,
        footer: "&C&P/&N"))
    try workbook.close()
}

@Suite struct WorkbookTests {
    @Test func writesAndClosesASmallWorkbook() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.xlsx").path
        try writeSample(to: path)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.prefix(2) == Data("PK".utf8))
        #expect(data.count > 1000)
    }

    @Test func closeIntoAMissingFolderThrowsLibxlsxwritersMessage() throws {
        let path = "/nonexistent-\(UUID().uuidString)/a.xlsx"
        let workbook = try Workbook(path: path)   // nothing is written yet: no error here
        _ = try workbook.addWorksheet(named: "A")
        let error = #expect(throws: XlsxError.self) { try workbook.close() }
        #expect(error?.message.contains("Error creating output xlsx file") == true)
        #expect(error?.operation.contains(path) == true)
        #expect(workbook.isClosed)
        // Everything after close throws instead of touching freed memory.
        #expect(throws: XlsxError.self) { try workbook.close() }
        #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet(named: "B") }
    }

    @Test func closeIntoAMissingFolderAlsoSaysWhyTheSystemRefused() throws {
        let workbook = try Workbook(path: "/nonexistent-\(UUID().uuidString)/a.xlsx")
        let error = #expect(throws: XlsxError.self) { try workbook.close() }
        #expect(error?.message.contains("No such file or directory") == true, "\(String(describing: error))")
    }

    @Test func worksheetsAndFormatsOutliveACloseSafely() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = try Workbook(path: folder.appendingPathComponent("b.xlsx").path)
        let sheet = try workbook.addWorksheet(named: "A")
        let bold = try workbook.format(CellStyle(bold: true))
        try workbook.close()
        let error = #expect(throws: XlsxError.self) { try sheet.write("x", row: 0, column: 0, format: bold) }
        #expect(error?.message.contains("already closed") == true)
    }

    @Test func identicalWorkbooksAreByteIdentical() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("1.xlsx").path
        let second = folder.appendingPathComponent("2.xlsx").path
        try writeSample(to: first)
        Thread.sleep(forTimeInterval: 2.1)   // a clock leaking into the file would show
        try writeSample(to: second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test func droppingAWorkbookWithoutCloseWritesNothing() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dropped.xlsx").path
        do {
            let workbook = try Workbook(path: path)
            let sheet = try workbook.addWorksheet(named: "A")
            try sheet.write("x", row: 0, column: 0, format: try workbook.format(CellStyle(italic: true)))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesTextWithNUL() throws {
        let workbook = try Workbook(path: "/tmp/never-written-\(UUID().uuidString).xlsx")
        let sheet = try workbook.addWorksheet(named: "A")
        let error = #expect(throws: XlsxError.self) { try sheet.write("a\u{0}b", row: 0, column: 0) }
        #expect(error?.message.contains("NUL") == true)
        #expect(error?.operation.contains("A1") == true)
    }

    @Test func refusesBadSheetNamesWithLibxlsxwritersMessage() throws {
        let workbook = try Workbook(path: "/tmp/never-written-\(UUID().uuidString).xlsx")
        _ = try workbook.addWorksheet(named: "Bìa")
        #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet(named: "a/b") }
        #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet(named: String(repeating: "x", count: 32)) }
        let duplicate = #expect(throws: XlsxError.self) { _ = try workbook.addWorksheet(named: "Bìa") }
        #expect(duplicate?.message.isEmpty == false)
        #expect(workbook.worksheetNames == ["Bìa"])
    }

    @Test func refusesCellsOutsideTheSheetAndNonFiniteNumbers() throws {
        let workbook = try Workbook(path: "/tmp/never-written-\(UUID().uuidString).xlsx")
        let sheet = try workbook.addWorksheet(named: "A")
        #expect(throws: XlsxError.self) { try sheet.write(1, row: -1, column: 0) }
        #expect(throws: XlsxError.self) { try sheet.write(1, row: 0, column: Worksheet.columnCount) }
        #expect(throws: XlsxError.self) { try sheet.write(Double.nan, row: 0, column: 0) }
        #expect(throws: XlsxError.self) { try sheet.write(ExcelDate(year: 2023, month: 2, day: 29), row: 0, column: 0) }
        #expect(throws: XlsxError.self) { try sheet.setRow(0, level: 8) }
    }

    @Test func aFormatFromAnotherWorkbookIsRefused() throws {
        let one = try Workbook(path: "/tmp/never-written-\(UUID().uuidString).xlsx")
        let other = try Workbook(path: "/tmp/never-written-\(UUID().uuidString).xlsx")
        let sheet = try one.addWorksheet(named: "A")
        let foreign = try other.format(CellStyle(bold: true))
        #expect(throws: XlsxError.self) { try sheet.write("x", row: 0, column: 0, format: foreign) }
    }

    @Test func equalStylesShareAFormat() throws {
        let workbook = try Workbook(path: "/tmp/never-written-\(UUID().uuidString).xlsx")
        let a = try workbook.format(CellStyle(bold: true, numberFormat: "#,##0"))
        let b = try workbook.format(CellStyle(bold: true, numberFormat: "#,##0"))
        #expect(a.handle == b.handle)
    }

    @Test func formulaLookingTextIsWrittenAsAString() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("f.xlsx").path
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "A")
        for (row, text) in ["=SUM(A1)", "+1", "-5 người", "@x"].enumerated() {
            try sheet.write(text, row: row, column: 0)
        }
        try workbook.close()
        guard let xml = try sheetXML(path) else { return }
        #expect(!xml.contains("<f>"))
        #expect(xml.components(separatedBy: "t=\"s\"").count - 1 == 4)
    }

    @Test func columnNames() {
        #expect(Worksheet.columnName(0) == "A")
        #expect(Worksheet.columnName(25) == "Z")
        #expect(Worksheet.columnName(26) == "AA")
        #expect(Worksheet.columnName(16_383) == "XFD")
        #expect(Worksheet.cellName(4, 1) == "B5")
    }
}

/// `xl/worksheets/sheet1.xml` of the workbook at `path`, read with Python's
/// zipfile (always there with python3); nil when python3 is missing.
func sheetXML(_ path: String) throws -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c",
                         "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())",
                         path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
}
