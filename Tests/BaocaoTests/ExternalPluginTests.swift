import BaocaoKit
import Foundation
import ReportModel
@testable import ReportPlugins
import Testing

/// A plugin folder holding `plugin.yaml` (command `./plugin.sh`, or `command`)
/// and the shell script `script`; returns the folder of plugins holding it.
func externalPlugin(_ id: String = "probe", script: String, limits: String? = nil, command: String = "[./plugin.sh]",
                    scriptName: String = "plugin.sh", folderName: String? = nil, executable: Bool = true) throws -> URL {
    let yaml = """
        format: baocao.plugin/1
        id: \(id)
        version: "1.0"
        title: { vi: Báo cáo thử, en: Probe }
        command: \(command)
        requires: [units, member_events]
        \(limits.map { "limits: \($0)" } ?? "")
        """
    let plugins = try pluginFolder(yaml, name: folderName ?? id)
    let file = plugins.appendingPathComponent(folderName ?? id).appendingPathComponent(scriptName)
    try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: file.path)
    return plugins
}

/// Whether a process whose command line contains `marker` runs (read from /proc, as pgrep does).
func isRunning(_ marker: String) -> Bool {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.contains { name in
        guard Int(name) != nil, let line = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { return false }
        return String(decoding: line.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self).contains(marker)
    }
}

/// A script that reads the request and prints `answer`.
func answering(_ answer: String) -> String {
    "cat > /dev/null\ncat <<'JSON'\n\(answer)\nJSON"
}

/// External plugins with real child processes: each misbehaviour fails that
/// plugin alone, with a message naming it and saying what happened, while the
/// built-in member-growth report of the same run is still written (exit 3).
@Suite struct ExternalPluginContainmentTests {
    /// Runs `generate` with the plugins in `plugins` beside the built-ins, and
    /// checks the other report was written; returns stderr.
    func failingRun(_ plugins: URL, language: String? = "en",
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let data = try TreeDataset.write()
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao(language: language, "generate", "--data", data.path, "--period", "2024-Q2",
                             "--plugins", plugins.path, "--format", "json", "--out", out.path)
        #expect(run.status == 3, "\(run.stderr)", sourceLocation: sourceLocation)
        let written = try Data(contentsOf: out.appendingPathComponent("d_2024-Q2.json"))
        let bundle = try JSONSerialization.jsonObject(with: written) as? [String: Any]
        let reports = (bundle?["reports"] as? [[String: Any]])?.compactMap { $0["plugin"] as? String }
        #expect(reports == ["member-growth"], sourceLocation: sourceLocation)
        #expect(run.stderr.contains(language == nil ? "plugin probe gặp lỗi: " : "plugin probe failed: "), "\(run.stderr)",
                sourceLocation: sourceLocation)
        return run.stderr
    }

    /// No process of the script's is left: `marker` is unique to its command line.
    func expectNoProcess(_ marker: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!isRunning(marker), "a process matching \(marker) is still running", sourceLocation: sourceLocation)
    }

    @Test func aFailureIsToldInVietnameseByDefault() throws {
        let crash = try failingRun(try externalPlugin(script: "cat > /dev/null\nkill -SEGV $$"), language: nil)
        #expect(crash == "baocao: plugin probe gặp lỗi: gặp sự cố: bị dừng bởi tín hiệu 11 (SIGSEGV)\n")
        let truncated = try failingRun(try externalPlugin(script: answering(#"{"protocol":"baocao.plugin/1""#)),
                                       language: nil)
        #expect(truncated.contains("(dòng 2, cột 1: câu trả lời kết thúc quá sớm: cần dấu , hoặc })"), "\(truncated)")
    }

    @Test func aPluginThatHangsIsStoppedAtItsTimeLimit() throws {
        let stderr = try failingRun(try externalPlugin(script: "cat > /dev/null\nexec sleep 987601", limits: "{ time_ms: 1000 }"))
        #expect(stderr.contains("gave no answer within 1 s and was stopped, with every process it started"))
        #expect(stderr.contains("limits.time_ms in "))
        expectNoProcess("sleep 987601")
    }

    /// The child it forked keeps stdout open after the plugin itself exits: the whole group goes.
    @Test func aForkedChildThatHangsIsKilledWithItsGroup() throws {
        let stderr = try failingRun(try externalPlugin(
            script: "cat > /dev/null\nsleep 987602 &\necho 'started a helper' >&2\nexit 0", limits: "{ time_ms: 1000 }"))
        #expect(stderr.contains("gave no answer within 1 s"))
        #expect(stderr.contains("| started a helper"))
        expectNoProcess("sleep 987602")
    }

    /// Ctrl-C reaches baocao, not the plugin (its group is not the terminal's):
    /// baocao kills the plugin's group before it ends.
    @Test func interruptingBaocaoTakesItsPluginsWithIt() throws {
        let plugins = try externalPlugin(script: "cat > /dev/null\nsleep 987604", limits: "{ time_ms: 60000 }")
        let process = Process()
        process.executableURL = baocaoExecutable
        process.arguments = ["generate", "--data", try TreeDataset.write().path, "--period", "2024-Q2",
                             "--plugins", plugins.path, "--plugin", "probe", "--out", try Fixtures.temporaryDirectory().path]
        process.standardError = Pipe()
        try process.run()
        var started = false
        for _ in 0..<200 where !started {
            Thread.sleep(forTimeInterval: 0.05)
            started = isRunning("sleep 987604")
        }
        #expect(started, "the plugin never started")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        expectNoProcess("sleep 987604")
    }

    @Test func aCrashIsReportedWithItsSignal() throws {
        let stderr = try failingRun(try externalPlugin(script: "cat > /dev/null\nkill -SEGV $$"))
        #expect(stderr.contains("crashed: killed by signal 11 (SIGSEGV)"))
    }

    @Test func aNonZeroExitShowsTheLastLinesOfStderr() throws {
        let lines = (1...15).map { "echo 'dòng \($0)' >&2" }.joined(separator: "\n")
        let stderr = try failingRun(try externalPlugin(script: "cat > /dev/null\n\(lines)\necho 'Thiếu bảng meetings' >&2\nexit 1"))
        #expect(stderr.contains("exited with status 1"))
        #expect(stderr.contains("    | Thiếu bảng meetings"))
        #expect(stderr.contains("    | dòng 15"))
        #expect(stderr.contains("    | dòng 7\n"))
        #expect(!stderr.contains("    | dòng 6\n"), "ten lines of stderr, not more")
    }

    @Test func garbageIsNotJSON() throws {
        let stderr = try failingRun(try externalPlugin(script: "cat > /dev/null\necho 'Traceback: oops'"))
        #expect(stderr.contains("answered something that is not JSON (line 1, column 1: expected a value"))
        #expect(stderr.contains("its answer began: Traceback: oops"))
    }

    @Test func truncatedJSONIsToldApartFromGarbage() throws {
        let stderr = try failingRun(try externalPlugin(script: answering(#"{"protocol":"baocao.plugin/1","report":{"tables":[{"id":"#)))
        #expect(stderr.contains("answered JSON that stops before its end"))
        #expect(stderr.contains("the answer ends too early"))
    }

    @Test func silenceIsNotAnAnswer() throws {
        let stderr = try failingRun(try externalPlugin(script: "cat > /dev/null\nexit 0"))
        #expect(stderr.contains("exited without answering: nothing on stdout"))
    }

    @Test func hundredMegabytesOfOutputAreCutOff() throws {
        let stderr = try failingRun(try externalPlugin(script: "cat > /dev/null\nhead -c 100000000 /dev/zero\nsleep 987603"))
        #expect(stderr.contains("wrote more than 64 MB on stdout and was stopped"))
        #expect(stderr.contains("limits.max_output_mb"))
        expectNoProcess("sleep 987603")
    }

    @Test func aNewerProtocolIsNamedWithOurs() throws {
        let stderr = try failingRun(try externalPlugin(script: answering(#"{"protocol":"baocao.plugin/2","report":{}}"#)))
        #expect(stderr.contains("answered in protocol baocao.plugin/2, but this baocao speaks baocao.plugin/1"))
    }

    @Test func aDuplicateRowKeyIsRefusedWithItsPath() throws {
        let stderr = try failingRun(try externalPlugin(script: answering("""
            {"protocol":"baocao.plugin/1","report":{"tables":[{"id":"t","title":"T",
             "columns":[{"id":"n","label":"N","type":"integer"}],
             "rows":[{"key":"a","label":"A","cells":{"n":1}},{"key":"a","label":"A again","cells":{"n":2}}]}]}}
            """)))
        #expect(stderr.contains("answered a report that is not well-formed:\n  report.tables[0].rows[1].key: \"a\" is used twice"))
    }

    @Test func anErrorObjectIsShownAsThePluginsMessage() throws {
        let stderr = try failingRun(try externalPlugin(script: answering(
            #"{"protocol":"baocao.plugin/1","error":{"message":"Chưa có số liệu sinh hoạt chi bộ quý này"}}"#)))
        #expect(stderr.contains("plugin probe failed: reported an error: Chưa có số liệu sinh hoạt chi bộ quý này"))
    }

    @Test func aCommandThatDoesNotExist() throws {
        let stderr = try failingRun(try externalPlugin(script: "", command: "[./missing.sh]"))
        #expect(stderr.contains("cannot start ./missing.sh: no such file"))
        let onPath = try failingRun(try externalPlugin(script: "", command: "[no-such-program-baocao]"))
        #expect(onPath.contains("cannot start no-such-program-baocao: no program of that name on PATH"))
    }

    @Test func aCommandThatIsNotExecutable() throws {
        let stderr = try failingRun(try externalPlugin(script: answering("{}"), executable: false))
        #expect(stderr.contains("cannot start ./plugin.sh: it is not an executable file"))
        #expect(stderr.contains("chmod +x ./plugin.sh"))
    }

    /// The environment is PATH, LANG, HOME and TMPDIR only; the working directory is the plugin's folder.
    @Test func thePluginSeesAMinimalEnvironmentInItsOwnFolder() throws {
        let plugins = try externalPlugin(script: """
            cat > /dev/null
            echo "cwd=$(pwd)" >&2
            env | cut -d= -f1 | sort | tr '\\n' ' ' >&2
            echo >&2
            exit 2
            """)
        setenv("BAOCAO_SECRET_TOKEN", "do-not-leak", 1)
        defer { unsetenv("BAOCAO_SECRET_TOKEN") }
        let stderr = try failingRun(plugins)
        #expect(stderr.contains("| cwd=\(plugins.appendingPathComponent("probe").path)"))
        #expect(stderr.contains("| HOME LANG PATH PWD TMPDIR"), "\(stderr)")   // PWD is sh's own
        #expect(!stderr.contains("BAOCAO_SECRET_TOKEN"))
    }
}

/// External plugins that work: paths with spaces, concurrency, `plugins list` and `check`.
@Suite struct ExternalPluginTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/Plugins").standardizedFileURL

    static let answer = """
        {"protocol":"baocao.plugin/1","report":{"narrative":["Đã chạy."],"tables":[{"id":"t","title":"Bảng",
         "columns":[{"id":"n","label":"Số","type":"integer"}],"rows":[{"key":"total","label":"Tổng","kind":"total","cells":{"n":3}}]}]}}
        """

    @Test func aPluginInAFolderWithSpacesRuns() throws {
        let plugins = try externalPlugin(script: answering(Self.answer), command: "[\"./run me.sh\"]", scriptName: "run me.sh",
                                         folderName: "my plugin")
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", try TreeDataset.write().path, "--period", "2024-Q2",
                             "--plugins", plugins.path, "--plugin", "probe", "--format", "txt", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("d_2024-Q2.txt"), encoding: .utf8)
        #expect(text.contains("Đã chạy."))
    }

    /// A plugin may answer without reading its request: a request larger than
    /// the pipe then cannot be written whole, and that is no failure of baocao's.
    @Test func aPluginThatDoesNotReadItsRequestStillAnswers() throws {
        let plugins = try externalPlugin(script: "cat <<'JSON'\n\(Self.answer)\nJSON")
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", Fixtures.sample.path, "--period", "2024-Q2",
                             "--plugins", plugins.path, "--plugin", "probe", "--plugin", "member-growth",
                             "--format", "txt", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("sc_2024-Q2.txt"), encoding: .utf8)
        #expect(text.contains("Đã chạy."))
    }

    /// Two plugins that each wait for the other to have started: run one after
    /// the other, the first would give up; run together, both answer.
    @Test func externalPluginsRunAtTheSameTime() throws {
        let meeting = try Fixtures.temporaryDirectory()
        let plugins = try Fixtures.temporaryDirectory()
        for (me, other) in [("left", "right"), ("right", "left")] {
            let single = try externalPlugin(me, script: """
                cat > /dev/null
                touch '\(meeting.path)/\(me)'
                tries=0
                while [ ! -e '\(meeting.path)/\(other)' ]; do
                    tries=$((tries + 1)); [ $tries -gt 100 ] && { echo 'alone' >&2; exit 1; }; sleep 0.05
                done
                cat <<'JSON'
                \(Self.answer)
                JSON
                """)
            try FileManager.default.moveItem(at: single.appendingPathComponent(me), to: plugins.appendingPathComponent(me))
        }
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", try TreeDataset.write().path, "--period", "2024-Q2",
                             "--plugins", plugins.path, "--plugin", "left", "--plugin", "right", "--format", "json",
                             "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func listShowsExternalPluginsAndCheckRunsThem() throws {
        let list = try baocao("plugins", "list", "--plugins", Self.examples.path)
        #expect(list.status == 0)
        let line = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("meeting-score ") })
        #expect(line.contains(" external "))
        let check = try baocao("plugins", "check", Self.examples.appendingPathComponent("meeting-score").path,
                               "--data", Fixtures.sample.path, "--period", "2024-Q4")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ok: meeting-score 1.0.0, external"))
        #expect(check.stdout.contains("Trong quý IV năm 2024, các chi bộ tổ chức 745 buổi sinh hoạt"))
    }

    /// The Python example's report on the bundled sample, byte for byte.
    @Test func thePythonExampleMatchesItsGoldenFile() throws {
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", Fixtures.sample.path, "--period", "2024-Q4", "--plugins",
                             Self.examples.path, "--plugin", "meeting-score", "--format", "json,txt", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.expectMatches([out.appendingPathComponent("sc_2024-Q4.json"), out.appendingPathComponent("sc_2024-Q4.txt")],
                                 in: Golden.folder("golden-external"))
    }

    /// The shell example counts the same events as the built-in movement table, for every row:
    /// a move between two branches of the commune is a transfer out of one row and into another.
    @Test func theShellExampleAgreesWithMemberGrowth() throws {
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao("generate", "--data", Fixtures.sample.path, "--period", "2024-Q4", "--unit", "xsc",
                             "--plugins", Self.examples.path, "--plugin", "event-count", "--plugin", "member-growth",
                             "--format", "json", "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        struct Written: Decodable { let reports: [ReportDocument] }
        let bundle = try JSONDecoder().decode(Written.self, from: Data(contentsOf: out.appendingPathComponent("xsc_2024-Q4.json")))
        let events = try #require(bundle.reports.first { $0.plugin == "event-count" }?.table("events"))
        let movement = try #require(bundle.reports.first { $0.plugin == "member-growth" }?.table("movement"))
        #expect(events.rows.count == movement.rows.count)
        var compared = 0
        for row in movement.rows {
            for column in ["admitted", "restored", "transferred_in", "died", "expelled", "removed", "resigned", "transferred_out"] {
                #expect(events.row(row.key)?[column] == row[column], "\(row.key) \(column)")
                compared += row[column].number.map { $0 > 0 ? 1 : 0 } ?? 0
            }
        }
        #expect(compared > 3, "the period has events to count")
    }
}

/// The answer's checks, each problem at its JSON path.
@Suite struct PluginAnswerTests {
    let expected = ReportDocument(plugin: "probe", title: "Thử", unit: UnitReference(id: "d", name: "D"),
                                  period: PeriodReference(try! Period(parsing: "2024-Q2")))

    func problems(_ answer: String) -> [String] {
        do {
            _ = try PluginAnswer.read(Array(answer.utf8), expected: expected)
            return []
        } catch {
            if case .invalidAnswer(let problems) = error { return problems.map(\.description) }
            return ["\(error.message(file: "plugin.yaml"))"]
        }
    }

    func answer(_ table: String, format: String = #""format":"baocao.report/1","#) -> String {
        #"{"protocol":"baocao.plugin/1","report":{"# + format + #""tables":["# + table + "]}}"
    }

    @Test func everyMistakeIsNamedWhereItIs() {
        let found = problems(answer("""
            {"id":"t","title":"T","columns":[{"id":"n","label":"N","type":"float"},{"id":"p","label":"P","type":"percent"},
             {"id":"d","label":"D","type":"date"}],
             "rows":[{"key":"a","label":"A","cells":{"p":NaN,"x":1,"d":"30/06/2024"}},{"key":"b","label":"B","cells":{"p":-Infinity}}]}
            """, format: #""format":"baocao.report/2","#))
        #expect(found == [
            "report.format: expected \"baocao.report/1\", found \"baocao.report/2\"",
            "report.tables[0].columns[0].type: unknown column type \"float\"; expected text, integer, decimal, percent, money, date",
            "report.tables[0].rows[0].cells.p: nan is not a finite number",
            "report.tables[0].rows[0].cells.x: no such column in the table",
            "report.tables[0].rows[0].cells.d: \"30/06/2024\" is not a date YYYY-MM-DD",
            "report.tables[0].rows[1].cells.p: -inf is not a finite number",
        ])
    }

    @Test func wrongTypesAndMissingMembers() {
        #expect(problems(answer(#"{"id":"t","columns":[],"rows":[{"key":"a","label":"A","cells":{}}]}"#))
                == ["report.tables[0].title: missing"])
        #expect(problems(answer(#"{"id":"t","title":"T","columns":[{"id":"n","label":"N","type":"integer"}],"rows":[{"key":"a","label":"A","cells":{"n":"12"}}]}"#))
                == ["report.tables[0].rows[0].cells.n: \"12\" is not a value of a column of type integer"])
        #expect(problems(#"{"protocol":"baocao.plugin/1","report":{"period":{"id":"2024-Q1"}}}"#)
                == ["report.period.id: the request was for period \"2024-Q2\", found \"2024-Q1\""])
        #expect(problems(#"[1,2]"#) == [#"(the answer): expected an object { "protocol": …, "report": … }, found a list"#])
        #expect(problems(answer(#"{"id":"t","title":"T","columns":[{"id":"n","label":"N","type":"integer","precision":7}],"rows":[{"key":"a","label":"A","precision":"1","cells":{}}]}"#))
                == ["report.tables[0].columns[0].precision: expected a whole number 0…6, found 7",
                    "report.tables[0].rows[0].precision: expected a whole number 0…6, found \"1\""])
    }

    @Test func aWellFormedAnswerBecomesTheDocument() throws {
        let answer = try PluginAnswer.read(Array(answer("""
            {"id":"t","title":"T","columns":[{"id":"n","label":"N","type":"integer"},{"id":"d","label":"D","type":"date"}],
             "rows":[{"key":"total","label":"Tổng","kind":"total","cells":{"n":3.0,"d":"2024-06-30"}}]}
            """).utf8), expected: expected)
        guard case .report(let document) = answer else { Issue.record("no report"); return }
        #expect(document.title == "Thử")
        #expect(document.table("t")?.row("total")?["n"] == .integer(3))
        #expect(document.table("t")?.row("total")?["d"] == .date(Day(year: 2024, month: 6, day: 30)!))
        #expect(document.table("t")?.row("total")?.level == 0)
    }

    @Test func jsonSyntaxErrorsSayLineAndColumn() {
        #expect(throws: JSONSyntaxError(line: 2, column: 9, reason: Message("expected , or }"), isTruncated: false)) {
            try JSONValue.parse(Array("{\"a\": 1,\n \"b\": 2 3}".utf8))
        }
        #expect(throws: JSONSyntaxError(line: 1, column: 8, reason: Message("the key \"\("a")\" is given twice in one object"),
                                        isTruncated: false)) {
            try JSONValue.parse(Array("{\"a\":1,\"a\":2}".utf8))
        }
        #expect((try? JSONValue.parse(Array("[\"\\u00e1\\ud83d\\ude00\", 1e2, -0.5, 12]".utf8)))
                == .array([.string("á😀"), .number(100), .number(-0.5), .integer(12)]))
    }
}
