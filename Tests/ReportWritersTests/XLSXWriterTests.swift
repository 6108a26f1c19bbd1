import Foundation
import ReportModel
import Testing
@testable import ReportWriters

/// The XLSX writer, checked by reading its workbooks back with openpyxl
/// (`Fixtures/read_xlsx.py`), not by comparing bytes with a golden file.
@Suite struct XLSXWriterTests {
    let writer = XLSXWriter()

    @Test(.enabled(if: OpenPyXL.isAvailable, "python3 with openpyxl is needed to read workbooks back: pip install openpyxl"))
    func workbookReadsBackTypedAndLaidOut() throws {
        let folder = try TemporaryFolder()
        let urls = try writer.write(XLSXSampleBundle.bundle, to: OutputDirectory(folder.url), options: WriterOptions())
        #expect(urls.map(\.lastPathComponent) == ["sc_2021.xlsx"])
        #expect(try folder.contents() == ["sc_2021.xlsx"])
        // XLSX_TEST_KEEP=DIR keeps a copy to look at (e.g. render it with LibreOffice).
        if let keep = ProcessInfo.processInfo.environment["XLSX_TEST_KEEP"] {
            let copy = URL(fileURLWithPath: keep).appendingPathComponent("sc_2021.xlsx")
            try? FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: urls[0], to: copy)
        }
        let book = try OpenPyXL.read(urls[0])

        // The report, then a sheet per table: member growth's two, then the models'.
        #expect(book.sheets == ["Báo cáo", "Biểu 1", "Biểu 2", "Biểu 3"])

        #expect(book.properties.title == XLSXSampleBundle.header.subject)
        #expect(book.properties.creator == XLSXSampleBundle.header.author)
        #expect(book.properties.created?.hasPrefix("2022-01-05T00:00:00") == true)

        // The report sheet: the Party document header, each report's section, the foot.
        let cover = try #require(book.sheet["Báo cáo"])
        let coverTexts = Set(cover.cells.values.compactMap(\.value))
        #expect(coverTexts.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(coverTexts.contains("Sốp Cộp, ngày 05 tháng 01 năm 2022"))
        #expect(coverTexts.contains("HUYỆN ỦY SỐP CỘP"))
        #expect(coverTexts.contains("BÁO CÁO"))
        #expect(coverTexts.contains("I. TÌNH HÌNH PHÁT TRIỂN ĐẢNG VIÊN"))
        #expect(coverTexts.contains("(Kèm theo: Biểu số 1. Biến động đảng viên; Biểu số 2. Cơ cấu đảng viên mới kết nạp)"))
        #expect(coverTexts.contains("- Lưu Văn phòng Huyện ủy."))
        #expect(coverTexts.contains("Quàng Văn Tiêu"))
        #expect(try #require(cover.cell(containing: "Sốp Cộp, ngày 05")).italic)
        #expect(try #require(cover.cell(containing: "ĐẢNG CỘNG SẢN VIỆT NAM")).bold)
        #expect(cover.paperSize == 9 && cover.orientation == "portrait")
        #expect(!cover.fitToPage && (cover.scale ?? 100) >= 67, "printed no smaller than 8 pt")
        // The narrative is in the report, in one wrapped merged row each, above the foot.
        let narrative = try #require(cover.cell(containing: "Năm 2021, toàn Đảng bộ kết nạp 45 đảng viên"))
        #expect(cover.merged.contains { $0.hasPrefix("A\(narrative.row):") })
        #expect(narrative.row < (cover.cell(containing: "Nơi nhận")?.row ?? 0))

        // Member growth's movement table on a sheet of its own.
        let growth = try #require(book.sheet["Biểu 1"])
        #expect(growth.cell(containing: "Biểu số 1")?.bold == true)
        let title = try #require(growth.cell(containing: "BIẾN ĐỘNG ĐẢNG VIÊN")).row
        #expect(growth.cell(containing: "NGƯỜI LẬP BIỂU") != nil && growth.cell(containing: "TRƯỞNG BAN") != nil)
        let top = try #require(growth.cell(containing: "Nội dung")).row
        #expect(top > title)
        let (bottom, firstData) = (top + 1, top + 2)
        #expect(growth.merged.contains("C\(top):E\(top)"))   // Tăng over admitted…transferred_in
        #expect(growth.merged.contains("F\(top):J\(top)"))   // Giảm over died…transferred_out
        #expect(growth.merged.contains("A\(top):A\(bottom)"))   // the label column, down both rows
        #expect(growth.merged.contains("B\(top):B\(bottom)"))   // ungrouped Đầu kỳ, down both rows
        #expect(growth["C\(top)"]?.value == "Tăng" && growth["F\(top)"]?.value == "Giảm")
        #expect(growth["C\(bottom)"]?.value == "Kết nạp" && growth["B\(top)"]?.value == "Đầu kỳ")
        #expect(growth["A\(top)"]?.value == "Nội dung")
        for coordinate in ["A\(top)", "C\(top)", "C\(bottom)", "N\(top)"] {
            #expect(growth[coordinate]?.bold == true && growth[coordinate]?.bordered == true, "\(coordinate)")
        }
        #expect(growth.freezePanes == "B\(firstData)")
        #expect(growth.printTitleRows?.replacingOccurrences(of: "$", with: "") == "\(top):\(bottom)")
        #expect(growth.orientation == "landscape")
        #expect(!growth.fitToPage && (growth.scale ?? 100) >= 67, "printed no smaller than 8 pt")
        #expect(growth.horizontalCentered)
        #expect(growth.autofilter == "A\(bottom):N\(firstData + 8)")

        // Numbers are numbers in every numeric column, nulls are bordered blanks.
        for row in firstData..<(firstData + 9) {
            for column in "BCDEFGHIJKLMN" {
                let cell = try #require(growth["\(column)\(row)"], "\(column)\(row)")
                #expect(["int", "float", "None"].contains(cell.type), "\(column)\(row) is \(cell.type)")
                #expect(cell.bordered, "\(column)\(row)")
            }
        }
        let muongLeo = firstData
        #expect(growth["B\(muongLeo)"]?.type == "int" && growth["B\(muongLeo)"]?.value == "321")
        #expect(growth["B\(muongLeo)"]?.numberFormat == "#,##0")
        #expect(growth["N\(muongLeo)"]?.type == "float")
        #expect(growth["N\(muongLeo)"]?.value.flatMap(Double.init).map { abs($0 - 133.333) < 0.001 } == true)
        #expect(growth["N\(muongLeo)"]?.numberFormat == "0.0\"%\"")   // a number, shown with %
        let muongVa = firstData + 2   // no admission target
        #expect(growth["M\(muongVa)"]?.type == "None" && growth["N\(muongVa)"]?.type == "None")

        // Total and subtotal rows bold; rows under subtotals outlined, summaries below.
        let total = firstData + 8
        #expect(growth["A\(total)"]?.value == "Tổng số")
        #expect(growth["A\(total)"]?.bold == true && growth["K\(total)"]?.bold == true)
        #expect(growth["K\(total)"]?.value == "1254")
        #expect(growth["N\(total)"]?.value.flatMap(Double.init).map { abs($0 - 173.077) < 0.001 } == true)
        #expect(growth["A\(firstData + 3)"]?.bold == true && growth["B\(firstData + 3)"]?.bold == true)   // Khối xã
        #expect(growth["A\(muongLeo)"]?.bold == false && growth["B\(muongLeo)"]?.bold == false)
        for offset in [0, 1, 2, 4, 5, 6] { #expect(growth.outlineLevels["\(firstData + offset)"] == 1) }
        for offset in [3, 7, 8] { #expect(growth.outlineLevels["\(firstData + offset)"] == nil) }
        #expect(growth.summaryBelow != false)

        // The second table, on its own sheet: its own frozen header (one row); decimals with one decimal.
        let structure = try #require(book.sheet["Biểu 2"])
        let second = try #require(structure.cell(containing: "Nội dung")).row
        #expect(structure.freezePanes == "B\(second + 1)")
        #expect(structure.printTitleRows?.replacingOccurrences(of: "$", with: "") == "\(second):\(second)")
        #expect(structure["E\(second + 1)"]?.type == "float" && structure["E\(second + 1)"]?.numberFormat == "#,##0.0")
        #expect(structure["D\(second + 2)"]?.type == "None" && structure["D\(second + 2)"]?.bordered == true)

        // Models: text, dates, money; formula-looking text stays text.
        let models = try #require(book.sheet["Biểu 3"])
        #expect(models.orientation == "portrait" && models.paperSize == 9)
        #expect(models.autofilter == nil)   // four rows need no filter
        let header = try #require(models.cell(containing: "Tên mô hình")).row
        let first = header + 1
        #expect(models["C\(first)"]?.type == "datetime")
        #expect(models["C\(first)"]?.value?.hasPrefix("2019-03-15") == true)
        #expect(models["C\(first)"]?.numberFormat == "dd/mm/yyyy")
        #expect(models["D\(first)"]?.type == "float" && models["D\(first)"]?.numberFormat == "#,##0.0")
        #expect(models["E\(first)"]?.type == "int" && models["E\(first)"]?.value == "1250000000")
        #expect(models["E\(first)"]?.numberFormat == "#,##0")
        #expect(models["F\(first)"]?.type == "str" && models["F\(first)"]?.value == "=SUM(A1)")
        #expect(models["F\(first + 1)"]?.type == "str" && models["F\(first + 1)"]?.value == "-5 người")
        #expect(models["F\(first + 2)"]?.type == "str" && models["F\(first + 2)"]?.value == "+84 hộ @ bản")
        #expect(models["C\(first + 2)"]?.type == "None" && models["C\(first + 2)"]?.bordered == true)
        #expect(models.freezePanes == "B\(first)")
        #expect(models["A\(first + 3)"]?.bold == true && models["E\(first + 3)"]?.bold == true)
        // Columns fitted to content: the label column is wider than the date column.
        #expect((models.columnWidths["A"] ?? 0) > (models.columnWidths["C"] ?? 0))
    }

    @Test(.enabled(if: OpenPyXL.isAvailable, "python3 with openpyxl is needed to read workbooks back: pip install openpyxl"))
    func oddDocumentsStillGiveAReadableWorkbook() throws {
        let sample = XLSXSampleBundle.self
        let longParagraph = Array(repeating: "Đảng bộ tiếp tục đổi mới nội dung, phương thức lãnh đạo.", count: 200)
            .joined(separator: " ")
        let odd = ReportTable(
            id: "odd", title: "Giá trị lạ",
            columns: [Column(id: "day", label: "Ngày", type: .date), Column(id: "x", label: "Số", type: .decimal)],
            rows: [Row(key: "r", label: "Dòng", cells: [("day", .date(Day(year: 1890, month: 1, day: 1)!)),
                                                        ("x", .number(.nan))])])
        let bundle = ReportBundle(unit: sample.unit, period: sample.period, reports: [
            ReportDocument(plugin: "empty", title: "Trống", unit: sample.unit, period: sample.period),
            ReportDocument(plugin: "long", title: "Trống", unit: sample.unit, period: sample.period,
                           narrative: [longParagraph],
                           tables: [ReportTable(id: "none", title: "Không có cột", columns: []), odd]),
        ], header: sample.header)
        let folder = try TemporaryFolder()
        let url = try writer.write(bundle, to: OutputDirectory(folder.url), options: WriterOptions())[0]
        let book = try OpenPyXL.read(url)
        #expect(book.sheets == ["Báo cáo", "Biểu 1", "Biểu 2"])
        let long = try #require(book.sheet["Báo cáo"])
        // A paragraph too tall for one row (Excel stops at 409 pt) is cut into several.
        let pieces = long.cells.values.filter { $0.value?.contains("đổi mới nội dung") == true }
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { piece in long.merged.contains { $0.hasPrefix("A\(piece.row):") } })
        #expect(long.rowHeights.values.allSatisfy { $0 <= 409 })
        let oddSheet = try #require(book.sheet["Biểu 2"])
        let day = try #require(oddSheet.cell(containing: "01/01/1890"))   // before Excel's calendar: text
        #expect(day.type == "str")
        #expect(oddSheet["C\(day.row)"]?.type == "None")   // NaN has no cell value
    }

    @Test func sameBundleGivesByteIdenticalFiles() throws {
        let one = try TemporaryFolder(), two = try TemporaryFolder()
        let first = try writer.write(XLSXSampleBundle.bundle, to: OutputDirectory(one.url), options: WriterOptions())
        Thread.sleep(forTimeInterval: 2.1)   // zip times have 2 s steps: a leaking clock would show
        let second = try writer.write(XLSXSampleBundle.bundle, to: OutputDirectory(two.url), options: WriterOptions())
        #expect(try Data(contentsOf: first[0]) == Data(contentsOf: second[0]))
    }

    /// libxlsxwriter's temporary files go to TMPDIR when it is a folder one
    /// may write in, else to a memory file system with room, else to its own `tmpfile()`.
    @Test func temporaryPartsGoWhereThereIsRoom() throws {
        let tmp = try TemporaryFolder(), memory = try TemporaryFolder()
        let missing = tmp.url.appendingPathComponent("missing").path
        #expect(XLSXWriter.scratchFolder(environment: ["TMPDIR": tmp.url.path], memory: memory.url.path)
            == tmp.url.path)
        #expect(XLSXWriter.scratchFolder(environment: ["TMPDIR": missing], memory: memory.url.path, room: 0)
            == memory.url.path)
        #expect(XLSXWriter.scratchFolder(environment: [:], memory: memory.url.path, room: .max) == nil)
        #expect(XLSXWriter.scratchFolder(environment: ["TMPDIR": ""], memory: missing, room: 0) == nil)
    }

    @Test func outputFolderThatIsAFileFailsWithLibxlsxwritersMessageAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let notAFolder = folder.url.appendingPathComponent("out")
        try Data("not a folder".utf8).write(to: notAFolder)
        let error = #expect(throws: OutputError.self) {
            try writer.write(XLSXSampleBundle.bundle, to: OutputDirectory(notAFolder), options: WriterOptions())
        }
        #expect(error?.description.contains("Error creating output xlsx file") == true, "\(String(describing: error))")
        #expect(error?.path == notAFolder.appendingPathComponent("sc_2021.xlsx").path)
        #expect(try folder.contents() == ["out"])
        #expect(try Data(contentsOf: notAFolder) == Data("not a folder".utf8))
    }

    @Test func failedWriteKeepsTheExistingWorkbookAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let output = OutputDirectory(folder.url)
        let existing = try writer.write(XLSXSampleBundle.bundle, to: output, options: WriterOptions())[0]
        let before = try Data(contentsOf: existing)

        // One text cell over Excel's 32,767-character limit: libxlsxwriter refuses it.
        var bundle = XLSXSampleBundle.bundle
        bundle.reports[1].tables[0].rows[0]["note"] = .text(String(repeating: "quá dài ", count: 5000))
        let error = #expect(throws: OutputError.self) { try writer.write(bundle, to: output, options: WriterOptions()) }
        #expect(error?.description.contains("32,767") == true, "\(String(describing: error))")
        #expect(error?.description.contains("F") == true)   // says which cell
        #expect(try folder.contents() == ["sc_2021.xlsx"])
        #expect(try Data(contentsOf: existing) == before)
    }

    @Test(.enabled(if: getuid() != 0, "root writes into read-only folders anyway"))
    func readOnlyFolderFailsAndKeepsTheExistingWorkbook() throws {
        let folder = try TemporaryFolder()
        let output = OutputDirectory(folder.url)
        let existing = try writer.write(XLSXSampleBundle.bundle, to: output, options: WriterOptions())[0]
        let before = try Data(contentsOf: existing)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path) }
        let error = #expect(throws: OutputError.self) {
            try writer.write(XLSXSampleBundle.bundle, to: output, options: WriterOptions())
        }
        #expect(error?.description.contains("Error creating output xlsx file") == true)
        #expect(try folder.contents() == ["sc_2021.xlsx"])
        #expect(try Data(contentsOf: existing) == before)
    }

    /// A table's chart is a native chart part whose series read the table's own cells:
    /// categories the row labels but the total, values a declared column each, named by its header.
    @Test(.enabled(if: OpenPyXL.isAvailable, "python3 is needed to read the chart part"))
    func aChartReadsTheTablesOwnCells() throws {
        let sample = XLSXSampleBundle.self
        let table = ReportTable(
            id: "letters", title: "Tiếp nhận đơn thư",
            columns: [Column(id: "received", label: "Tiếp nhận", type: .integer),
                      Column(id: "resolved", label: "Giải quyết", type: .integer, group: "Đã giải quyết xong"),
                      Column(id: "pending", label: "Đang giải quyết", type: .integer)],
            rows: [Row(key: "complaint", label: "Khiếu nại", cells: [("received", 44), ("resolved", 42), ("pending", 1)]),
                   Row(key: "petition", label: "Kiến nghị", cells: [("received", 73), ("resolved", 65), ("pending", 3)]),
                   Row(key: "total", label: "Tổng cộng", kind: .total, level: 0,
                       cells: [("received", 117), ("resolved", 107), ("pending", 4)])],
            chart: ChartDeclaration(kind: .column, series: ["resolved", "pending"]))
        let bundle = ReportBundle(unit: sample.unit, period: sample.period, reports: [
            ReportDocument(plugin: "letters", title: "Đơn thư", unit: sample.unit, period: sample.period, tables: [table]),
        ], header: sample.header)
        let folder = try TemporaryFolder()
        let url = try writer.write(bundle, to: OutputDirectory(folder.url), options: WriterOptions())[0]
        let run = try OpenPyXL.run(["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("
                                        + "'xl/charts/chart1.xml').decode())", url.path])
        #expect(run.status == 0)
        let xml = String(decoding: run.output, as: UTF8.self)
        let references = xml.components(separatedBy: "<c:f>").dropFirst().map { $0.components(separatedBy: "</c:f>")[0] }
        // Header rows 5–6 (Giải quyết grouped: its label in row 6; Đang giải quyết merged down: row 5),
        // data rows 7–8, the total in row 9 left out.
        #expect(references == ["'Biểu 1'!$C$6", "'Biểu 1'!$A$7:$A$8", "'Biểu 1'!$C$7:$C$8",
                               "'Biểu 1'!$D$5", "'Biểu 1'!$A$7:$A$8", "'Biểu 1'!$D$7:$D$8"])
        #expect(xml.contains("<c:barDir val=\"col\"/>"))
        #expect(xml.contains("Tiếp nhận đơn thư"))
    }

    /// Columns of another scale go to a second chart, as columns, under the first:
    /// members as a line, admissions beside them in a chart of their own.
    @Test(.enabled(if: OpenPyXL.isAvailable, "python3 is needed to read the chart parts"))
    func secondaryColumnsGetAChartOfTheirOwn() throws {
        let sample = XLSXSampleBundle.self
        let quarters = ["2024-Q1", "2024-Q2", "2024-Q3"]
        let table = ReportTable(
            id: "trend", title: "Diễn biến số lượng đảng viên",
            columns: [Column(id: "closing", label: "Đảng viên cuối quý", type: .integer),
                      Column(id: "admitted", label: "Kết nạp trong quý", type: .integer)],
            rows: quarters.enumerated().map { index, key in
                Row(key: key, label: key, level: 0, cells: [("closing", .integer(4000 + index)), ("admitted", 20)])
            },
            chart: ChartDeclaration(kind: .line, series: ["closing"], secondary: ["admitted"]))
        let bundle = ReportBundle(unit: sample.unit, period: sample.period, reports: [
            ReportDocument(plugin: "member-growth", title: "Đảng viên", unit: sample.unit, period: sample.period,
                           tables: [table]),
        ], header: sample.header)
        let folder = try TemporaryFolder()
        let url = try writer.write(bundle, to: OutputDirectory(folder.url), options: WriterOptions())[0]
        let run = try OpenPyXL.run(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                        + "print('\\n'.join(z.read(n).decode() for n in sorted(z.namelist()) "
                                        + "if n.startswith('xl/charts/chart')))", url.path])
        #expect(run.status == 0)
        let xml = String(decoding: run.output, as: UTF8.self)
        let charts = Array(xml.components(separatedBy: "<c:chartSpace").dropFirst())
        #expect(charts.count == 2)
        func references(_ chart: String) -> [String] {
            chart.components(separatedBy: "<c:f>").dropFirst().map { $0.components(separatedBy: "</c:f>")[0] }
        }
        let first = try #require(charts.first), second = try #require(charts.last)
        // Header in row 5, the three quarters in rows 6–8 (no total).
        #expect(references(first) == ["'Biểu 1'!$B$5", "'Biểu 1'!$A$6:$A$8", "'Biểu 1'!$B$6:$B$8"])
        #expect(first.contains("<c:lineChart>"))
        #expect(references(second) == ["'Biểu 1'!$C$5", "'Biểu 1'!$A$6:$A$8", "'Biểu 1'!$C$6:$C$8"])
        #expect(second.contains("<c:barDir val=\"col\"/>"))
    }

    @Test func textWidthCountsCharactersAfterNFC() {
        #expect(XLSXText.displayWidth("Đảng viên") == 9)
        #expect(XLSXText.displayWidth("Đảng viên".decomposedStringWithCanonicalMapping) == 9)
        #expect(XLSXText.wrap("một hai ba bốn", charactersPerLine: 7) == ["một hai", "ba bốn"])
        // Lines are counted as `wrap` makes them: words longer than a line, runs of spaces,
        // empty paragraphs, combining marks, emoji, at every width.
        let texts = ["một hai ba bốn", "Đảng viên".decomposedStringWithCanonicalMapping + " xxxxxxxxxxxxxxxx yy",
                     "a  b   c\n\nd", "", " ", "🇻🇳🇻🇳🇻🇳🇻🇳 quốc kỳ", "Tỷ lệ tốt trở lên (%)\nChi bộ trực thuộc đảng bộ cơ sở",
                     "\nxxxxxxxxxxxxxxxxxxxxxxxx  yyyy zz ", "Nghịêm ngặt\r\nđúng hạn", "ab cd\n ef\n",
                     "Ước tính tăng trưởng kinh tế đạt 8,5%, vượt kế hoạch đề ra"]
        for text in texts {
            for width in 1...30 {
                #expect(XLSXText.wrappedLineCount(text, charactersPerLine: width)
                        == XLSXText.wrap(text, charactersPerLine: width).count, "\(text) at \(width)")
            }
        }
        // Capitals, digits and letters by Unicode, the common scalars from a table worked out once.
        func units(_ widths: [Double]) -> Double { widths.reduce(0, +) + 1.5 }
        let (capital, digit, letter) = (XLSXText.unitsPerCapital, XLSXText.unitsPerDigit, XLSXText.unitsPerLetter)
        #expect(XLSXText.units("ẠỸ1") == units([capital, capital, digit]) && XLSXText.units("ạỹ") == units([letter, letter]))
        #expect(XLSXText.units("A\u{323}ĐƯ") == units([capital, 0, capital, capital]) && XLSXText.units("đư") == units([letter, letter]))
        #expect(XLSXText.units("ẞẟ²×İı") == units([capital, letter, digit, letter, capital, letter]))
        #expect(XLSXText.units("Ωω٣") == units([capital, letter, digit]))
        #expect(abs(XLSXText.units("Ỹỹ", bold: true) - ((capital + letter) * XLSXText.boldFactor + 1.5)) < 1e-12)
        #expect(XLSXText.display(.number(123.33), as: .percent) == "123,3%")   // as `0.0"%"` shows it
        #expect(XLSXStyles.numberFormat(.percent) == "0.0\"%\"" && XLSXStyles.numberFormat(.decimal, decimals: 0) == "#,##0")
        #expect(XLSXText.display(.integer(3812), as: .integer) == "3.812")
    }
}

/// A fresh folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("XLSXWriterTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// File names inside, hidden ones (temporary files) included, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// `Fixtures/read_xlsx.py` run with python3, its JSON decoded.
enum OpenPyXL {
    static let isAvailable: Bool = (try? run(["-c", "import openpyxl"]).status) == 0

    struct Book: Decodable {
        let sheets: [String]
        let properties: Properties
        let sheet: [String: Sheet]
    }

    struct Properties: Decodable {
        let title: String?
        let subject: String?
        let creator: String?
        let created: String?
    }

    struct Sheet: Decodable {
        let cells: [String: Cell]
        let merged: [String]
        let freezePanes: String?
        let orientation: String?
        let paperSize: Int?
        let scale: Int?
        let fitToPage: Bool
        let fitToWidth: Int?
        let fitToHeight: Int?
        let printTitleRows: String?
        let horizontalCentered: Bool
        let autofilter: String?
        let summaryBelow: Bool?
        let outlineLevels: [String: Int]
        let rowHeights: [String: Double]
        let columnWidths: [String: Double]

        subscript(coordinate: String) -> Cell? { cells[coordinate] }

        /// The top-left cell whose text contains `text`.
        func cell(containing text: String) -> Cell? {
            cells.values.filter { $0.value?.contains(text) == true && $0.type == "str" }
                .min { ($0.row, $0.col) < ($1.row, $1.col) }
        }
    }

    struct Cell: Decodable {
        let row: Int
        let col: Int
        let type: String
        let value: String?
        let bold: Bool
        let italic: Bool
        let numberFormat: String
        let bordered: Bool
    }

    static func read(_ url: URL) throws -> Book {
        let script = try #require(Bundle.module.url(forResource: "read_xlsx", withExtension: "py",
                                                    subdirectory: "Fixtures"))
        let result = try run([script.path, url.path])
        guard result.status == 0 else {
            throw OutputError(path: url.path, reason: "read_xlsx.py failed: \(result.error)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Book.self, from: result.output)
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data, String(decoding: message, as: UTF8.self))
    }
}
