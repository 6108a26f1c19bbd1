import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins
import ReportWriters
import Testing

@Suite struct ReportEngineTests {
    /// Writes half a file, then fails, as a writer hitting a full disk would.
    struct FailingWriter: ReportWriter {
        let format = "broken"
        struct DiskFull: Error {}

        func write(_ bundle: ReportBundle, to output: OutputDirectory, options: WriterOptions) throws -> [URL] {
            [try output.write(named: bundle.baseName + ".broken") { temporary in
                try Data("half a rep".utf8).write(to: temporary)
                throw DiskFull()
            }]
        }
    }

    @Test func aFailingWriterLeavesNoPartialFileAndTheOthersAreWritten() throws {
        let out = try Fixtures.temporaryDirectory()
        // An earlier complete report of the same name must survive.
        try Data("complete".utf8).write(to: out.appendingPathComponent("d_2024-Q2.broken"))
        let engine = ReportEngine(writers: WriterRegistry([FailingWriter(), TextWriter()]))
        #expect {
            try engine.generate(GenerateRequest(data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["broken", "txt"],
                                                output: out))
        } throws: { error in
            guard let error = error as? BaocaoError, case .partialFailure(let failures) = error else { return false }
            return error.exitCode == 3 && failures.count == 1 && failures[0].description.hasPrefix("broken: ")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["d_2024-Q2.broken", "d_2024-Q2.txt"])
        #expect(try String(contentsOf: out.appendingPathComponent("d_2024-Q2.broken"), encoding: .utf8) == "complete")
    }

    @Test func aDatasetWithoutTheNeededTablesMakesNoReport() throws {
        let data = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(at: Fixtures.tiny.appendingPathComponent("units.csv"),
                                         to: data.appendingPathComponent("units.csv"))
        let out = data.appendingPathComponent("out")
        #expect {
            try ReportEngine().generate(GenerateRequest(data: data, period: try Period(parsing: "2024"), output: out))
        } throws: { error in
            "\(error)".contains("no report can be made from this dataset: skipped plugin member-growth: "
                + "no table members, member_events in the dataset") && (error as? BaocaoError)?.exitCode == 1
        }
        #expect {
            try ReportEngine().generate(GenerateRequest(data: data, period: try Period(parsing: "2024"), pluginIDs: ["member-growth"],
                                                        output: out))
        } throws: { error in
            "\(error)".contains("plugin member-growth needs table members, member_events, which the dataset does not have")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func theRegistryIsAValueCallersBuild() throws {
        var registry = PluginRegistry([])
        #expect(throws: UnknownPluginError.self) { try registry.plugin("member-growth") }
        registry.register(MemberGrowthPlugin())
        #expect(registry.ids == ["member-growth"])
        #expect(PluginRegistry.builtIn.ids == ["member-growth", "inspection-summary", "economic-models"])
    }

    @Test func userTemplatesRewordTheReport() throws {
        let templates = try Fixtures.temporaryDirectory()
        let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Templates/vi/member-growth.yaml")
        let text = try String(contentsOf: bundled, encoding: .utf8)
            .replacingOccurrences(of: "title: Tình hình phát triển đảng viên", with: "title: Phát triển đảng viên mới")
        try Data(text.utf8).write(to: templates.appendingPathComponent("member-growth.yaml"))
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["json"], output: try Fixtures.temporaryDirectory(),
            templates: templates))
        #expect(outcome.bundle.reports[0].title == "Phát triển đảng viên mới")
        // document.yaml was not copied: it comes from the bundled templates.
        #expect(outcome.bundle.header.subject == "phát triển đảng viên mới quý II năm 2024")
    }

    @Test func theDocumentHeader() throws {
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["json"], output: try Fixtures.temporaryDirectory(),
            date: Day(year: 2024, month: 7, day: 5)))
        let header = outcome.bundle.header
        #expect(header.issuingBodyLines == ["ĐẢNG BỘ TỈNH THỬ", "HUYỆN ỦY MẪU"])
        #expect(header.placeAndDate == "Mẫu Sơn, ngày 05 tháng 7 năm 2024")
        #expect(header.signature == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Thử"])
        let commune = try ReportEngine().generate(GenerateRequest(
            data: Fixtures.tiny, period: try Period(parsing: "2024-01"), unitID: "xa", formats: ["json"],
            output: try Fixtures.temporaryDirectory()))
        #expect(commune.bundle.header.issuingBodyLines == ["HUYỆN ỦY MẪU", "ĐẢNG BỘ XÃ A"])
        #expect(commune.bundle.header.placeAndDate == "Mẫu Sơn, ngày 31 tháng 01 năm 2024")
    }

    @Test func withoutAPlaceTheDateLineIsTheDateAlone() throws {
        let data = try Fixtures.temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.tiny, to: data)
        try Data("name: Đảng bộ huyện Mẫu\n".utf8).write(to: data.appendingPathComponent("dataset.yaml"))
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: data, period: try Period(parsing: "2024-Q2"), formats: ["json"], output: try Fixtures.temporaryDirectory()))
        #expect(outcome.bundle.header.placeAndDate == "ngày 30 tháng 6 năm 2024")
        #expect(outcome.bundle.header.issuingBodyLines == ["HUYỆN ỦY MẪU"])
        // The kind's words, and a blank for a handwritten name: dataset.yaml names nobody.
        #expect(outcome.bundle.header.signature == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", ""])
    }
}

@Suite struct TemplateProblemTests {
    @Test func aTemplateWithoutALabelFailsThePluginAndNamesTheFile() throws {
        let templates = try Fixtures.temporaryDirectory()
        let file = templates.appendingPathComponent("member-growth.yaml")
        try Data("title: Phát triển đảng viên\nrows: { total: Tổng }\ntables: {}\n".utf8).write(to: file)
        let out = try Fixtures.temporaryDirectory().appendingPathComponent("out")
        #expect {
            try ReportEngine().generate(GenerateRequest(data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["txt"],
                                                        output: out, templates: templates))
        } throws: { error in
            (error as? BaocaoError)?.exitCode == 3
                && "\(error)" == "plugin member-growth failed: \(file.path): no labels for table movement"
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "no reports, no files")
    }
}
