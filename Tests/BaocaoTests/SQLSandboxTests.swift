import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// User SQL runs read-only, one statement at a time, within a time limit and
/// a row cap; each failure names the plugin file, the line of the query, the
/// table and SQLite's message, and the other reports are still written.
@Suite struct SQLSandboxTests {
    /// A plugin whose one table runs `query` (indented under `query: |`, from line 9 of plugin.yaml).
    static func plugin(_ query: String, columns: String = "- { id: n, label: N, type: integer }",
                       limits: String = "") -> String {
        """
        id: sandboxed
        version: "1"
        title: Thử
        requires: [units]
        \(limits)
        tables:
          - id: t
            query: |
        \(query.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n"))
            title: T
            columns:
              \(columns)
        """
    }

    /// Runs the plugin next to member-growth; returns the failure message, checking the other report was written.
    static func failure(of yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let data = try TreeDataset.write()
        let out = try Fixtures.temporaryDirectory()
        var message = ""
        #expect(sourceLocation: sourceLocation) {
            try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
                data: data, period: try Period(parsing: "2024-Q2"), formats: ["json", "txt"], output: out,
                pluginDirectories: [try pluginFolder(yaml, name: "sandboxed")]))
        } throws: { error in
            guard let error = error as? BaocaoError, case .partialFailure(let failures) = error else { return false }
            message = failures.map(\.description).joined(separator: "\n")
            return error.exitCode == 3 && failures.count == 1
        }
        let json = try Data(contentsOf: out.appendingPathComponent("d_2024-Q2.json"))
        let bundle = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let plugins = (bundle?["reports"] as? [[String: Any]])?.compactMap { $0["plugin"] as? String }
        #expect(plugins == ["member-growth"], sourceLocation: sourceLocation)
        return message
    }

    @Test func aWriteIsRefused() throws {
        let message = try Self.failure(of: Self.plugin("DELETE FROM members"))
        #expect(message.contains("plugin sandboxed failed: "))
        #expect(message.contains("/sandboxed/plugin.yaml:9: table t: not allowed: DELETE from members"))
    }

    @Test func attachIsRefused() throws {
        let message = try Self.failure(of: Self.plugin("ATTACH DATABASE '/tmp/x.db' AS x"))
        #expect(message.contains("plugin.yaml:9: table t: not allowed: ATTACH"))
    }

    @Test func aPragmaThatChangesTheSchemaIsRefused() throws {
        let message = try Self.failure(of: Self.plugin("PRAGMA writable_schema = ON"))
        #expect(message.contains("table t: not allowed: PRAGMA writable_schema"))
    }

    @Test func loadingAnExtensionIsRefused() throws {
        let message = try Self.failure(of: Self.plugin("SELECT load_extension('/tmp/evil') AS n"))
        #expect(message.contains("not allowed: the function load_extension()"))
    }

    @Test func aTemporaryTableIsRefused() throws {
        let message = try Self.failure(of: Self.plugin("CREATE TEMP TABLE x AS SELECT 1 AS n"))
        #expect(message.contains("table t: not allowed: creating"))
    }

    @Test func twoStatementsAreRefusedAtTheSecond() throws {
        let message = try Self.failure(of: Self.plugin("SELECT 1 AS n;\n-- and then\nDELETE FROM units"))
        #expect(message.contains("plugin.yaml:9: table t: only one statement per query"))
    }

    @Test func aQueryThatRunsForeverIsStoppedAtItsTimeLimit() throws {
        let forever = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT max(n) AS n FROM c"
        let started = ContinuousClock.now
        let message = try Self.failure(of: Self.plugin(forever, limits: "limits: { time_ms: 200 }"))
        #expect(message.contains("table t: stopped after 200 ms, the time limit of a query"))
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func moreRowsThanTheCapIsAnError() throws {
        let rows = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c LIMIT 50) SELECT n AS key, n FROM c"
        let message = try Self.failure(of: Self.plugin(rows, limits: "limits: { max_rows: 10 }"))
        #expect(message.contains("more than 10 rows, the row limit of a query"))
    }

    @Test func aNumberTooBigForAnIntegerIsAnErrorNotATrap() throws {
        let message = try Self.failure(of: Self.plugin("SELECT 'a' AS key, 1e300 AS n"))
        #expect(message.contains("table t: row a, column n: 1e+300 is too big for an integer"))
        let sum = try Self.failure(of: Self.plugin("SELECT 'a' AS key, 9223372036854775807 + 1 AS n"))
        #expect(sum.contains("row a, column n: 9.223372036854776e+18 is too big for an integer"))
    }

    @Test func aSyntaxErrorNamesTheLineOfTheQuery() throws {
        let message = try Self.failure(of: Self.plugin("SELECT 'a' AS key,\n       COUNT(*) AS n\nFROMM units"))
        #expect(message.contains("/sandboxed/plugin.yaml:11: table t: near \"FROMM\": syntax error"), "\(message)")
        let column = try Self.failure(of: Self.plugin("SELECT 'a' AS key,\n  nonesuch AS n FROM units"))
        #expect(column.contains("plugin.yaml:10: table t: no such column: nonesuch"), "\(column)")
    }

    @Test func anUnknownParameterIsNamed() throws {
        let message = try Self.failure(of: Self.plugin("SELECT 'a' AS key, :yaer AS n"))
        #expect(message.contains("unknown parameter :yaer; the parameters are :lang, :period_end"))
    }

    @Test func undeclaredAndMissingColumnsAreNamed() throws {
        let extra = try Self.failure(of: Self.plugin("SELECT 'a' AS key, 1 AS n, 2 AS m"))
        #expect(extra.contains("the query returns a column \"m\" the table does not declare"))
        let missing = try Self.failure(of: Self.plugin("SELECT 'a' AS key"))
        #expect(missing.contains("the query returns no column \"n\""))
        let twice = try Self.failure(of: Self.plugin("SELECT 'a' AS key, 1 AS n UNION ALL SELECT 'a', 2"))
        #expect(twice.contains("key \"a\" is returned twice"))
    }
}
