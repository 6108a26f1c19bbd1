import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// One registry of every kind, found in `--plugins`, `./Plugins`,
/// `$BAOCAO_PLUGINS` and the bundle; broken folders and ids given twice are
/// reported without stopping the others.
@Suite struct PluginCatalogTests {
    static func minimal(_ id: String, title: String = "Thử") -> String {
        """
        id: \(id)
        version: "1"
        title: \(title)
        requires: [units]
        tables:
          - id: units
            title: Đơn vị
            query: SELECT id AS key, 1 AS n FROM units
            columns: [{ id: n, label: N, type: integer }]
        """
    }

    static func folder(_ plugins: [String: String]) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        for (name, yaml) in plugins {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: folder.appendingPathComponent("plugin.yaml"))
        }
        return root
    }

    @Test func pluginsAreFoundInEveryPlaceInOrderAfterTheBuiltIns() throws {
        let explicit = try Self.folder(["zeta": Self.minimal("zeta")])
        let working = try Fixtures.temporaryDirectory()
        try FileManager.default.moveItem(at: try Self.folder(["alpha": Self.minimal("alpha")]),
                                         to: working.appendingPathComponent("Plugins"))
        let environment = try Self.folder(["mid": Self.minimal("mid")])
        let search = PluginSearch(workingDirectory: working, environmentPath: "/nonexistent:" + environment.path,
                                  bundled: nil)
        let catalog = try search.catalog(builtIn: .builtIn, explicit: [explicit])
        #expect(catalog.problems.isEmpty)
        #expect(catalog.registry.ids == ["member-growth", "inspection-summary", "economic-models", "alpha", "mid", "zeta"])
        #expect(catalog.registry.plugins.map(\.kind) == [.builtIn, .builtIn, .builtIn, .declarative, .declarative,
                                                         .declarative])
        #expect(catalog.registry.plugins[3].origin == "Plugins/alpha")
    }

    @Test func theSameIdForTwoPluginsIsAnErrorNamingBothAndNeitherRuns() throws {
        let first = try Self.folder(["a": Self.minimal("twice", title: "Một")])
        let second = try Self.folder(["b": Self.minimal("twice", title: "Hai")])
        let catalog = try PluginSearch.builtInOnly.catalog(builtIn: .builtIn, explicit: [first, second])
        #expect(!catalog.registry.ids.contains("twice"))
        let message = try #require(catalog.problems.first?.message.description)
        #expect(message.contains("plugin id twice is given twice, in \(first.path)/a and in \(second.path)/b"))
    }

    @Test func theSamePluginFoundTwiceIsOnePlugin() throws {
        let folder = try Self.folder(["a": Self.minimal("same")])
        let copy = try Self.folder(["a": Self.minimal("same")])
        let catalog = try PluginSearch.builtInOnly.catalog(builtIn: .builtIn, explicit: [folder, copy, folder])
        #expect(catalog.problems.isEmpty)
        #expect(catalog.registry.ids.filter { $0 == "same" }.count == 1)
    }

    @Test func aBuiltInIdCannotBeTaken() throws {
        let folder = try Self.folder(["mg": Self.minimal("member-growth")])
        let catalog = try PluginSearch.builtInOnly.catalog(builtIn: .builtIn, explicit: [folder])
        #expect(catalog.registry.plugins.first { $0.id == "member-growth" }?.kind == .builtIn)
        #expect(catalog.problems.map(\.message.description) == [
            "plugin id member-growth is taken by the built-in plugin; rename the one in \(folder.path)/mg "
                + "(id: in plugin.yaml)",
        ])
    }

    @Test func aBrokenFolderIsReportedWithLineAndColumnAndTheOthersStillLoad() throws {
        let folder = try Self.folder([
            "good": Self.minimal("good"),
            "broken": Self.minimal("broken").replacingOccurrences(of: "type: integer", with: "type: integr"),
            "bad-yaml": "id: [unclosed\n",
            "bad-ref": Self.minimal("bad-ref").replacingOccurrences(of: "requires: [units]", with: "requires: [unit]"),
        ])
        let catalog = try PluginSearch.builtInOnly.catalog(builtIn: .builtIn, explicit: [folder])
        #expect(catalog.registry.ids.last == "good")
        let messages = catalog.problems.map(\.message.description).joined(separator: "\n")
        #expect(catalog.problems.count == 3)
        #expect(messages.contains("\(folder.path)/broken/plugin.yaml:9:40: tables[0].columns[0].type: unknown column "
                                  + "type; expected text, integer, decimal, percent, money, date"), "\(messages)")
        #expect(messages.contains("\(folder.path)/bad-ref/plugin.yaml:4:12: requires[0]: unknown table \"unit\""),
                "\(messages)")
        #expect(messages.contains("\(folder.path)/bad-yaml/plugin.yaml:2:1: not valid YAML: while parsing a flow "
                                  + "sequence, did not find expected ',' or ']'"), "\(messages)")
    }

    @Test func generateWritesTheOtherReportsWhenAPluginFolderIsBroken() throws {
        let folder = try Self.folder(["broken": "id: broken\n"])
        let out = try Fixtures.temporaryDirectory()
        #expect {
            try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
                data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["json"], output: out, pluginDirectories: [folder]))
        } throws: { error in
            guard let error = error as? BaocaoError, case .partialFailure(let failures) = error else { return false }
            return error.exitCode == 3 && failures.count == 1 && failures[0].description.contains("broken/plugin.yaml:1:1")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("d_2024-Q2.json").path))
    }

    @Test func aPluginsFolderThatDoesNotExistIsAUsageError() throws {
        #expect {
            try PluginSearch.builtInOnly.catalog(builtIn: .builtIn, explicit: [URL(fileURLWithPath: "/nonexistent")])
        } throws: { error in
            (error as? BaocaoError)?.exitCode == 2 && "\(error)" == "plugins: /nonexistent is not a folder"
        }
    }
}

extension CommandLineTests {
    @Test func pluginsListShowsEveryKindAndTheBrokenOnes() throws {
        let folder = try PluginCatalogTests.folder(["mine": PluginCatalogTests.minimal("mine", title: "Của tôi"),
                                                    "broken": "id: broken\n"])
        let run = try baocao(language: "en", ["plugins", "list", "--plugins", folder.path], in: try Fixtures.temporaryDirectory())
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("ID ") && lines[0].contains("KIND") && lines[0].hasSuffix("FOUND IN"))
        #expect(lines.contains { $0.hasPrefix("member-growth ") && $0.contains(" built-in ")
            && $0.contains("Development of Party membership") && $0.hasSuffix(" built-in") })
        #expect(lines.contains { $0.hasPrefix("classification ") && $0.contains(" declarative ")
            && $0.contains("units, ratings") && $0.hasSuffix(" bundled") })
        #expect(lines.contains { $0.hasPrefix("mine ") && $0.contains("Của tôi") && $0.hasSuffix("\(folder.path)/mine") })
        #expect(lines.contains("Broken (not run):"))
        #expect(run.stdout.contains("\(folder.path)/broken/plugin.yaml:1:1: missing key version"))
    }

    @Test func aScaffoldedPluginRunsOnTheSampleAtOnce() throws {
        let directory = try Fixtures.temporaryDirectory()
        let made = try baocao(language: "en", ["plugins", "new", "so-luong"], in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "Plugins/so-luong\n")
        let check = try baocao(["plugins", "check", "Plugins/so-luong", "--data", Fixtures.sample.path,
                                "--period", "2024-Q4"], in: directory)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("ok: so-luong 0.1.0, declarative, cần các bảng units, member_events\n"))
        #expect(check.stdout.contains("Đến cuối quý IV năm 2024, Đảng bộ huyện Sốp Cộp có 4.090 đảng viên"))
        // ./Plugins is searched: generate runs it with the others.
        let generate = try baocao(language: "en", ["generate", "--data", Fixtures.sample.path, "--period", "2024-Q4",
                                   "--format", "csv", "--out", "out"], in: directory)
        #expect(generate.status == 0, "\(generate.stderr)")
        #expect(generate.stdout.contains("out/sc_2024-Q4_so-luong_members.csv"))
        let again = try baocao(language: "en", ["plugins", "new", "so-luong"], in: directory)
        #expect(again.status == 2 && again.stderr.contains("already exists"))
    }

    @Test func pluginsCheckPrintsEveryProblemWithItsPlace() throws {
        let folder = try PluginCatalogTests.folder(["p": """
            id: Bad_Id
            version: "1"
            title: Thử
            requires: [units]
            limits: { time_ms: 999999 }
            tables:
              - id: t
                title: T
                query: SELECT 1 AS n
                columns:
                  - { id: n, label: N, type: integer }
                  - { id: share, label: S, type: percent, ratio: [n, nothing] }
            """]).appendingPathComponent("p")
        let run = try baocao(language: "en", ["plugins", "check", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("3 problems; the plugin cannot run\n"), "\(run.stderr)")
        #expect(run.stderr.contains("p/plugin.yaml:1:5: id: \"Bad_Id\" is not a plugin id"), "\(run.stderr)")
        #expect(run.stderr.contains("p/plugin.yaml:5:20: limits.time_ms: 999999 is outside 1…60000"), "\(run.stderr)")
        #expect(run.stderr.contains("p/plugin.yaml:12:54: tables[0].columns[1].ratio: \"nothing\" is not an integer"),
                "\(run.stderr)")
    }

    /// A chart plots numeric columns of its own table.
    @Test func aChartOverATextColumnIsRefusedWhereItIs() throws {
        let folder = try PluginCatalogTests.folder(["c": """
            id: c
            version: "1"
            title: Thử
            requires: [units]
            tables:
              - id: t
                title: T
                query: SELECT 1 AS n, 'a' AS name
                columns: [{ id: n, label: N, type: integer, precision: 9 }, { id: name, label: Tên, type: text, precision: 1 }]
                chart: { kind: column, series: [n, name] }
            """]).appendingPathComponent("c")
        let run = try baocao(language: "en", ["plugins", "check", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("c/plugin.yaml:10:40: tables[0].chart.series[1]: \"name\" is not a numeric column of this table"),
                "\(run.stderr)")
        #expect(run.stderr.contains("tables[0].columns[0].precision: 9 is outside 0…6"), "\(run.stderr)")
        #expect(run.stderr.contains("tables[0].columns[1].precision: only a number column has a precision"), "\(run.stderr)")
    }

    /// An external plugin's plugin.yaml: a command, and none of a declarative plugin's parts.
    @Test func anExternalPluginsManifestIsCheckedForItsKind() throws {
        let folder = try PluginCatalogTests.folder(["x": """
            id: x
            version: "1"
            title: Thử
            command: [python3, x.py]
            requires: [units]
            limits: { time_ms: 700000, max_rows: 10 }
            tables:
              - { id: t, title: T, query: SELECT 1, columns: [{ id: n, label: N, type: integer }] }
            """]).appendingPathComponent("x")
        let run = try baocao(language: "en", ["plugins", "check", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("x/plugin.yaml:6:20: limits.time_ms: 700000 is outside 1…600000"), "\(run.stderr)")
        #expect(run.stderr.contains("x/plugin.yaml:6:38: limits.max_rows: limits a declarative plugin's queries"),
                "\(run.stderr)")
        #expect(run.stderr.contains("x/plugin.yaml:8:3: tables: an external plugin's program makes its tables"),
                "\(run.stderr)")
        let declarative = try PluginCatalogTests.folder(["d": """
            id: d
            version: "1"
            title: Thử
            requires: [units]
            limits: { max_output_mb: 5 }
            command: []
            """]).appendingPathComponent("d")
        let empty = try baocao(language: "en", ["plugins", "check", declarative.path])
        #expect(empty.stderr.contains("d/plugin.yaml:6:10: command: name the program to run"), "\(empty.stderr)")
    }
}

/// What the engine says when plugins cannot be used as asked.
@Suite struct PluginMisuseTests {
    static func withInput(_ id: String, column type: String) -> String {
        """
        id: \(id)
        version: "1"
        title: Thử
        requires: [units]
        inputs:
          extra:
            columns:
              - { name: unit_id, type: text, required: true, references: units }
              - { name: amount, type: \(type) }
        tables:
          - id: t
            title: T
            query: SELECT unit_id AS key, COUNT(*) AS n FROM extra GROUP BY unit_id
            columns: [{ id: n, label: N, type: integer }]
        """
    }

    @Test func twoPluginsDeclaringOneTableDifferentlyFailTheSecondAlone() throws {
        let folder = try PluginCatalogTests.folder([
            "a": Self.withInput("a-first", column: "integer"), "b": Self.withInput("b-second", column: "date"),
        ])
        let data = try Fixtures.temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.tiny, to: data)
        try Data("unit_id,amount\na1,3\n".utf8).write(to: data.appendingPathComponent("extra.csv"))
        #expect {
            try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
                data: data, period: try Period(parsing: "2024-Q2"), formats: ["json"], output: try Fixtures.temporaryDirectory(),
                pluginDirectories: [folder]))
        } throws: { error in
            guard let error = error as? BaocaoError, case .partialFailure(let failures) = error else { return false }
            return failures.map(\.description) == ["plugin b-second failed: its table extra has other columns than plugin a-first's "
                                + "table of that name; rename one"]
        }
        // Without a conflict the first plugin reads its table: one class of unit a1.
        let alone = try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
            data: data, period: try Period(parsing: "2024-Q2"), pluginIDs: ["a-first"], formats: ["json"],
            output: try Fixtures.temporaryDirectory(), pluginDirectories: [folder.appendingPathComponent("a")]))
        #expect(alone.bundle.reports.first?.table("t")?.row("a1")?["n"] == .integer(1))
    }

    @Test func askingForABrokenPluginSaysWhyItFailedToLoad() throws {
        let folder = try PluginCatalogTests.folder(["broken": "id: broken\n"])
        #expect {
            try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
                data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), pluginIDs: ["broken"], formats: ["json"],
                output: try Fixtures.temporaryDirectory(), pluginDirectories: [folder]))
        } throws: { error in
            guard let error = error as? BaocaoError, case .invalidArgument(.plugin, let reason) = error else { return false }
            let message = reason.description
            return message.hasPrefix("unknown plugin \"broken\"")
                && message.contains("and these failed to load:\nplugin folder \(folder.path)/broken cannot be loaded:")
                && message.contains("broken/plugin.yaml:1:1: missing key version")
        }
    }

    @Test func aScaffoldNeedsAPluginIdAndAFreeFolder() throws {
        let plugins = try Fixtures.temporaryDirectory()
        #expect {
            try PluginScaffold(id: "Bồi dưỡng").write(into: plugins)
        } throws: { error in
            "\(error)" == "\"Bồi dưỡng\" is not a plugin id: lower-case letters, digits and -, e.g. training-classes"
        }
        #expect {
            try PluginChecker(folder: plugins).load()
        } throws: { error in
            (error as? BaocaoError)?.exitCode == 2 && "\(error)" == "\(plugins.path) holds no plugin.yaml"
        }
    }
}
