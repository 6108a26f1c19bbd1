import Foundation
import ReportModel
@testable import ReportPlugins
import Testing

/// `--lang vi|en` and `BAOCAO_LANG`: reports and every message in the
/// language, from the catalogs in Templates/vi and Templates/en, which
/// `--templates` overrides file by file. Vietnamese is the default.
@Suite struct LanguageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func brokenTiny() throws -> URL {
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.tiny, to: folder)
        let events = folder.appendingPathComponent("member_events.csv")
        var text = try String(contentsOf: events, encoding: .utf8)
        text += "m01,31/02/2011,made_official,a1,,,\n"
        try Data(text.utf8).write(to: events)
        return folder
    }

    @Test func everyMessageOfTheCodeIsInBothCatalogs() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.repository.appendingPathComponent("Tools/messages.py").path, "--check"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }

    @Test(arguments: ["vi", "en"])
    func theBundledCatalogsLoadAndFillEverySlot(language: String) throws {
        let folder = Self.repository.appendingPathComponent("Templates/\(language)")
        let catalog = try TemplateSet(directories: [folder]).messages(language: language)
        let english = try TemplateSet(directories: [Self.repository.appendingPathComponent("Templates/en")])
            .messages(language: "en")
        for key in english.keys {
            #expect(MessageTemplate.slots(in: catalog.template(for: key)).sorted()
                    == MessageTemplate.slots(in: key).sorted(), "\(key)")
        }
        if language == "en" {
            #expect(english.keys.allSatisfy { english.template(for: $0) == $0 })
        } else {
            // Translated: Vietnamese letters in every message that has words of its own.
            let untranslated = english.keys.filter { key in
                let text = catalog.template(for: key)
                return text == key && key.contains(where: \.isLetter) && key.count > 12
            }
            #expect(untranslated.isEmpty, "\(untranslated)")
        }
    }

    @Test func validateSpeaksVietnameseByDefaultInTheSameFrame() throws {
        let data = try brokenTiny()
        let vietnamese = try baocao("validate", "--data", data.path)
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stdout.contains("đã đọc units.csv: 7 dòng của bảng units\n"))
        #expect(vietnamese.stdout.contains(
            "member_events.csv:26: column date: \"31/02/2011\" không phải là ngày hợp lệ\n"))
        #expect(vietnamese.stdout.hasSuffix("1 lỗi, 0 cảnh báo\n"))
        let english = try baocao(language: "en", "validate", "--data", data.path)
        #expect(english.stdout.contains("member_events.csv:26: column date: \"31/02/2011\" is not a valid date\n"))
        #expect(english.stdout.hasSuffix("1 error, 0 warnings\n"))
        // --lang wins over the environment.
        let asked = try baocao(language: "en", "validate", "--data", data.path, "--lang", "vi")
        #expect(asked.stdout == vietnamese.stdout)
    }

    @Test func noticesAndDatasetErrorsAreInTheLanguage() throws {
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "quý 2/2024", "--format", "json",
                             "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("baocao: --period \"quý 2/2024\" được hiểu là 2024-Q2\n"))
        #expect(run.stderr.contains("baocao: bỏ qua plugin inspection-summary: bộ dữ liệu không có bảng inspections\n"))

        let broken = try baocao("generate", "--data", try brokenTiny().path, "--period", "2024-Q2", "--out", out.path)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("1 lỗi, 0 cảnh báo; không tạo báo cáo nào"))
    }

    @Test func aTemplatesFolderRewordsAMessageAndABrokenCatalogIsRefusedWhereItIs() throws {
        let folder = try Fixtures.temporaryDirectory()
        try Data("""
            "unknown unit \\"{1}\\"; the dataset's units include {2}": "không tìm thấy \\"{1}\\" (có: {2})"

            """.utf8).write(to: folder.appendingPathComponent("messages.yaml"))
        let run = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--unit", "zz",
                             "--templates", folder.path, "--out", try Fixtures.temporaryDirectory().path)
        #expect(run.status == 2)
        #expect(run.stderr == "baocao: --unit: không tìm thấy \"zz\" (có: d, xa, a1, a2, xb, b1, cb)\n")

        try Data("""
            # reworded
            "1 error": "một lỗi"
            "{1} errors": "{1} lỗi, {3} chỗ"

            """.utf8).write(to: folder.appendingPathComponent("messages.yaml"))
        let broken = try baocao("validate", "--data", Fixtures.tiny.path, "--templates", folder.path)
        #expect(broken.status == 2)
        #expect(broken.stderr == "baocao: \(folder.path)/messages.yaml:3:15: "
                + "the text uses {3}, which the message has not\n")
    }

    /// A broken report template fails its report, naming the file, line and column.
    @Test func aBrokenTemplateIsNamedWhereItBreaks() throws {
        let folder = try Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("member-growth.yaml")
        try Data("title: Phát triển\ntables: [\n".utf8).write(to: file)
        let broken = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--templates",
                                folder.path, "--format", "json", "--out", try Fixtures.temporaryDirectory().path)
        #expect(broken.status == 3)
        #expect(broken.stderr == "baocao: plugin member-growth gặp lỗi: \(file.path):3:1: không phải YAML hợp lệ: "
                + "while parsing a flow node, did not find expected node content\n")
        try Data("title: Phát triển\ntables: 3\n".utf8).write(to: file)
        let misshapen = try baocao(language: "en", "generate", "--data", Fixtures.tiny.path, "--period", "2024-Q2",
                                   "--templates", folder.path, "--format", "json",
                                   "--out", try Fixtures.temporaryDirectory().path)
        #expect(misshapen.stderr == "baocao: plugin member-growth failed: \(file.path): key tables: expected a mapping\n")

        // A narrative paragraph whose section is never closed: where the paragraph starts, and what.
        let bundled = try String(contentsOf: Self.repository.appendingPathComponent("Templates/vi/member-growth.yaml"),
                                 encoding: .utf8)
        let narrative = try #require(bundled.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("narrative:") })
        let unclosed = try #require(bundled.range(of: "{{/any_admitted}}"))
        try Data(bundled.replacingCharacters(in: unclosed, with: "").utf8).write(to: file)
        let mustache = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--templates",
                                  folder.path, "--format", "json", "--out", try Fixtures.temporaryDirectory().path)
        #expect(mustache.status == 3)
        #expect(mustache.stderr.hasPrefix("baocao: plugin member-growth gặp lỗi: \(file.path):\(narrative + 2):"),
                "\(mustache.stderr)")
        #expect(mustache.stderr.contains(": đoạn văn thứ 1: dòng 1, ký tự thứ "))
        #expect(mustache.stderr.hasSuffix(" của văn bản: một đoạn điều kiện chưa được đóng (thiếu {{/…}})\n"))
    }

    @Test func reportsInEnglish() throws {
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--lang", "en",
                             "--format", "txt,csv", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("baocao: skipped plugin inspection-summary: no table inspections in the dataset\n"))
        let text = try String(contentsOf: out.appendingPathComponent("d_2024-Q2.txt"), encoding: .utf8)
        #expect(text.contains("COMMUNIST PARTY OF VIETNAM"))
        #expect(text.contains("on the development of Party membership in Q2 2024"))
        #expect(text.contains("Table 1: "))
        let csv = try String(contentsOf: out.appendingPathComponent("d_2024-Q2_member-growth_movement.csv"),
                             encoding: .utf8)
        #expect(csv.contains("Item,Opening,Admitted,"))
    }

    /// Both samples' whole report in English, byte for byte.
    @Test(arguments: [("sopcop", "2024-Q4", "sc"), ("muongchien", "2020-Q4", "mc")])
    func theSamplesInEnglish(sample: (name: String, period: String, root: String)) throws {
        let out = try Fixtures.temporaryDirectory()
        let data = Fixtures.sample.deletingLastPathComponent().appendingPathComponent(sample.name)
        let run = try baocao(language: "en", "generate", "--data", data.path, "--period", sample.period,
                             "--format", "txt,json", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let files = ["txt", "json"].map { out.appendingPathComponent("\(sample.root)_\(sample.period).\($0)") }
        try Golden.expectMatches(files, in: Golden.folder("golden-en"))
    }
}
