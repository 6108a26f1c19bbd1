internal import Foundation
internal import Mustache
internal import Yams
public import ReportModel

/// A plugin's words in one language, read from `Templates/LANG/PLUGIN.yaml`:
/// its title, table titles, column labels, group headers, row labels and
/// narrative (a Mustache template).
///
/// ```yaml
/// title: Tình hình phát triển đảng viên
/// rows: { total: Tổng cộng }
/// tables:
///   movement:
///     title: Biến động đảng viên
///     groups: { increase: Tăng, decrease: Giảm }
///     columns: { opening: Đầu kỳ, admitted: Kết nạp }
/// narrative: "{{Period}}, {{unit}} kết nạp {{admitted}} đảng viên."
/// ```
public struct PluginLabels: Sendable {
    struct Table: Decodable, Sendable {
        var title: String
        var groups: [String: String]?
        var columns: [String: String]
    }

    /// A built-in indicator's name and unit of measure.
    public struct Indicator: Decodable, Sendable {
        public var label: String
        public var unit: String?
    }

    struct Contents: Decodable, Sendable {
        var title: String
        var rows: [String: String]?
        var tables: [String: Table]
        var narrative: [String]?
        var indicators: [String: Indicator]?
    }

    /// The file the labels came from, for messages.
    public let file: String
    let contents: Contents
    /// The narrative paragraphs, compiled once, as plain text (no HTML escaping).
    let narrativeTemplates: [MustacheTemplate]

    public var title: String { contents.title }

    /// No words: for plugins that carry their own (declarative ones, in `plugin.yaml`).
    public static let none = try! PluginLabels(yaml: "title: ''\ntables: {}", file: "(none)")

    public init(yaml: String, file: String) throws(TemplateError) {
        self.file = file
        do {
            contents = try YAMLDecoder().decode(Contents.self, from: yaml)
        } catch {
            throw TemplateError(file: file, reading: error)
        }
        var templates: [MustacheTemplate] = []
        for (index, paragraph) in (contents.narrative ?? []).enumerated() {
            do {
                templates.append(try MustacheSyntax.template(paragraph))
            } catch {
                throw TemplateError(file: Self.place(of: index, in: yaml, file: file),
                                    message: Message("narrative paragraph \(index + 1): "
                                                     + "\(MustacheSyntax.message(for: error))"))
            }
        }
        narrativeTemplates = templates
    }

    /// `FILE:LINE:COLUMN` of narrative paragraph `index`, where its text starts.
    private static func place(of index: Int, in yaml: String, file: String) -> String {
        guard case .mapping(let root)? = try? Yams.compose(yaml: yaml),
              case .sequence(let paragraphs)? = root["narrative"], index < paragraphs.count,
              let mark = paragraphs[index].mark
        else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }

    public func tableTitle(_ table: String) throws(TemplateError) -> String {
        try tableLabels(table).title
    }

    public func column(_ table: String, _ column: String) throws(TemplateError) -> String {
        guard let label = try tableLabels(table).columns[column] else {
            throw TemplateError(file: file, message: Message("no label for column \(column) of table \(table)"))
        }
        return label
    }

    public func group(_ table: String, _ group: String) throws(TemplateError) -> String {
        guard let label = try tableLabels(table).groups?[group] else {
            throw TemplateError(file: file, message: Message("no label for group \(group) of table \(table)"))
        }
        return label
    }

    /// The words for built-in indicator `id`, when the file gives them.
    public func indicator(_ id: String) -> Indicator? { contents.indicators?[id] }

    public func row(_ key: String) throws(TemplateError) -> String {
        guard let label = contents.rows?[key] else {
            throw TemplateError(file: file, message: Message("no label for row \(key)"))
        }
        return label
    }

    /// Renders each narrative paragraph with `values` (`NarrativeRendering`).
    public func narrative(_ values: [String: Any]) -> [String] {
        NarrativeRendering.paragraphs(narrativeTemplates, values)
    }

    private func tableLabels(_ table: String) throws(TemplateError) -> Table {
        guard let labels = contents.tables[table] else {
            throw TemplateError(file: file, message: Message("no labels for table \(table)"))
        }
        return labels
    }
}

/// A template file that is missing, unreadable or lacks a label.
public struct TemplateError: MessageError {
    public let file: String
    public let reason: Message

    public init(file: String, message: Message) {
        self.file = file
        reason = message
    }

    public var message: Message { .placed("\(file): ", reason) }

    /// A template that is not YAML, with the line and column where it breaks;
    /// or not of the shape expected, with the key.
    public init(file: String, reading error: any Error) {
        var error = error
        if case .dataCorrupted(let context) = error as? DecodingError, let yaml = context.underlyingError {
            error = yaml   // Yams wraps its located syntax error
        }
        if let (mark, problem) = (error as? YamlError)?.located {
            self.init(file: "\(file):\(mark.line):\(mark.column)", message: Message("not valid YAML: \(problem)"))
        } else if let error = error as? DecodingError {
            self.init(file: file, message: error.plainMessage)
        } else {
            self.init(file: file, message: Message("\(error)"))
        }
    }
}
