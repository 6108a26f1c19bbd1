import Foundation
import ReportModel
@testable import ReportWriters
import Testing

@Suite struct CSVWriterTests {
    static let names = ["sc_2024-H1_member-growth_movement.csv", "sc_2024-H1_economic-models_models.csv"]

    func write(_ options: WriterOptions) throws -> (OutputDirectory, [URL]) {
        let output = try temporaryOutput()
        return (output, try CSVWriter().write(WriterTestBundle.bundle, to: output, options: options))
    }

    @Test func oneFilePerTableMatchingGoldenFiles() throws {
        let (output, files) = try write(WriterOptions())
        defer { try? FileManager.default.removeItem(at: output.url) }
        #expect(files.map(\.lastPathComponent) == Self.names)
        try Golden.check(files)
        #expect(try fileNames(in: output.url) == Self.names.sorted())
    }

    @Test func byteOrderMarkByDefaultOnly() throws {
        let (output, files) = try write(WriterOptions())
        defer { try? FileManager.default.removeItem(at: output.url) }
        let (plainOutput, plainFiles) = try write(WriterOptions(csvByteOrderMark: false))
        defer { try? FileManager.default.removeItem(at: plainOutput.url) }
        for (file, plainFile) in zip(files, plainFiles) {
            let data = try Data(contentsOf: file)
            let plain = try Data(contentsOf: plainFile)
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(Array(plain.prefix(3)) != [0xEF, 0xBB, 0xBF])
            #expect(data.dropFirst(3) == plain[...])
            #expect(String(decoding: plain, as: UTF8.self).hasPrefix("Nội dung,"))
        }
    }

    @Test func headerRowRecordsAndLineEnds() throws {
        let table = try #require(WriterTestBundle.memberGrowth.table("movement"))
        let text = CSVWriter().render(table, delimiter: ",")
        let records = text.components(separatedBy: "\r\n")
        #expect(records.last == "")
        #expect(records.count == table.rows.count + 2)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(records[0] == "Nội dung,Đầu kỳ,Kết nạp,Phục hồi đảng tịch,Chuyển đến,Từ trần,Khai trừ,Chuyển đi,"
                    + "Cuối kỳ,Chỉ tiêu kết nạp,Tỷ lệ đạt chỉ tiêu (%)")
        #expect(records[1] == "Đảng bộ xã Mường Lèo,321,12,0,2,1,0,3,331,10,120")
        #expect(records[4] == "Chi bộ Công an huyện,2190,54,0,3,3,0,11,2233,,")
        #expect(records[5] == "Toàn Đảng bộ,3715,111,1,10,8,1,16,3812,90,123.33333333333333")
    }

    @Test func semicolonDelimiter() throws {
        let table = try #require(WriterTestBundle.economicModels.table("models"))
        let records = CSVWriter().render(table, delimiter: ";").components(separatedBy: "\r\n")
        #expect(records[0] == "Nội dung;Đơn vị;Ngày bắt đầu;Doanh thu (đồng);Lợi nhuận (đồng);Gấp lần so với cấy lúa;Ghi chú")
        // The comma no longer needs quotes; the quote still does.
        #expect(records[3] == "Trồng nấm rơm;Xã Mường Lèo;;95500000;-12300000;;\"Mô hình \"\"nhà màng\"\", liên kết tiêu thụ\"")
        #expect(CSVWriter.quoted("a;b", delimiter: ";") == "\"a;b\"")
        #expect(CSVWriter.quoted("a,b", delimiter: ";") == "a,b")
    }

    @Test func quotingPerRFC4180() {
        #expect(CSVWriter.quoted("plain text", delimiter: ",") == "plain text")
        #expect(CSVWriter.quoted("a,b", delimiter: ",") == "\"a,b\"")
        #expect(CSVWriter.quoted("say \"hi\"", delimiter: ",") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.quoted("line 1\nline 2", delimiter: ",") == "\"line 1\nline 2\"")
        #expect(CSVWriter.quoted("a\rb", delimiter: ",") == "\"a\rb\"")
        #expect(CSVWriter.quoted("a\r\nb", delimiter: ",") == "\"a\r\nb\"")
        #expect(CSVWriter.quoted("", delimiter: ",") == "")
    }

    @Test func formulasNeutralisedNumbersUnchanged() throws {
        #expect(CSVWriter.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVWriter.field("+1") == "'+1")
        #expect(CSVWriter.field("-5 người") == "'-5 người")
        #expect(CSVWriter.field("@x") == "'@x")
        #expect(CSVWriter.field("\tx") == "'\tx")
        #expect(CSVWriter.field("\rx") == "'\rx")
        #expect(CSVWriter.field("a=b") == "a=b")
        #expect(CSVWriter.field(.integer(-5)) == "-5")
        #expect(CSVWriter.field(.number(-0.5)) == "-0.5")

        let table = try #require(WriterTestBundle.economicModels.table("models"))
        let records = CSVWriter().render(table, delimiter: ",").components(separatedBy: "\r\n")
        #expect(records[1] == "Nuôi cá lồng lòng hồ thủy điện,Xã Mường Lèo,2021-03-15,1250000000,480000000,"
                    + "123.33333333333333,'=SUM(A1)")
        // A label is neutralised too; the negative number is not.
        #expect(records[2] == "'-5 người,Xã Sốp Cộp,2023-11-02,350000000,-5,5,'@x")
    }

    @Test func numbersPlainAndUnrounded() {
        #expect(CSVWriter.field(.integer(3_812)) == "3812")
        #expect(CSVWriter.field(.number(123.33333333333333)) == "123.33333333333333")
        #expect(CSVWriter.field(.number(5.0)) == "5")
        #expect(CSVWriter.field(.number(0.1)) == "0.1")
        #expect(CSVWriter.field(.number(1_250_000_000)) == "1250000000")
        #expect(CSVWriter.field(.number(.nan)) == "")
        #expect(CSVWriter.field(.date(Day(year: 2024, month: 2, day: 9)!)) == "2024-02-09")
        #expect(CSVWriter.field(.null) == "")
    }

    @Test func onlyDelimitersSpreadsheetsReadAreAccepted() throws {
        let output = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.url) }
        for delimiter: Character in ["\"", "\n", "1", "|"] {
            #expect(throws: InvalidCSVOption.delimiter(delimiter)) {
                try CSVWriter().write(WriterTestBundle.bundle, to: output, options: WriterOptions(csvDelimiter: delimiter))
            }
        }
        #expect(throws: InvalidCSVOption.decimalIsDelimiter(",")) {
            try CSVWriter.check(WriterOptions(csvDelimiter: ",", csvDecimal: ","))
        }
        #expect(throws: InvalidCSVOption.decimal(";")) {
            try CSVWriter.check(WriterOptions(csvDelimiter: "\t", csvDecimal: ";"))
        }
        #expect(InvalidCSVOption.delimiter("1").description == "\"1\" is not a CSV delimiter spreadsheets read; expected , ; or tab")
        #expect(try fileNames(in: output.url).isEmpty)
        for delimiter: Character in [",", ";", "\t"] { #expect(throws: Never.self) { try CSVWriter.check(WriterOptions(csvDelimiter: delimiter)) } }
    }

    /// `;` is what a Vietnamese-locale Excel splits on, and it reads `187,5` as a number (`187.5` would be text).
    @Test func aSemicolonDelimiterWritesDecimalCommas() throws {
        #expect(WriterOptions(csvDelimiter: ";").csvDecimal == ",")
        #expect(WriterOptions(csvDelimiter: "\t").csvDecimal == ".")
        let table = ReportTable(id: "t", title: "T", columns: [
            Column(id: "n", label: "Số, lượng", type: .integer), Column(id: "p", label: "Tỷ lệ", type: .percent),
        ], rows: [Row(key: "a", label: "Chi bộ A", cells: [("n", 1_250), ("p", .number(187.5))])])
        #expect(CSVWriter().render(table, delimiter: ";", decimal: ",") == "Nội dung;Số, lượng;Tỷ lệ\r\nChi bộ A;1250;187,5\r\n")
        #expect(CSVWriter().render(table, delimiter: "\t") == "Nội dung\tSố, lượng\tTỷ lệ\r\nChi bộ A\t1250\t187.5\r\n")
    }
}
