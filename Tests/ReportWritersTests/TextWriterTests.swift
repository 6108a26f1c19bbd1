import Foundation
import ReportModel
@testable import ReportWriters
import Testing

@Suite struct TextWriterTests {
    func render(width: Int = 100, _ bundle: ReportBundle = WriterTestBundle.bundle) -> String {
        TextWriter().render(bundle, width: width)
    }

    @Test func matchesGoldenFile() throws {
        let output = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.url) }
        let files = try TextWriter().write(WriterTestBundle.bundle, to: output, options: WriterOptions())
        #expect(files.map(\.lastPathComponent) == ["sc_2024-H1.txt"])
        try Golden.check(files)
        let data = try Data(contentsOf: files[0])
        #expect(Array(data.prefix(3)) != [0xEF, 0xBB, 0xBF])
        #expect(!data.contains(0x0D))
        #expect(data.last == 0x0A)
    }

    @Test func narrowPageMatchesGoldenFile() throws {
        let output = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.url) }
        var bundle = WriterTestBundle.bundle
        bundle.unit.id = "narrow"
        let files = try TextWriter().write(bundle, to: output, options: WriterOptions(textWidth: 64))
        try Golden.check(files)
    }

    @Test func numbersInVietnameseNotation() {
        let text = render()
        #expect(text.contains("3.812"))
        #expect(text.contains("123,3"))
        #expect(text.contains("112,5"))
        #expect(text.contains("1.250.000.000"))
        #expect(text.contains("-12.300.000"))
        #expect(text.contains("15/03/2021"))
        #expect(!text.contains("3812"))
        #expect(!text.contains("123.33"))
    }

    @Test func cellDisplay() {
        #expect(TextTable.display(.integer(3_812), as: .integer) == "3.812")
        #expect(TextTable.display(.number(1_250_000_000), as: .money) == "1.250.000.000")
        #expect(TextTable.display(.number(123.333), as: .percent) == "123,3")
        #expect(TextTable.display(.number(31.44), as: .decimal) == "31,4")
        #expect(TextTable.display(.integer(100), as: .percent) == "100,0")
        #expect(TextTable.display(.date(Day(year: 2024, month: 7, day: 5)!), as: .date) == "05/07/2024")
        #expect(TextTable.display(.null, as: .integer) == "")
        #expect(TextTable.display("84 lồng", as: .text) == "84 lồng")
    }

    @Test func everyTableLineHasTheSameDisplayWidth() throws {
        for document in WriterTestBundle.bundle.reports {
            for table in document.tables {
                // NFD labels must align exactly like NFC ones.
                var decomposed = table
                decomposed.rows = table.rows.map { row in
                    var row = row
                    row.label = row.label.decomposedStringWithCanonicalMapping
                    return row
                }
                for input in [table, decomposed] {
                    let lines = TextTable(table: input, rowLabelHeader: "Nội dung").lines()
                    let widths = Set(lines.map { DisplayWidth.of($0) })
                    #expect(widths.count == 1, "\(table.id): widths \(widths)\n\(lines.joined(separator: "\n"))")
                }
                #expect(TextTable(table: decomposed, rowLabelHeader: "Nội dung").lines()
                            == TextTable(table: table, rowLabelHeader: "Nội dung").lines())
            }
        }
    }

    @Test func numbersRightAlignedUnderTheirLabels() throws {
        let table = try #require(WriterTestBundle.memberGrowth.table("movement"))
        let lines = TextTable(table: table, rowLabelHeader: "Nội dung").lines()
        let totalLine = try #require(lines.first { $0.hasPrefix("Toàn Đảng bộ") })
        let u01 = try #require(lines.first { $0.contains("Mường Lèo") })
        // The closing column: 331 and 3.812 end in the same display column.
        func end(of needle: String, in line: String) throws -> Int {
            let range = try #require(line.range(of: needle))
            return DisplayWidth.of(line[..<range.upperBound])
        }
        #expect(try end(of: " 331", in: u01) == end(of: " 3.812", in: totalLine))
        #expect(u01.hasPrefix("  Đảng bộ xã Mường Lèo"))   // level 2: indented
        #expect(totalLine.hasSuffix("123,3"))
    }

    @Test func groupHeadersOverTheirColumns() throws {
        let table = try #require(WriterTestBundle.memberGrowth.table("movement"))
        let lines = TextTable(table: table, rowLabelHeader: "Nội dung").lines()
        // Rule, group labels, their rules, two lines of column labels, rule.
        #expect(lines[0].allSatisfy { $0 == "─" } && lines[5].allSatisfy { $0 == "─" })
        func column(of needle: String, in line: String) throws -> Int {
            let range = try #require(line.range(of: needle), "\(needle) not in \(line)")
            return DisplayWidth.of(line[..<range.lowerBound])
        }
        let groupRule = lines[2]
        let tang = try column(of: "Tăng", in: lines[1])
        let giam = try column(of: "Giảm", in: lines[1])
        #expect(groupRule.dropFirst(tang).first == "─" && groupRule.dropFirst(giam).first == "─")
        // The group's rule spans its columns' labels, and stops between groups.
        let admitted = try column(of: "Kết", in: lines[3])
        let lastChuyen = try #require(lines[3].range(of: "Chuyển", options: .backwards))
        let transferredOut = DisplayWidth.of(lines[3][..<lastChuyen.lowerBound])   // "Chuyển đi", under Giảm
        #expect(groupRule.dropFirst(admitted).first == "─")
        #expect(groupRule.dropFirst(transferredOut).first == "─")
        #expect(groupRule.contains("─  ─"))
        #expect(lines[3].hasPrefix(" ") && !lines[3].contains("Nội dung") && lines[4].contains("Nội dung"))
        // Long labels wrap rather than widen their columns.
        #expect(try column(of: "Phục hồi", in: lines[3]) == column(of: "đảng tịch", in: lines[4]))
        #expect(!lines.contains { $0.contains("Phục hồi đảng tịch") })
        #expect(lines[4].contains("nạp"))
    }

    @Test func rulesAboveSubtotalAndTotal() throws {
        let table = try #require(WriterTestBundle.memberGrowth.table("movement"))
        let lines = TextTable(table: table, rowLabelHeader: "Nội dung").lines()
        for label in ["Cộng các đảng bộ xã", "Toàn Đảng bộ"] {
            let index = try #require(lines.firstIndex { $0.hasPrefix(label) })
            #expect(lines[index - 1].allSatisfy { $0 == "─" })
        }
        let data = try #require(lines.firstIndex { $0.hasPrefix("Chi bộ Công an huyện") })
        #expect(!lines[data - 1].hasPrefix("─"))
    }

    @Test func wrapsNarrativeAndHeaderToTheWidth() throws {
        for width in [64, 80, 100] {
            let text = render(width: width)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // Tables may be wider than the page; nothing else is.
            let tableLines = Set(WriterTestBundle.bundle.reports.flatMap(\.tables).flatMap {
                TextTable(table: $0, rowLabelHeader: "Nội dung").lines().map { line in
                    var line = line
                    while line.last == " " { line.removeLast() }
                    return line
                }
            })
            for line in lines where !tableLines.contains(String(line)) {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
            let paragraph = try #require(lines.firstIndex { $0.hasPrefix("    6 tháng đầu năm 2024") })
            #expect(lines[paragraph + 1].hasPrefix("năm") || !lines[paragraph + 1].hasPrefix(" "))
            #expect(text.contains("I. TÌNH HÌNH PHÁT TRIỂN ĐẢNG VIÊN"))
            #expect(text.contains("II. KẾT QUẢ MÔ HÌNH KINH TẾ"))
            #expect(!lines.contains { $0.hasSuffix(" ") })
        }
    }

    @Test func documentHeaderAndFootLaidOutLikePaper() throws {
        let lines = render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].contains("ĐẢNG BỘ TỈNH SƠN LA") && lines[0].contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(lines[1].contains("HUYỆN ỦY SỐP CỘP") && lines[1].contains("──────────────────────"))
        #expect(lines[2].trimmingCharacters(in: .whitespaces).hasPrefix("*"))
        #expect(lines[2].hasSuffix("Sốp Cộp, ngày 05 tháng 7 năm 2024"))
        #expect(lines[2].firstIndex(of: "*")! < lines[2].firstIndex(of: "S")!)
        #expect(lines[4].trimmingCharacters(in: .whitespaces) == "BÁO CÁO")
        #expect(lines[5].trimmingCharacters(in: .whitespaces)
                    == "kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024")
        // The party line's rule is exactly under it.
        let party = try #require(lines[0].range(of: "ĐẢNG CỘNG SẢN VIỆT NAM"))
        let rule = try #require(lines[1].range(of: "──────────────────────"))
        #expect(DisplayWidth.of(lines[0][..<party.lowerBound]) == DisplayWidth.of(lines[1][..<rule.lowerBound]))

        let foot = try #require(lines.firstIndex { $0.hasPrefix("Nơi nhận:") })
        #expect(lines[foot].hasSuffix("T/M BAN THƯỜNG VỤ"))
        #expect(lines[foot + 1].hasPrefix("- Ban Thường vụ Tỉnh ủy (b/c),") && lines[foot + 1].hasSuffix("BÍ THƯ"))
        #expect(lines[foot + 3] == "- Lưu Văn phòng Huyện ủy.")
        #expect(lines[foot + 5].trimmingCharacters(in: .whitespaces) == "Quàng Văn Tiêu")
        #expect(lines[foot + 6] == "")
        #expect(foot + 7 == lines.count)
    }

    @Test func recipientPunctuationAddedOnlyWhenMissing() {
        var bundle = WriterTestBundle.bundle
        bundle.header.recipients = ["Như trên,", "Lưu."]
        let lines = render(bundle).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("- Như trên, ") })
        #expect(lines.contains { $0 == "- Lưu." })
        #expect(!lines.contains { $0.contains(",,") || $0.contains("..") })
    }

    @Test func decomposedInputGivesTheSameFile() {
        var bundle = WriterTestBundle.bundle
        bundle.reports = bundle.reports.map { document in
            var document = document
            document.title = document.title.decomposedStringWithCanonicalMapping
            document.narrative = document.narrative.map { $0.decomposedStringWithCanonicalMapping }
            return document
        }
        bundle.header.issuingBodyLines = bundle.header.issuingBodyLines.map { $0.decomposedStringWithCanonicalMapping }
        #expect(render(bundle) == render())
    }

    @Test func pageIsAtLeastFortyColumns() throws {
        let output = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.url) }
        let files = try TextWriter().write(WriterTestBundle.bundle, to: output, options: WriterOptions(textWidth: 5))
        #expect(try String(contentsOf: files[0], encoding: .utf8) == render(width: TextWriter.minimumWidth))
    }

    @Test func labelsForAnotherLanguage() {
        let text = TextWriter(labels: .english).render(WriterTestBundle.bundle, width: 100)
        #expect(text.contains("Table 1: Biến động đảng viên"))
        #expect(text.contains(" Item "))
        #expect(!text.contains("Biểu") && !text.contains("Nội dung"))
    }

    @Test func emptyBundleStillHasHeaderAndFoot() {
        var bundle = WriterTestBundle.bundle
        bundle.reports = []
        let text = render(bundle)
        #expect(text.contains("BÁO CÁO"))
        #expect(text.contains("Quàng Văn Tiêu"))
    }

    @Test func wideGroupLabelsWidenTheirColumns() {
        let table = ReportTable(
            id: "t", title: "T",
            columns: [
                Column(id: "a", label: "Số", type: .integer, group: "Tăng trong kỳ"),
                Column(id: "b", label: "Tên", type: .text),
                Column(id: "c", label: "Tỷ lệ", type: .percent, group: "Đạt"),
            ],
            rows: [
                Row(key: "r1", label: "中文 đơn vị", level: 3, cells: [("a", 1), ("b", "Đảng bộ 中文 rất dài, dài hơn ba mươi cột chữ"), ("c", .number(99.95))]),
                Row(key: "r2", label: "Tổng", kind: .total, level: 0, cells: [("a", 12_345)]),
            ])
        let lines = TextTable(table: table, rowLabelHeader: "Nội dung").lines()
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("Tăng trong kỳ") }, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.hasPrefix("    中文 đơn vị") })
        #expect(lines.contains { $0.contains("100,0") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) < 80 })   // the long text wrapped
    }

    @Test func tableWithoutRowsKeepsItsHeader() {
        let table = ReportTable(id: "empty", title: "Trống", columns: [Column(id: "a", label: "Số lượng", type: .integer)])
        let lines = TextTable(table: table, rowLabelHeader: "Nội dung").lines()
        #expect(lines.count == 4)
        #expect(lines[1].contains("Nội dung") && lines[1].contains("Số lượng"))
    }

    /// A table wider than the page is printed in parts, each repeating the row labels, no line past the width.
    @Test(arguments: [40, 64, 70, 100])
    func wideTablesAreCutIntoPartsThatFitThePage(width: Int) throws {
        let columns = (1...14).map { Column(id: "c\($0)", label: "Cột số \($0)", type: .integer, group: $0 <= 4 ? "Tăng" : nil) }
        let rows = ["Chi bộ bản Hua Mường", "Chi bộ bản Co Pục"].enumerated().map { index, label in
            Row(key: "r\(index)", label: label, cells: columns.map { ($0.id, CellValue.integer(1_000 * index + 7)) })
        } + [Row(key: "total", label: "Tổng cộng", kind: .total, level: 0, cells: columns.map { ($0.id, 1_007) })]
        var bundle = WriterTestBundle.bundle
        bundle.reports = [ReportDocument(plugin: "p", title: "Rộng", unit: bundle.unit, period: bundle.period,
                                         tables: [ReportTable(id: "wide", title: "Bảng rộng", columns: columns, rows: rows)])]
        let lines = render(width: width, bundle).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines.filter { DisplayWidth.of($0) > width })")
        let parts = lines.filter { $0.contains("Biểu 1") }
        #expect(parts.count > 1)
        #expect(parts.dropFirst().allSatisfy { $0.trimmingCharacters(in: .whitespaces) == "Biểu 1 (tiếp theo)" })
        #expect(lines.filter { $0.hasPrefix("Chi bộ bản Co Pục") }.count == parts.count, "every part repeats the row labels")
        // Every column once: the total row shows 1.007 in each.
        let totals = lines.filter { $0.hasPrefix("Tổng cộng") }
        #expect(totals.count == parts.count)
        #expect(totals.map { $0.components(separatedBy: "1.007").count - 1 }.reduce(0, +) == 14)
        // The four columns under Tăng stay together where the page holds them.
        if width >= 64 { #expect(lines.filter { $0.contains("Tăng") }.count == 1) }
    }

    @Test func aColumnThatRepeatsTheRowLabelIsLeftOut() {
        let table = ReportTable(id: "models", title: "Mô hình", columns: [
            Column(id: "name", label: "Tên mô hình", type: .text), Column(id: "households", label: "Số hộ", type: .integer),
        ], rows: [
            Row(key: "m1", label: "Trồng nấm rơm", cells: [("name", "Trồng nấm rơm"), ("households", 4)]),
            Row(key: "total", label: "Tổng cộng", kind: .total, level: 0, cells: [("households", 4)]),
        ])
        let lines = TextTable(table: table, rowLabelHeader: "Nội dung").lines()
        #expect(!lines.contains { $0.contains("Tên mô hình") })
        #expect(lines.filter { $0.contains("Trồng nấm rơm") }.count == 1)
        let other = ReportTable(id: "m", title: "M", columns: table.columns, rows: [
            Row(key: "m1", label: "Trồng nấm rơm", cells: [("name", "Nấm rơm"), ("households", 4)]),
        ])
        #expect(TextTable(table: other, rowLabelHeader: "Nội dung").lines().contains { $0.contains("Tên mô hình") })
    }

    @Test func aTableWithoutRowsSaysSo() {
        var bundle = WriterTestBundle.bundle
        bundle.reports = [ReportDocument(plugin: "p", title: "Đơn thư", unit: bundle.unit, period: bundle.period, tables: [
            ReportTable(id: "petitions", title: "Tiếp nhận đơn thư", columns: [Column(id: "n", label: "Số đơn", type: .integer)]),
        ])]
        let text = render(bundle)
        #expect(text.contains("Biểu 1: Tiếp nhận đơn thư"))
        #expect(text.contains("Không có số liệu"))
        #expect(!text.contains("Số đơn"))
        #expect(TextWriter(labels: .english).render(bundle, width: 100).contains("No data"))
    }

    /// Numbers as people write them: a row's precision (an indicator's) over its column's, over its type's.
    @Test func precisionOfRowColumnAndType() {
        let area = Column(id: "area", label: "Diện tích (ha)", type: .decimal, precision: 2)
        let value = Column(id: "value", label: "Thực hiện", type: .decimal)
        let income = Row(key: "income", label: "Thu nhập", cells: [("value", .number(30_000_000))], precision: 0)
        let plain = Row(key: "rate", label: "Tỷ lệ hộ nghèo", cells: [("value", .number(4.5))])
        #expect(value.decimals(in: income) == 0 && value.decimals(in: plain) == 1 && area.decimals(in: plain) == 2)
        #expect(Column(id: "t", label: "T", type: .text).decimals(in: plain) == nil)
        #expect(TextTable.display(.number(30_000_000), as: .decimal, decimals: value.decimals(in: income)) == "30.000.000")
        #expect(TextTable.display(.integer(12), as: .decimal, decimals: 0) == "12")
        #expect(TextTable.display(.number(0.5), as: .decimal, decimals: 2) == "0,50")
        #expect(TextTable.display(.number(4.5), as: .decimal) == "4,5")
    }
}
