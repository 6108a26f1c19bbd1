public import DatasetReaders
internal import DatasetStore
internal import Foundation
internal import Mustache
public import ReportModel
internal import SQLiteSupport

/// A plugin made of a `plugin.yaml` (SPEC §7 kind 2, docs/plugin-yaml.md):
/// each table one SQL query run in the store's sandbox, with labels and a
/// narrative template. Loaded at run time; nothing is compiled.
public struct DeclarativePlugin: ManifestPlugin {
    public let manifest: PluginManifest
    /// The `plugin.yaml` as messages name it.
    public let file: String
    public let origin: String
    /// The line of `plugin.yaml` on which each table's query starts.
    let queryLines: [Int]
    /// The narrative's paragraphs per language, compiled once.
    let narratives: [String: [MustacheTemplate]]
    public let inputTables: [TableSchema]
    /// The `plugin.yaml` as read: what the plugin's reports depend on.
    public let definition: String

    public var kind: PluginKind { .declarative }

    /// The plugin `file` describes, its manifest already read and checked.
    init(_ file: ManifestFile) {
        let manifest = file.manifest
        var narratives: [String: [MustacheTemplate]] = [:]
        for (language, paragraphs) in manifest.narrative?.paragraphs ?? [:] {
            // Every paragraph compiled in the checks; plain text, no HTML escaping.
            narratives[language] = paragraphs.compactMap { try? MustacheSyntax.template($0) }
        }
        self.init(manifest: manifest, file: file.name, origin: file.folderDisplayPath,
                  queryLines: manifest.tables.indices.map {
                      file.source.firstLine(ofScalarAt: [.key("tables"), .index($0), .key("query")]) ?? 1
                  },
                  narratives: narratives, inputTables: file.inputTables, definition: file.text)
    }

    private init(manifest: PluginManifest, file: String, origin: String, queryLines: [Int],
                 narratives: [String: [MustacheTemplate]], inputTables: [TableSchema], definition: String) {
        self.manifest = manifest
        self.file = file
        self.origin = origin
        self.queryLines = queryLines
        self.narratives = narratives
        self.inputTables = inputTables
        self.definition = definition
    }

    public func makeReport(_ context: ReportContext) throws -> ReportDocument {
        let language = context.language
        let unitRows = UnitRows(for: context.unit, in: context.store, totalLabel: Self.totalLabel.text(language))
        let sandbox = try context.store.sandbox()
        try sandbox.prepareReport(rows: unitRows.slots.map {
            ReportRowScope(key: $0.key, label: $0.label, kind: $0.kind.rawValue, level: $0.level, unitID: $0.subtreeRoot)
        })
        let parameters = queryParameters(context)
        let limits = manifest.limits
        var tables: [ReportTable] = []
        for (index, declared) in manifest.tables.enumerated() {
            let result: QueryResult
            do {
                result = try sandbox.run(
                    declared.query, parameters: parameters,
                    timeLimit: limits?.timeMS ?? PluginManifest.defaultTimeMS,
                    maxRows: limits?.maxRows ?? PluginManifest.defaultMaxRows)
            } catch {
                throw PluginRunError(file: file, line: line(in: index, atByte: error.offset), table: declared.id,
                                     reason: error.message)
            }
            do {
                tables.append(try DeclaredTable(declared, language: language, unitRows: unitRows).build(result))
            } catch {
                throw PluginRunError(file: file, line: queryLines[index], table: declared.id, reason: error.message)
            }
        }
        let values = NarrativeValues(context: context, parameters: manifest.parameters ?? [:], tables: tables,
                                     declared: manifest.tables)
        let templates = narratives[language] ?? narratives["vi"] ?? []
        let narrative = NarrativeRendering.paragraphs(templates, values.values)
        return ReportDocument(plugin: id, title: manifest.title.text(language), unit: context.unitReference,
                              period: PeriodReference(context.period), narrative: narrative, tables: tables)
    }

    static let totalLabel = LocalizedText(["vi": "Tổng cộng", "en": "Total"])

    /// The named parameters of every query (docs/plugin-yaml.md).
    private func queryParameters(_ context: ReportContext) -> [String: SQLValue] {
        let period = context.period
        let prior = period.sameLastYear
        var values: [String: SQLValue] = [
            "period_id": .text(period.id), "period_start": .text(period.start.description),
            "period_end": .text(period.end.description), "year": .integer(period.year),
            "ytd_start": .text(period.yearToDate.start.description), "prior_start": .text(prior.start.description),
            "prior_end": .text(prior.end.description), "unit_id": .text(context.unit.id), "lang": .text(context.language),
        ]
        for (name, parameter) in manifest.parameters ?? [:] {
            switch (parameter.type ?? "number", parameter.default) {
            case ("integer", .number(let value)): values[name] = .integer(Int(value))
            case (_, .number(let value)): values[name] = .real(value)
            case (_, .text(let text)): values[name] = .text(text)
            }
        }
        return values
    }

    /// The line of `plugin.yaml` holding byte `offset` of table `index`'s query.
    private func line(in index: Int, atByte offset: Int?) -> Int {
        guard let offset else { return queryLines[index] }
        let query = manifest.tables[index].query.utf8
        return queryLines[index] + query.prefix(offset).count(where: { $0 == UInt8(ascii: "\n") })
    }
}

/// A plugin folder that cannot be loaded, with every problem found, each as
/// `FOLDER/plugin.yaml:LINE:COLUMN: path: message`.
public struct PluginLoadError: MessageError, Sendable {
    public let folder: String
    public let problems: [Message]

    public init(folder: String, problems: [Message]) {
        self.folder = folder
        self.problems = problems
    }

    public var message: Message { .joined(problems) }
}

/// A declarative plugin's table that could not be made: where its query is and why.
public struct PluginRunError: MessageError, Sendable {
    public let file: String
    public let line: Int
    public let table: String
    public let reason: Message

    public var message: Message { .placed("\(file):\(line): ", Message("table \(table): \(reason)")) }
}

extension ScalarValue {
    /// As written in `plugin.yaml`: `90`, `0.5`, `text`.
    var text: String {
        switch self {
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .text(let text): text
        }
    }
}

extension ManifestSource {
    /// A decoding error as `plugin.yaml:LINE:COLUMN: path: message`, without Swift's type names.
    func describe(_ error: DecodingError) -> Message {
        let (path, message): ([Step], Message) = switch error {
        case .keyNotFound(let key, let context):
            (.init(context.codingPath), Message("missing key \(key.stringValue)"))
        case .typeMismatch(let type, let context):
            (.init(context.codingPath), Message("expected \(DecodingError.kindName(type))"))
        case .valueNotFound(let type, let context):
            (.init(context.codingPath), Message("expected \(DecodingError.kindName(type)), found nothing"))
        case .dataCorrupted(let context):
            (.init(context.codingPath), context.codingPath.last?.stringValue == "type"
                ? Message("unknown column type; expected "
                        + "\(ColumnType.allCases.map(\.rawValue).joined(separator: ", "))")
                : .verbatim(context.debugDescription))
        @unknown default:
            ([], Message("\(error)"))
        }
        let described = Self.describe(path)
        return .placed("\(location(path)): \(described.isEmpty ? "" : described + ": ")", message)
    }

}
