internal import DatasetReaders
internal import Mustache
internal import ReportModel

/// What a `plugin.yaml` can get wrong beyond its YAML shape, each problem with
/// where it is: `plugin.yaml:14:7: tables[0].columns[1].ratio: …`.
extension PluginManifest {
    /// The caps on `limits`, whatever a plugin asks for.
    static let maxTimeMS = 60_000
    static let maxRows = 100_000
    static let defaultTimeMS = 5_000
    static let defaultMaxRows = 10_000
    /// An external plugin's run: time and output.
    static let externalDefaultTimeMS = 60_000
    static let externalMaxTimeMS = 600_000
    static let externalDefaultOutputMB = 64
    static let externalMaxOutputMB = 1024

    /// Query parameters the engine sets; a plugin parameter may not take these names.
    static let engineParameters: Set<String> = [
        "period_id", "period_start", "period_end", "year", "ytd_start", "prior_start", "prior_end", "unit_id", "lang",
    ]
    /// Names a query's result may use besides the declared columns.
    static let rowColumns: Set<String> = ["row_key", "key", "label", "kind", "level"]
    /// Tables the engine makes; a plugin's own table may not take these names.
    static let engineTables: Set<String> = ["report_rows", "report_scope", "unit_tree", "memberships",
                                            "indicator_definitions"]

    func problems(in source: ManifestSource, knownTables: Set<String>) -> [Message] {
        var problems: [Message] = []
        func report(_ path: [ManifestSource.Step], _ message: Message) {
            let described = ManifestSource.describe(path)
            problems.append(.placed("\(source.location(path)): \(described.isEmpty ? "" : described + ": ")", message))
        }
        if let format, format != Self.formatID {
            report([.key("format")], Message("\"\(format)\" is not a format this baocao reads (\(Self.formatID))"))
        }
        if !Self.isIdentifier(id, allowing: "-") {
            report([.key("id")], Message("\"\(id)\" is not a plugin id: lower-case letters, digits and -"))
        }
        if version.isEmpty { report([.key("version")], Message("must not be empty")) }

        let ownTables = Set((inputs ?? [:]).keys)
        for (key, names) in [("requires", requires), ("optional", optional ?? [])] {
            for (index, name) in names.enumerated() where !knownTables.contains(name) && !ownTables.contains(name) {
                let tables = knownTables.sorted().joined(separator: ", ")
                report([.key(key), .index(index)], ownTables.isEmpty
                       ? Message("unknown table \"\(name)\"; the dataset's tables are \(tables)")
                       :
                           Message("unknown table \"\(name)\"; the dataset's tables are \(tables), and this plugin's "
                                   + "inputs"))
            }
        }
        for (name, parameter) in (parameters ?? [:]).sorted(by: { $0.key < $1.key }) {
            let path: [ManifestSource.Step] = [.key("parameters"), .key(name)]
            if !Self.isIdentifier(name, allowing: "_") || Self.engineParameters.contains(name) {
                report(path, Message("\"\(name)\" cannot name a parameter: use lower-case letters, digits and _, and "
                                   + "none of \(Self.engineParameters.sorted().joined(separator: ", "))"))
            }
            switch (parameter.type ?? "number", parameter.default) {
            case ("number", .number), ("text", _): break
            case ("integer", .number(let value)) where value == value.rounded() && abs(value) < 1e15: break
            case ("number", _), ("integer", _):
                report(path + [.key("default")], parameter.type == "integer" ? Message("expected a whole number")
                                                                             : Message("expected a number"))
            default:
                report(path + [.key("type")],
                    Message("unknown type \"\(parameter.type!)\"; expected number, integer or text"))
            }
        }
        checkLimits(report: report)
        for (name, input) in (inputs ?? [:]).sorted(by: { $0.key < $1.key }) {
            checkInput(name, input, knownTables: knownTables, report: report)
        }
        if let command {
            checkCommand(command, report: report)
            return problems
        }
        if tables.isEmpty { report([.key("tables")], Message("a plugin needs at least one table (or a command: to run)")) }
        var tableIDs: Set<String> = []
        for (index, table) in tables.enumerated() {
            let path: [ManifestSource.Step] = [.key("tables"), .index(index)]
            if !Self.isIdentifier(table.id, allowing: "_") {
                report(path + [.key("id")],
                    Message("\"\(table.id)\" is not a table id: lower-case letters, digits and _"))
            } else if !tableIDs.insert(table.id).inserted {
                report(path + [.key("id")], Message("table \(table.id) is declared twice"))
            }
            checkTable(table, at: path, report: report)
        }
        for (language, paragraphs) in (narrative?.paragraphs ?? [:]).sorted(by: { $0.key < $1.key }) {
            for (index, paragraph) in paragraphs.enumerated() {
                do {
                    _ = try MustacheSyntax.template(paragraph)
                } catch {
                    report([.key("narrative"), .key(language), .index(index)],
                           Message("not a Mustache template: \(MustacheSyntax.message(for: error))"))
                }
            }
        }
        return problems
    }

    private func checkLimits(report: ([ManifestSource.Step], Message) -> Void) {
        guard let limits else { return }
        let maxTime = isExternal ? Self.externalMaxTimeMS : Self.maxTimeMS
        if let time = limits.timeMS, !(1...maxTime).contains(time) {
            report([.key("limits"), .key("time_ms")], Message("\(time) is outside 1…\(maxTime)"))
        }
        if let rows = limits.maxRows {
            if isExternal {
                report([.key("limits"), .key("max_rows")], Message("limits a declarative plugin's queries; an external "
                                                                 + "plugin's output is limited by max_output_mb"))
            } else if !(1...Self.maxRows).contains(rows) {
                report([.key("limits"), .key("max_rows")], Message("\(rows) is outside 1…\(Self.maxRows)"))
            }
        }
        if let megabytes = limits.maxOutputMB {
            if !isExternal {
                report([.key("limits"), .key("max_output_mb")],
                    Message("limits an external plugin's output; a declarative plugin's queries are limited by max_rows"))
            } else if !(1...Self.externalMaxOutputMB).contains(megabytes) {
                report([.key("limits"), .key("max_output_mb")], Message("\(megabytes) is outside "
                                                                      + "1…\(Self.externalMaxOutputMB)"))
            }
        }
    }

    /// An external plugin: a program and its arguments, and none of a declarative plugin's parts.
    private func checkCommand(_ command: [String], report: ([ManifestSource.Step], Message) -> Void) {
        if command.first?.isEmpty ?? true {
            report([.key("command")], Message("name the program to run, e.g. [python3, report.py] or [./report.sh]"))
        }
        for (index, argument) in command.enumerated() where argument.contains("\0") {
            report([.key("command"), .index(index)], Message("contains a NUL character"))
        }
        if declaredTables != nil {
            report([.key("tables")], Message("an external plugin's program makes its tables; remove tables: (or "
                                           + "command:, for a declarative plugin)"))
        }
        if narrative != nil {
            report([.key("narrative")], Message("an external plugin's program writes its narrative; remove narrative: "
                                              + "(or command:, for a declarative plugin)"))
        }
    }

    private func checkInput(_ name: String, _ input: Input, knownTables: Set<String>,
                            report: ([ManifestSource.Step], Message) -> Void) {
        let path: [ManifestSource.Step] = [.key("inputs"), .key(name)]
        if !Self.isIdentifier(name, allowing: "_") || name.hasPrefix("sqlite_") {
            report(path, Message("\"\(name)\" cannot name a table: lower-case letters, digits and _"))
        } else if knownTables.contains(name) || Self.engineTables.contains(name) {
            report(path, Message("\"\(name)\" is already a table of baocao's store; give your table another name"))
        }
        var names: Set<String> = []
        for (index, column) in input.columns.enumerated() {
            let at = path + [.key("columns"), .index(index)]
            if !Self.isIdentifier(column.name, allowing: "_") {
                report(at + [.key("name")],
                    Message("\"\(column.name)\" is not a column name: lower-case letters, digits and _"))
            } else if !names.insert(column.name).inserted {
                report(at + [.key("name")], Message("column \(column.name) is declared twice"))
            }
            if !["text", "integer", "number", "date", "period", "bool", "choice"].contains(column.type) {
                report(at + [.key("type")], Message("unknown type \"\(column.type)\"; expected text, integer, number, "
                                                  + "date, period, bool or choice"))
            }
            if column.type == "choice", (column.values ?? [:]).isEmpty {
                report(at + [.key("values")], Message("a choice column lists its values: { id: Vietnamese label, … }"))
            }
            if let references = column.references, !["units", "members"].contains(references) {
                report(at + [.key("references")], Message("expected units or members"))
            }
        }
        if input.columns.isEmpty { report(path + [.key("columns")], Message("a table needs at least one column")) }
    }

    private func checkTable(_ table: Table, at path: [ManifestSource.Step],
                            report: ([ManifestSource.Step], Message) -> Void) {
        if let rows = table.rows, !["by_unit", "query"].contains(rows) {
            report(path + [.key("rows")], Message("expected by_unit or query, found \"\(rows)\""))
        }
        if let total = table.total, !["sum", "none"].contains(total) {
            report(path + [.key("total")], Message("expected sum or none, found \"\(total)\""))
        }
        if table.isByUnit, table.total != nil || table.subtotals != nil {
            report(path + [.key(table.total != nil ? "total" : "subtotals")],
                   Message("a by_unit table has its total row already (the report unit's subtree)"))
        }
        if table.columns.isEmpty { report(path + [.key("columns")], Message("a table needs at least one column")) }
        var types: [String: ColumnType] = [:]
        for (index, column) in table.columns.enumerated() {
            let at = path + [.key("columns"), .index(index), .key("id")]
            if !Self.isIdentifier(column.id, allowing: "_") || Self.rowColumns.contains(column.id) {
                report(at,
                    Message("\"\(column.id)\" cannot name a column: lower-case letters, digits and _, and none of "
                                   + "\(Self.rowColumns.sorted().joined(separator: ", "))"))
            } else if types[column.id] != nil {
                report(at, Message("column \(column.id) is declared twice"))
            }
            types[column.id] = column.type
            if let precision = column.precision, !(0...6).contains(precision) || !column.type.isNumeric {
                report(path + [.key("columns"), .index(index), .key("precision")],
                       column.type.isNumeric ? Message("\(precision) is outside 0…6")
                                             : Message("only a number column has a precision"))
            }
        }
        for (index, column) in table.columns.enumerated() {
            guard let ratio = column.ratio else { continue }
            let at = path + [.key("columns"), .index(index), .key("ratio")]
            if ratio.count != 2 {
                report(at, Message("expected [numerator, denominator]"))
            } else {
                for part in ratio where ![.integer, .decimal, .money].contains(types[part]) {
                    report(at, Message("\"\(part)\" is not an integer, decimal or money column of this table"))
                }
            }
            if ![.percent, .decimal].contains(column.type) {
                report(path + [.key("columns"), .index(index), .key("type")],
                    Message("a ratio column is a percent or decimal"))
            }
        }
        if let subtotals = table.subtotals, types[subtotals] != .text {
            report(path + [.key("subtotals")], Message("\"\(subtotals)\" is not a text column of this table"))
        }
        if let chart = table.chart {
            if chart.series.isEmpty { report(path + [.key("chart"), .key("series")], Message("list the columns to plot")) }
            for (key, plotted) in [("series", chart.series), ("secondary", chart.secondary ?? [])] {
                for (index, column) in plotted.enumerated()
                where ![.integer, .decimal, .percent, .money].contains(types[column]) {
                    report(path + [.key("chart"), .key(key), .index(index)],
                           Message("\"\(column)\" is not a numeric column of this table"))
                }
            }
        }
    }

    package static func isIdentifier(_ text: String, allowing separator: Character) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase || first.isNumber || first == "_" else {
            return false
        }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == separator || $0 == "_") }
    }
}
