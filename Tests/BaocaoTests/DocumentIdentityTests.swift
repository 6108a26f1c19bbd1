import BaocaoKit
import Foundation
import ReportModel
import Testing

/// Each report is headed, numbered and signed as its own unit's document
/// (issue: a commune's report signed by the district's secretary): defaults
/// by unit kind, dataset.yaml's overrides, `--number`, never another unit's name.
@Suite struct DocumentIdentityTests {
    func header(_ data: URL = Fixtures.tiny, unit: String?, number: String? = nil) throws -> DocumentHeader {
        let session = try ReportSession(ReportSetup(data: data, pluginIDs: ["member-growth"]))
        let run = session.report(unit: try session.unit(unit), period: try Period(parsing: "2024-Q2"), number: number)
        return try #require(run.bundle).header
    }

    @Test func theRootIsSignedAsDatasetYamlSays() throws {
        let root = try header(unit: nil, number: "45")
        #expect(root.signature == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Thử"])
        #expect(root.number == "Số 45-BC/HU")
        #expect(root.recipients == ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"])
        #expect(try header(unit: nil).number == "Số       -BC/HU", "a blank to fill in by hand")
    }

    @Test func aCommuneSignsForItsOwnCommitteeAndLeavesTheNameBlank() throws {
        let commune = try header(unit: "xa")
        #expect(commune.issuingBodyLines == ["HUYỆN ỦY MẪU", "ĐẢNG BỘ XÃ A"])
        #expect(commune.signature == ["T/M ĐẢNG ỦY", "BÍ THƯ", ""])
        #expect(commune.number == "Số       -BC/ĐU")
        #expect(commune.recipients == ["Ban Thường vụ Huyện ủy (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"])
        let branch = try header(unit: "a1")
        #expect(branch.signature == ["T/M CHI BỘ", "BÍ THƯ", ""])
        #expect(branch.number == "Số       -BC/CB")
        #expect(branch.recipients == ["Đảng ủy (b/c)", "Lưu Chi bộ"])
        let school = try header(unit: "cb")   // a grassroots branch straight under the district
        #expect(school.signature == ["T/M CHI BỘ", "BÍ THƯ", ""])
        #expect(school.recipients == ["Ban Thường vụ Huyện ủy (b/c)", "Lưu Chi bộ"])
    }

    @Test func datasetYamlOverridesByKindAndByUnit() throws {
        let folder = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.tiny.path) {
            try FileManager.default.copyItem(at: Fixtures.tiny.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let yaml = try String(contentsOf: folder.appendingPathComponent("dataset.yaml"), encoding: .utf8) + """
            documents:
              by_kind:
                grassroots_committee: { recipients: [Ban Thường vụ Huyện ủy (b/c), Lưu Văn phòng Đảng ủy], number: BC/ĐU-XA }
              by_unit:
                xa: { signature: { name: Lường Văn A }, place: Bản A }
                a1: { signature: { on_behalf: T/M CHI ỦY, role: BÍ THƯ CHI BỘ, name: Lò Thị B } }
            """
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("dataset.yaml"))
        let commune = try header(folder, unit: "xa", number: "7")
        #expect(commune.signature == ["T/M ĐẢNG ỦY", "BÍ THƯ", "Lường Văn A"])
        #expect(commune.number == "Số 7-BC/ĐU-XA")
        #expect(commune.recipients == ["Ban Thường vụ Huyện ủy (b/c)", "Lưu Văn phòng Đảng ủy"])
        #expect(commune.placeAndDate == "Bản A, ngày 30 tháng 6 năm 2024")
        #expect(try header(folder, unit: "xb").signature == ["T/M ĐẢNG ỦY", "BÍ THƯ", ""], "by_kind names nobody")
        #expect(try header(folder, unit: "a1").signature == ["T/M CHI ỦY", "BÍ THƯ CHI BỘ", "Lò Thị B"])
        #expect(try header(folder, unit: nil).signature == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Thử"])
    }

    /// A `documents:` that is not one is a dataset.yaml problem: nothing is made.
    @Test func aBrokenDocumentsSectionIsRefused() throws {
        let folder = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.tiny.path) {
            try FileManager.default.copyItem(at: Fixtures.tiny.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let yaml = try String(contentsOf: folder.appendingPathComponent("dataset.yaml"), encoding: .utf8)
            + "documents:\n  by_unit: [xa]\n"
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("dataset.yaml"))
        let run = try baocao("validate", "--data", folder.path)
        #expect(run.status == 1)
        #expect(run.stdout.contains("dataset.yaml: key documents.by_unit: "), "\(run.stdout)")
    }

    /// The command line: `--number`, and the commune's printed foot.
    @Test func generateNumbersAndSignsTheCommunesReport() throws {
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--unit", "xa",
                             "--number", "12", "--format", "txt", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("xa_2024-Q2.txt"), encoding: .utf8)
        #expect(text.contains("Số 12-BC/ĐU"))
        #expect(text.contains("T/M ĐẢNG ỦY"))
        #expect(!text.contains("Lò Văn Thử"))
        #expect(!text.contains("T/M BAN THƯỜNG VỤ"))
    }
}
