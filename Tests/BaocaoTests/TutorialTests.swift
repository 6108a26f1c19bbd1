import BaocaoKit
import DatasetReaders
import DatasetStore
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// docs/plugins.md, followed step by step: its files (docs/tutorial/) are
/// these tests' fixtures, and every figure, sentence and error message the
/// tutorial shows is checked here, so the tutorial cannot rot.
@Suite(.serialized) struct TutorialTests {
    /// The sentence docs/plugins.md shows, step 5.
    static let sentence = "Năm 2021, Đảng bộ huyện Sốp Cộp mở được 20 lớp bồi dưỡng lý luận chính trị cho 1.115 học "
        + "viên, trong đó 7 lớp bồi dưỡng nhận thức về Đảng, 4 lớp bồi dưỡng đảng viên mới, 5 lớp sơ cấp lý luận "
        + "chính trị và 4 lớp bồi dưỡng, cập nhật kiến thức."

    static let counts = ["classes", "students", "awareness", "new_member", "basic", "refresher"]

    /// The tutorial's dataset loaded once, with the table the plugin brings (as `generate` does).
    final class Loaded {
        let plugin: any ReportPlugin
        let store: DatasetStore

        init() throws {
            plugin = try PluginChecker(folder: Repository.tutorialPlugin).load()
            let loaded = try DatasetLoader().load(try Repository.tutorialDataset(), pluginTables: plugin.inputTables)
            #expect(loaded.problems.errors.isEmpty, "\(loaded.problems.errors)")
            store = try DatasetStore(loaded)
        }
    }

    /// A DatasetStore is not Sendable: the suite's tests run one at a time.
    nonisolated(unsafe) static var loaded: Loaded?

    func report(_ period: String, unit: String? = nil, language: String = "vi") throws -> ReportDocument {
        if Self.loaded == nil { Self.loaded = try Loaded() }
        let loaded = try #require(Self.loaded)
        let unit = try #require(unit.map { loaded.store.unit($0) } ?? loaded.store.root)
        return try loaded.plugin.makeReport(ReportContext(store: loaded.store, unit: unit,
                                                          period: try Period(parsing: period), labels: .none,
                                                          language: language))
    }

    func ints(_ report: ReportDocument, _ row: String) -> [Int?] {
        let numbers = report.numbers("classes", row)
        return Self.counts.map { numbers[$0].map { Int($0) } }
    }

    @Test func theSeedsFigureFor2021() throws {
        let report = try report("2021")
        #expect(report.title == "Bồi dưỡng lý luận chính trị")
        let table = try #require(report.table("classes"))
        // One row per unit directly under Sốp Cộp (24), then the total.
        #expect(table.rows.count == 25 && table.rows.first?.key == "xsc" && table.rows.last?.key == "total")
        #expect(ints(report, "total") == [20, 1115, 7, 4, 5, 4])
        // Nậm Lạnh: 9/3, 8/6 and 12/10 — not 31/12/2020 nor 15/03/2022.
        #expect(ints(report, "nl") == [3, 148, 1, 1, 1, 0])
        #expect(ints(report, "mlan") == [2, 114, 1, 0, 1, 0])   // 31/12/2021 counts
        #expect(ints(report, "bv") == [0, 0, 0, 0, 0, 0])       // no class: the row is there, with zeros
        #expect(report.narrative == [Self.sentence])
    }

    @Test func otherPeriodsAndUnits() throws {
        // 2022: the classes of 01/01/2022 and 15/03/2022 only.
        #expect(ints(try report("2022"), "total") == [2, 100, 0, 1, 0, 1])
        // The fourth quarter of 2021: 12/10 … 31/12.
        #expect(ints(try report("2021-Q4"), "total") == [5, 229, 1, 2, 1, 1])
        // Nậm Lạnh's own report: its 15 branches have none (the classes were opened for the commune); the total has 3.
        let commune = try report("2021", unit: "nl")
        #expect(ints(commune, "total") == [3, 148, 1, 1, 1, 0])
        #expect(commune.narrative.first?.hasPrefix(
            "Năm 2021, Đảng bộ xã Nậm Lạnh mở được 3 lớp bồi dưỡng lý luận chính trị cho 148 học viên") == true)
        // No class at all: the other sentence.
        #expect(try report("2019").narrative == ["Năm 2019, Đảng bộ huyện Sốp Cộp chưa mở lớp bồi dưỡng lý luận chính trị nào."])
        #expect(try report("2021", language: "en").narrative.first?.hasPrefix(
            "In 2021, Đảng bộ huyện Sốp Cộp opened 20 political theory classes for 1,115 students") == true)
    }

    @Test func theCheckerRunsTheTutorialPlugin() throws {
        let checker = PluginChecker(folder: Repository.tutorialPlugin)
        let plugin = try checker.load()
        #expect(plugin.id == "political-training" && plugin.requiredTables == ["units", "training_classes"])
        let text = try checker.run(plugin, data: try Repository.tutorialDataset(), period: try Period(parsing: "2021"), unitID: nil)
        // The text report wraps its lines: compare with the spaces collapsed.
        #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(Self.sentence))
    }

    // MARK: docs/plugins.md, step 8: when something is wrong

    /// The tutorial's plugin, copied with `change` applied to its plugin.yaml; returns the plugin's folder.
    static func changedPlugin(_ change: (String) -> String) throws -> URL {
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("political-training")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let yaml = try String(contentsOf: Repository.tutorialPlugin.appendingPathComponent("plugin.yaml"), encoding: .utf8)
        try Data(change(yaml).utf8).write(to: folder.appendingPathComponent("plugin.yaml"))
        return folder
    }

    /// The tutorial's dataset, copied with `change` applied to training_classes.csv.
    static func changedDataset(_ change: (String) -> String) throws -> URL {
        let folder = try Fixtures.temporaryDirectory().appendingPathComponent("my-data")
        try FileManager.default.copyItem(at: Repository.sopcop, to: folder)
        let csv = try String(contentsOf: Repository.tutorial.appendingPathComponent("training_classes.csv"),
                             encoding: .utf8)
        try Data(change(csv).utf8).write(to: folder.appendingPathComponent("training_classes.csv"))
        return folder
    }

    /// What `baocao` prints after "baocao: " for `body`'s error, in its
    /// default language, and its exit code.
    static func failure(_ body: () throws -> Void) throws -> (message: String, exitCode: Int32)? {
        let vietnamese = try TemplateSet(directories: [Repository.root.appendingPathComponent("Templates/vi")])
            .messages(language: "vi")
        do {
            try body()
            return nil
        } catch let error as BaocaoError {
            let message: Message = if case .invalidData(let problems) = error {
                .joined(problems.map(\.framed) + [error.message])
            } else {
                error.message
            }
            return (message.rendered(by: vietnamese), error.exitCode)
        } catch {
            return ("\(error)", -1)
        }
    }

    @Test func aTypoInAColumnNameOfTheQuery() throws {
        let folder = try Self.changedPlugin { $0.replacingOccurrences(of: "SUM(c.students)", with: "SUM(c.student)") }
        let checker = PluginChecker(folder: folder)
        let plugin = try checker.load()
        let failure = try #require(try Self.failure {
            _ = try checker.run(plugin, data: try Repository.tutorialDataset(), period: try Period(parsing: "2021"), unitID: nil)
        })
        #expect(failure.exitCode == 3)
        #expect(failure.message == "plugin political-training gặp lỗi: \(folder.path)/plugin.yaml:38: bảng classes: "
            + "no such column: c.student", "\(failure.message)")
    }

    @Test func aBadDateInTheCSV() throws {
        let data = try Self.changedDataset { $0.replacingOccurrences(of: "09/03/2021", with: "31/02/2021") }
        let failure = try #require(try Self.failure {
            _ = try generate(data, "2021", plugins: [Repository.tutorialPlugin], pluginIDs: ["political-training"])
        })
        #expect(failure.exitCode == 1)
        #expect(failure.message == "training_classes.csv:6: column opened_on: \"31/02/2021\" không phải là ngày hợp lệ\n"
            + "1 lỗi, 0 cảnh báo; không tạo báo cáo nào")
    }

    @Test func aUnitThatIsNotInUnitsCSV() throws {
        let data = try Self.changedDataset { $0.replacingOccurrences(of: "\npb,", with: "\npbx,") }
        let failure = try #require(try Self.failure {
            _ = try generate(data, "2021", plugins: [Repository.tutorialPlugin], pluginIDs: ["political-training"])
        })
        #expect(failure.exitCode == 1)
        #expect(failure.message == "training_classes.csv:11: column unit_id: không có đơn vị \"pbx\"\n"
            + "1 lỗi, 0 cảnh báo; không tạo báo cáo nào")
    }
}

/// docs/plugins.md, part 2: the external plugin, as the tutorial shows it.
@Suite struct ExternalTutorialTests {
    @Test func theScaffoldedProgramChecksAndItsTypoIsShownWithItsTraceback() throws {
        let directory = try Fixtures.temporaryDirectory()
        let made = try baocao(language: "en", ["plugins", "new", "meeting-score", "--external", "--plugins", "my-plugins"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        let folder = directory.appendingPathComponent("my-plugins/meeting-score")
        let yaml = try String(contentsOf: folder.appendingPathComponent("plugin.yaml"), encoding: .utf8)
        #expect(yaml.contains("command: [python3, report.py]\nrequires: [units, meetings]\n"))

        let check = try baocao(["plugins", "check", "my-plugins/meeting-score", "--data", Repository.sopcop.path,
                                "--period", "2024-Q4"], in: directory)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("ok: meeting-score 1.0.0, external, cần các bảng units, meetings\n"))
        #expect(check.stdout.contains("""
                Trong quý IV năm 2024, các chi bộ tổ chức 745 buổi sinh hoạt, tỷ lệ đảng viên dự đạt 94,1%, điểm
            chất lượng sinh hoạt đạt 83,7/100 (Khá).
            """))

        let program = folder.appendingPathComponent("report.py")
        let text = try String(contentsOf: program, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "m[column[\"members_total\"]]", with: "m[column[\"members_totl\"]]").utf8)
            .write(to: program)
        let broken = try baocao(["plugins", "check", "my-plugins/meeting-score", "--data", Repository.sopcop.path,
                                 "--period", "2024-Q4"], in: directory)
        #expect(broken.status == 3)
        #expect(broken.stderr.hasPrefix("baocao: plugin meeting-score gặp lỗi: đã thoát với mã trạng thái 1\n"
                                        + "  các dòng cuối chương trình ghi ra stderr:\n"), "\(broken.stderr)")
        #expect(broken.stderr.contains("/my-plugins/meeting-score/report.py\", line 72, in <genexpr>\n"
                                       + "    |     expected = sum(m[column[\"members_totl\"]] for m in held)\n"))
        #expect(broken.stderr.hasSuffix("    | KeyError: 'members_totl'\n"))
    }
}
