import Foundation
import Testing

/// `baocao` run as a user types it; checks output, files and exit codes (SPEC §8).
@Suite struct CommandLineTests {
    /// A copy of the tiny dataset with `file` replaced, in a fresh folder.
    func brokenTiny(_ file: String, _ contents: String) throws -> URL {
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.tiny, to: folder)
        try Data(contents.utf8).write(to: folder.appendingPathComponent(file))
        return folder
    }

    @Test func validateAValidDataset() throws {
        let run = try baocao(language: "en", "validate", "--data", Fixtures.tiny.path)
        #expect(run.status == 0)
        #expect(run.stdout == """
            read units.csv: 7 rows of units
            read members.csv: 10 rows of members
            read member_events.csv: 24 rows of member_events
            read targets.csv: 5 rows of targets
            0 errors, 0 warnings

            """)
    }

    @Test func validateListsEveryProblemAndFails() throws {
        let data = try brokenTiny("member_events.csv", """
            member_id,date,type,unit_id,from_unit_id,status,note
            m01,2010-05-01,admitted,a1,,,
            m01,31/02/2011,made_official,a1,,,
            m02,2015-03-01,admitted,zz,,,
            m02,2016-03-01,made_official,a1,,,

            """)
        let run = try baocao(language: "en", "validate", "--data", data.path)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("member_events.csv:3: column date: \"31/02/2011\" is not a valid date"))
        #expect(lines.contains("member_events.csv:4: column unit_id: unknown unit \"zz\""))
        #expect(lines.contains("member_events.csv:5: column unit_id: member m02 is in zz on 2016-03-01, not a1"))
        #expect(lines.last?.hasPrefix("3 errors, ") == true)
    }

    @Test func generateRefusesAnInvalidDatasetAndWritesNothing() throws {
        let data = try brokenTiny("units.csv", "id,parent_id,name,kind\nd,,Huyện,district\nd,,Lặp,district\n")
        let before = try digest(data)
        let out = data.deletingLastPathComponent().appendingPathComponent("out")
        let run = try baocao(language: "en", "generate", "--data", data.path, "--period", "2024-Q2", "--out", out.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("units.csv:3: column id: duplicate unit id \"d\" (first at units.csv:2)"))
        #expect(run.stderr.contains("no report was written"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try digest(data) == before, "input files are never touched")
    }

    @Test func generateWritesEveryFormatAndLeavesInputsAlone() throws {
        let folder = try Fixtures.temporaryDirectory()
        let before = try digest(Fixtures.tiny)
        let run = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "2024-q2", "--out", "out",
                             "--format", "json,csv,txt", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            out/d_2024-Q2.json
            out/d_2024-Q2_member-growth_movement.csv
            out/d_2024-Q2_member-growth_new_members.csv
            out/d_2024-Q2_member-growth_composition.csv
            out/d_2024-Q2_member-growth_trend.csv
            out/d_2024-Q2.txt

            """)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(written.sorted() == [
            "d_2024-Q2.json", "d_2024-Q2.txt", "d_2024-Q2_member-growth_composition.csv",
            "d_2024-Q2_member-growth_movement.csv", "d_2024-Q2_member-growth_new_members.csv",
            "d_2024-Q2_member-growth_trend.csv",
        ], "no temporary files are left")
        #expect(try digest(Fixtures.tiny) == before)
    }

    /// Each usage error in both languages: English with `BAOCAO_LANG=en`, Vietnamese by default.
    @Test(arguments: [
        (["--period", "2024-Q5"],
         "--period: invalid period \"2024-Q5\": expected YYYY-Qn (quarter), YYYY-H1, YYYY-9M, YYYY or YYYY-MM",
         "--period: kỳ báo cáo \"2024-Q5\" không hợp lệ: cần dạng YYYY-Qn (quý), YYYY-H1, YYYY-9M, YYYY hoặc YYYY-MM"),
        (["--period", "2024-Q2", "--unit", "zz"],
         "--unit: unknown unit \"zz\"; the dataset's units include d, xa, a1, a2, xb, b1, cb",
         "--unit: không có đơn vị \"zz\"; bộ dữ liệu có các đơn vị như d, xa, a1, a2, xb, b1, cb"),
        (["--period", "2024-Q2", "--format", "xls"], "--format: unknown format \"xls\"",
         "--format: định dạng không hợp lệ \"xls\": cần một trong csv, json, txt, xlsx"),
        (["--period", "2024-Q2", "--plugin", "nope"], "--plugin: unknown plugin \"nope\": expected one of member-growth",
         "--plugin: không có plugin \"nope\": hãy chọn một trong member-growth"),
        (["--period", "2024-Q2", "--date", "31/06/2024"],
         "--date: expected DD/MM/YYYY or YYYY-MM-DD, found \"31/06/2024\"",
         "Lỗi: --date: cần DD/MM/YYYY hoặc YYYY-MM-DD, nhận được \"31/06/2024\""),
        (["--period", "2024-Q2", "--unit", "xb1"],
         "--unit: unknown unit \"xb1\"; did you mean xb (Đảng bộ xã B) or b1 (Chi bộ bản B1)?",
         "--unit: không có đơn vị \"xb1\"; có phải là xb (Đảng bộ xã B) hoặc b1 (Chi bộ bản B1) không?"),
        (["--period", "quý 5/2024"], "--period: invalid period \"quý 5/2024\": expected YYYY-Qn (quarter)",
         "--period: kỳ báo cáo \"quý 5/2024\" không hợp lệ: cần dạng YYYY-Qn (quý)"),
        ([String](), "Error: Missing expected argument '--period <period>'",
         "Lỗi: thiếu tham số bắt buộc '--period <period>'"),
        (["--period", "2024-Q2", "--csv-delimiter", "\""],
         "--csv-delimiter: \"\\\"\" is not a CSV delimiter spreadsheets read; expected , ; or tab",
         "--csv-delimiter: \"\\\"\" không phải là ký tự phân cách CSV mà bảng tính đọc được; cần , ; hoặc tab"),
        (["--period", "2024-Q2", "--csv-delimiter", "1", "--format", "xlsx"], "--csv-delimiter: \"1\" is not a CSV delimiter",
         "--csv-delimiter: \"1\" không phải là ký tự phân cách CSV"),
        (["--period", "2024-Q2", "--csv-delimiter", "semicolon"], "--csv-delimiter: expected , ; or tab, found \"semicolon\"",
         "--csv-delimiter: cần , ; hoặc tab, nhận được \"semicolon\""),
        (["--period", "2024-Q2", "--csv-decimal", ";"], "--csv-decimal: \";\" is not a decimal point; expected . or ,",
         "--csv-decimal: \";\" không phải là dấu thập phân; cần . hoặc ,"),
        (["--period", "2024-Q2", "--csv-delimiter", ",", "--csv-decimal", ","],
         "--csv-decimal: the decimal point \",\" cannot also be the delimiter",
         "--csv-decimal: dấu thập phân \",\" không thể đồng thời là ký tự phân cách"),
        (["--period", "2024-Q2", "--templates", "/nonexistent"], "--templates: /nonexistent is not a folder",
         "--templates: /nonexistent không phải là thư mục"),
        (["--period", "2024-Q2", "--lang", "fr"], "--lang: expected vi or en, found \"fr\"",
         "--lang: cần vi hoặc en, nhận được \"fr\""),
        (["--period", "2024-Q2", "--colour"], "Error: Unknown option '--colour'", "Lỗi: tùy chọn không hợp lệ '--colour'"),
    ])
    func usageErrorsExitWithTwo(arguments: [String], english: String, vietnamese: String) throws {
        for (language, message) in [("en", english), (nil, vietnamese)] {
            let out = try Fixtures.temporaryDirectory().appendingPathComponent("out")
            let run = try baocao(language: language, ["generate", "--data", Fixtures.tiny.path, "--out", out.path] + arguments)
            #expect(run.status == 2)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    /// A period and a date as people write them are read, and the reading is echoed.
    @Test func writtenPeriodsAndDatesAreEchoedInCanonicalForm() throws {
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao(language: "en", "generate", "--data", Fixtures.tiny.path, "--period", "quý II năm 2024",
                             "--date", "05/07/2024", "--format", "json", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("baocao: --period \"quý II năm 2024\" read as 2024-Q2\n"))
        #expect(run.stderr.contains("baocao: --date \"05/07/2024\" read as 2024-07-05 (5 July 2024)\n"))
        let vietnamese = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "quý II năm 2024",
                                    "--date", "05/07/2024", "--format", "json", "--out", out.path)
        #expect(vietnamese.stderr.contains("baocao: --period \"quý II năm 2024\" được hiểu là 2024-Q2\n"))
        #expect(vietnamese.stderr.contains(
            "baocao: --date \"05/07/2024\" được hiểu là 2024-07-05 (ngày 05 tháng 7 năm 2024)\n"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("d_2024-Q2.json").path))
    }

    @Test func theSampleReportFor2021ShowsTheSeedFigures() throws {
        let folder = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", Fixtures.sample.path, "--period", "2021", "--out", "out", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // xlsx, four member-growth, three inspection-summary, two classification and two meeting-quality csv,
        // txt, json: the sample has ratings and meetings, so the bundled plugins report too.
        #expect(run.stdout.split(separator: "\n").count == 14)
        let text = try String(contentsOf: folder.appendingPathComponent("out/sc_2021.txt"), encoding: .utf8)
        #expect(text.contains("kết nạp 111 đảng viên, đạt 123,3% kế hoạch"))
        // The seed's inspection sentence (TXT wraps lines: compare with single spaces).
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Ban Thường vụ Huyện ủy tổ chức 5 cuộc kiểm tra, giám sát đối với 22 tổ chức đảng"))
        #expect(flat.contains("Ủy ban Kiểm tra Huyện ủy tổ chức 3 cuộc kiểm tra đối với 3 tổ chức đảng"))
        #expect(flat.contains("Tiếp nhận 153 đơn khiếu nại, tố cáo, kiến nghị, phản ánh, giải quyết dứt điểm 141 đơn, "
            + "lưu 6 đơn, đang giải quyết 6 đơn"))
        #expect(text.contains("ĐẢNG BỘ TỈNH SƠN LA") && text.contains("Quàng Văn Tiêu"))
    }

    @Test func aFileThatIsNoDatasetIsAUsageError() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("danh-sach.txt")
        try Data("id\n".utf8).write(to: file)
        let run = try baocao("validate", "--data", file.path)
        #expect(run.status == 2)
        #expect(run.stderr == "baocao: --data: \(file.path): a dataset is a folder of tables (CSV or Excel) "
            + "or a SQLite file (.sqlite, .db)\n")
    }

    @Test func aMissingDatasetIsAUsageError() throws {
        let run = try baocao("validate", "--data", "/nonexistent/dataset")
        #expect(run.status == 2)
        #expect(run.stderr == "baocao: --data: /nonexistent/dataset: no such file or folder\n")
    }
}
