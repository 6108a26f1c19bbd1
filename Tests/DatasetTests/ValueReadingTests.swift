@testable import DatasetReaders
import ReportModel
import Testing

@Suite struct ValueReadingTests {
    private func birthDate(_ text: String) throws -> (Day?, [String]) {
        let members = "id,full_name,gender,birth_date\nm1,Lò Văn An,male,\(text)\nm2,Quàng Thị Bình,female,1990-02-02\n"
        let result = try TemporaryDataset(["members.csv": members]).load()
        return (result.dataset.members.first { $0.id == "m1" }?.birthDate, result.problems.map(\.description))
    }

    @Test(arguments: [
        ("1980-05-10", 1980, 5, 10), ("10/05/1980", 1980, 5, 10), ("1/7/1990", 1990, 7, 1), ("29/02/1996", 1996, 2, 29),
    ])
    func readsEveryDateForm(text: String, year: Int, month: Int, day: Int) throws {
        let (date, problems) = try birthDate(text)
        #expect(problems.isEmpty)
        #expect(date == Day(year: year, month: month, day: day))
    }

    @Test(arguments: ["31/02/2024", "2023-02-29", "32/01/2000", "1990-13-01"])
    func refusesImpossibleDates(text: String) throws {
        let (date, problems) = try birthDate(text)
        #expect(date == nil)
        #expect(problems.contains("members.csv:2: column birth_date: \"\(text)\" is not a valid date"))
    }

    @Test(arguments: ["10.05.1980", "May 10 1980", "1980/05/10", "10-05-1980", "1980-5-10", "+980-05-10", "10/05/80"])
    func refusesOtherDateForms(text: String) throws {
        let (_, problems) = try birthDate(text)
        #expect(problems.contains(
            "members.csv:2: column birth_date: \"\(text)\" is not a date; expected DD/MM/YYYY or YYYY-MM-DD"))
    }

    @Test func readsVietnameseNumbersWhenTheDatasetSaysSo() throws {
        let targets = "unit_id,year,metric,value\nx,2024,admissions,\"1.234,5\"\n"
        let plain = try TemporaryDataset(["targets.csv": targets]).load()
        #expect(plain.problems.map(\.description) == [
            "targets.csv:2: column value: \"1.234,5\" is not a number; "
                + "write 1234.5, or set number_locale: vi in dataset.yaml for 1.234,5",
        ])
        let vi = try TemporaryDataset(["targets.csv": targets, "dataset.yaml": "number_locale: vi\n"]).load()
        #expect(vi.problems.isEmpty)
        #expect(vi.dataset.targets.first?.value == 1234.5)
    }

    /// Cells read from their bytes (unquoted) keep the dataset's notation: with `vi`, a point groups thousands.
    @Test func unquotedNumbersKeepTheDatasetsNotation() throws {
        let targets = "unit_id,year,metric,value\nx,2024,admissions,1.234\nx,2025,admissions,1.5\n"
        let loaded = try TemporaryDataset(["targets.csv": targets, "dataset.yaml": "number_locale: vi\n"]).load()
        #expect(loaded.dataset.targets.map(\.value) == [1234])
        #expect(loaded.problems.map(\.description)
                == ["targets.csv:3: column value: \"1.5\" is not a number in Vietnamese notation (1.234,5)"])
    }

    @Test(arguments: ["1.5", "1.2.3.4", "12.34,5", "1,2,3", ",5"])
    func refusesDotsThatDoNotGroupThousands(text: String) throws {
        let targets = "unit_id,year,metric,value\nx,2024,admissions,\"\(text)\"\n"
        let messages = try TemporaryDataset(["targets.csv": targets, "dataset.yaml": "number_locale: vi\n"]).messages()
        #expect(messages == ["targets.csv:2: column value: \"\(text)\" is not a number in Vietnamese notation (1.234,5)"])
    }

    @Test(arguments: [("1.234.567", 1_234_567.0), ("12,5", 12.5), ("90", 90), ("123", 123)])
    func readsVietnameseNumbers(text: String, value: Double) throws {
        let targets = "unit_id,year,metric,value\nx,2024,admissions,\"\(text)\"\n"
        let loaded = try TemporaryDataset(["targets.csv": targets, "dataset.yaml": "number_locale: vi\n"]).load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.dataset.targets.first?.value == value)
    }

    @Test func refusesNumbersBeyondAnyCommitteesFigures() throws {
        let targets = "unit_id,year,metric,value\nx,2024,admissions,1e30\nx,2025,admissions,1000000000000000\n"
        let messages = try TemporaryDataset(["targets.csv": targets]).messages()
        #expect(messages == [
            "targets.csv:2: column value: \"1e30\" is not a number",
            "targets.csv:3: column value: \"1000000000000000\" is too large a number",
        ])
    }

    @Test func readsEnumsByCanonicalValueOrVietnameseLabel() throws {
        let units = "Mã đơn vị,Mã đơn vị cấp trên,Tên đơn vị,Loại\nd,,Huyện,Huyện ủy\nx,d,Xã,ĐẢNG BỘ CƠ SỞ\n"
            + "b1,x,Chi bộ 1,Chi bộ trực thuộc\nb2,x,Chi bộ 2,branch\n"
        let result = try TemporaryDataset(["units.csv": units]).load()
        #expect(result.problems.isEmpty)
        #expect(result.dataset.units.map(\.kind) == [.district, .grassrootsCommittee, .branch, .branch])
        #expect(result.dataset.units[0].headerName == "HUYỆN")
    }

    /// A CSV cell spelled the usual way is read from its bytes, any other
    /// from its text: quoting every cell sends all of them the second way,
    /// and both ways must read the same values and report the same problems.
    @Test func cellsReadFromTheirBytesReadAsTheirTexts() throws {
        let members = """
            id,full_name,gender,birth_date,ethnicity
            m1,Lò Văn An,male,1980-01-01, Thái
            m2,  Quàng Thị Bình ,Nữ,29/02/1996,Kinh
            m3,Vi Văn Ba,MALE,2024-02-29,
            m4,Ba,robot,2023-02-29,Kinh
            m5,Tư,female,1980-1-01,Kinh
            m6,,male,1980-01-01,Kinh
            m7,Nguyễn Thị Ánh,female,1981-01-01,Thái
            m8,Nguye\u{302}\u{303}n Văn Đức,male,1982-01-01,Ê Đê

            """
        let inspections = """
            campaign_id,unit_id,body,kind,started_on,target_type,target_id,conclusion
            c1,x,committee,inspection,2024-01-05,member,m1,
            c2,x,committee,inspection,2024-01-06,member,m2,good
            ,x,committee,inspection,2024-01-07,member,m3,
            c4,x,committee,inspection,2024-01-08,,m3,good

            """
        let meetings = """
            unit_id,date,kind,members_total,members_present,upper_level_attended
            b1,2024-01-05,regular,23,007,yes
            b1,2024-02-05, thematic ,-0,0,có
            b1,2024-03-05,Thường kỳ,12,13,TRUE
            b2,2024-03-05,regular,-3,1e3,1
            b2,2024-03-06,regular,1234567890123456,4,maybe
            b2,2024-03-07,weekly,5,5,false

            """
        let targets = "unit_id,year,metric,value\nx,2024,admissions,12\nx,2025,admissions,12.5\nx,2026,admissions,-\n"
        let indicators = """
            unit_id,period,indicator,value,target
            x,2024-Q4,a,12.5,-0.25
            x,2024,a,1.,.5
            x,2024-H1,a,1e3,12,5
            x,2024-9M,a,1234567890123456.5,99999999999999.9
            x,2024-03,a,0.1,0.30000000000000004
            x,2024-13,a,1,1
            x,0999,a,1,1
            x,2024-q2,a,1.5,2
            x,2024-Q1,a,1.5.5,--1.5
            x,2024-Q5,a,7,7
            x,2024-00,a,7,7

            """
        let plain = ["members.csv": members, "meetings.csv": meetings, "targets.csv": targets,
                     "indicators.csv": indicators, "inspections.csv": inspections]
        let quoted = plain.mapValues { table in
            table.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.isEmpty ? "" : line.split(separator: ",", omittingEmptySubsequences: false)
                    .map { "\"\($0)\"" }.joined(separator: ",")
            }.joined(separator: "\n")
        }
        let read = try TemporaryDataset(plain).load(), readQuoted = try TemporaryDataset(quoted).load()
        #expect(read.problems.map(\.description) == readQuoted.problems.map(\.description))
        #expect(read.problems.count >= 10)
        #expect(read.dataset.members == readQuoted.dataset.members)
        #expect(read.dataset.members.map(\.id) == ["m1", "m2", "m3", "m7", "m8"])
        #expect(read.dataset.members.map(\.fullName).last == "Nguy\u{1EC5}n Văn Đức")
        #expect(read.dataset.inspections == readQuoted.dataset.inspections)
        #expect(read.dataset.rows["inspections"]?.rows == readQuoted.dataset.rows["inspections"]?.rows)
        #expect(read.dataset.rows["inspections"]?.column(TableSchema.inspections.position(of: "conclusion"))
                    .map { $0 } == [.choice("pending"), .choice("good")])
        #expect(read.dataset.inspections.map(\.conclusion) == [.pending, .good])
        #expect(read.dataset.rows["meetings"]?.rows == readQuoted.dataset.rows["meetings"]?.rows)
        #expect(read.dataset.rows["meetings"]?.count == 2)
        #expect(read.dataset.targets == readQuoted.dataset.targets)
        #expect(read.dataset.targets.map(\.value) == [12, 12.5])
        #expect(read.dataset.indicators == readQuoted.dataset.indicators)
        #expect(read.dataset.indicators.map(\.period.id) == ["2024-Q4", "2024", "2024-03", "2024-Q2"])
        #expect(read.dataset.indicators.map(\.value) == [12.5, 1, 0.1, 1.5])
        #expect(read.dataset.indicators.map(\.target) == [-0.25, 0.5, 0.30000000000000004, 2])
    }

    /// A choice read from its bytes is coded once and its code reused: each
    /// row keeps its own id, whether the choice was first spelled by a row
    /// later dropped or by a label.
    @Test func choicesReadFromTheirBytesKeepEachRowsID() throws {
        let meetings = """
            unit_id,date,kind,members_total,members_present,upper_level_attended
            b1,2024-01-05,thematic,5,9,yes
            b1,2024-01-06,Thường kỳ,5,5,yes
            b1,2024-01-07,regular,5,5,no
            b1,2024-01-08,thematic,5,5,no
            b1,2024-01-09,regular,5,4,1
            b1,2024-01-10,thematic,5,3,0

            """
        let rows = try #require(try TemporaryDataset(["meetings.csv": meetings]).load().dataset.rows["meetings"])
        let kind = TableSchema.meetings.position(of: "kind")
        let present = TableSchema.meetings.position(of: "members_present")
        let attended = TableSchema.meetings.position(of: "upper_level_attended")
        #expect(Array(rows.column(kind))
                == ["regular", "regular", "thematic", "regular", "thematic"].map(FieldValue.choice))
        #expect(Array(rows.column(present)) == [5, 5, 5, 4, 3].map(FieldValue.integer))
        #expect(Array(rows.column(attended)) == [true, false, false, true, false].map(FieldValue.bool))
    }

    /// The readers of cells spelled the usual way, straight from their bytes:
    /// each says exactly what its spelling means, and nil for anything else.
    @Test(arguments: [
        ("0", 0), ("007", 7), ("-0", 0), ("-45", -45), ("123456789012345", 123_456_789_012_345),
        ("-123456789012345", -123_456_789_012_345), ("1234567890123456", nil), ("-1234567890123456", nil),
        ("", nil), ("-", nil), ("--1", nil), ("1-2", nil), ("+5", nil), ("1.0", nil), (" 1", nil), ("1 ", nil),
        ("١", nil),
    ] as [(String, Int?)])
    func wholeNumbersFromTheirBytes(text: String, value: Int?) {
        var text = text
        #expect(text.withUTF8(ValueParser.plainInteger) == value)
    }

    /// Whether NFC could change a cell, told from its bytes as from its text.
    @Test func compositionFromTheirBytesAsFromTheirText() {
        let texts = ["", "Kinh", "Nguyễn Thị Ánh", "Nguye\u{302}\u{303}n", "Ê Đê", "e\u{301}", "a\u{300}b",
                     "\u{1100}\u{1161}", "\u{2126}", "\u{212B}", "\u{F900}", "\u{2F800}", "ǅ ɐ ʯ ˿", "\u{0300}",
                     "ỹ\u{0323}", "Ω Ж ש", "中文 😀", "\u{0591}", "\u{0903}", "\u{1DC0}", "\u{1F00}", "\u{20D0}",
                     "\u{3099}", "\u{FE20}", "x\u{0483}", "\u{1AB0}", "\u{0610}", "ḀỿỸ", "\u{1E00}\u{0301}"]
        for text in texts {
            var bytes = text
            #expect(bytes.withUTF8(CellText.mayChangeUnderNFC) == text.mayChangeUnderNFC, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(texts.filter(\.mayChangeUnderNFC).count >= 20)
    }

    @Test func yesAndNoFromTheirBytes() {
        for (text, value) in [("1", true), ("yes", true), ("có", true), ("true", true), ("0", false), ("no", false),
                              ("không", false), ("false", false)] {
            var text = text
            #expect(text.withUTF8(ValueParser.usualBool) == value, "\(text)")
        }
        for text in ["", "Yes", "yess", "ye", "n", "khong", "2", "truefalse", "yes "] {
            var text = text
            #expect(text.withUTF8(ValueParser.usualBool) == nil, "\(text)")
        }
    }

    @Test(arguments: [
        ("2024-02-29", Day(year: 2024, month: 2, day: 29)), ("9999-12-31", Day(year: 9999, month: 12, day: 31)),
        ("0001-01-01", Day(year: 1, month: 1, day: 1)), ("1980-10-07", Day(year: 1980, month: 10, day: 7)),
        ("2023-02-29", nil), ("2024-2-29", nil), ("2024-02-2x", nil), ("2024/02/29", nil), ("0000-01-01", nil),
        ("20240229", nil), ("2024-13-01", nil), ("2024-00-10", nil), ("2024-01-00", nil), ("2024-01-32", nil),
        ("x024-01-01", nil), ("2024-01-01 ", nil), ("2024-0:-01", nil),
    ] as [(String, Day?)])
    func isoDatesFromTheirBytes(text: String, day: Day?) {
        var text = text
        #expect(text.withUTF8(Day.init(isoBytes:)) == day)
    }

    @Test func choicesFromTheirBytesMatchAWholeID() {
        let choices = TableSchema.Choices(["a", "bb", "cc", "ccc"].map { TableSchema.Choice($0, labels: ["Nhãn \($0)"]) })
        for (text, index) in [("a", 0), ("bb", 1), ("cc", 2), ("ccc", 3)] {
            var text = text
            #expect(text.withUTF8(choices.index(spelledIn:)) == index, "\(text)")
        }
        for text in ["", "b", "c", "cccc", "A", "Nhãn a", "ab", "bc"] {
            var text = text
            #expect(text.withUTF8(choices.index(spelledIn:)) == nil, "\(text)")
        }
        // A long list is left to the hashed lookup.
        let many = TableSchema.Choices((0..<17).map { TableSchema.Choice("c\($0)", labels: []) })
        var first = "c0"
        #expect(first.withUTF8(many.index(spelledIn:)) == nil)
    }

    @Test func readsDatasetYAML() throws {
        let yaml = """
            name: Đảng bộ huyện Mẫu
            upper_body: ĐẢNG BỘ TỈNH THỬ
            place: Mẫu Sơn
            signature: { on_behalf: T/M BAN THƯỜNG VỤ, role: BÍ THƯ, name: Lò Văn Thử }
            recipients: [Ban Thường vụ Tỉnh ủy (b/c), "Các chi, đảng bộ trực thuộc"]
            """
        let config = try TemporaryDataset(["dataset.yaml": yaml]).load().dataset.config
        #expect(config.upperBody == "ĐẢNG BỘ TỈNH THỬ")
        #expect(config.signature?.onBehalf == "T/M BAN THƯỜNG VỤ")
        #expect(config.recipients == ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc"])
    }

    @Test func reportsABadDatasetYAML() throws {
        let messages = try TemporaryDataset(["dataset.yaml": "number_locale: french\n"]).messages()
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("dataset.yaml: key number_locale: "))
    }
}
