/// A sentence a user reads — a validation problem, a notice, a usage error,
/// a progress line — kept apart from its language until it is printed, as
/// gettext keeps its msgids: the English text is the key, each interpolated
/// value a numbered slot.
///
/// ```swift
/// Message("\(found) fields, but the header has \(expected)")
/// // key "{1} fields, but the header has {2}", arguments ["7", "5"]
/// ```
///
/// `description` is the English text. Printed for a user, a message goes
/// through the catalog of their language (`Templates/LANG/messages.yaml`).
/// Every message is written `Message("…")` with a literal, so that
/// `Tools/messages.py` can list every key the catalogs must translate.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    /// The English text with `{1}`, `{2}`… where the values go.
    public let key: String
    public let arguments: [Argument]

    /// A value put into a message: text as it is, or a message of its own,
    /// translated with its parent (`"cannot read \(file): \(reason)"`).
    public indirect enum Argument: Hashable, Sendable {
        case text(String)
        case message(Message)
    }

    public init(_ text: Text) {
        key = text.key
        arguments = text.arguments
    }

    /// Words from outside baocao that no catalog translates — SQLite's or a
    /// YAML parser's own message, a plugin's stderr.
    public static func verbatim(_ text: String) -> Message {
        Message(key: "{1}", arguments: [.text(text)])
    }

    /// `message` after a place no catalog translates: `plugin.yaml:3:7: tables[0]: …`, `FILE:LINE: `.
    public static func placed(_ place: String, _ message: Message) -> Message {
        Message(key: "{1}{2}", arguments: [.text(place), .message(message)])
    }

    /// Messages one after another, `separator` between them (a line break, `; `).
    public static func joined(_ messages: [Message], separator: String = "\n") -> Message {
        let slots = messages.indices.map { "{\($0 + 1)}" }.joined(separator: separator)
        return Message(key: slots, arguments: messages.map(Argument.message))
    }

    private init(key: String, arguments: [Argument]) {
        self.key = key
        self.arguments = arguments
    }

    public var description: String { rendered(by: .english) }

    /// The message in the catalog's language; a key the catalog lacks stays English.
    public func rendered(by catalog: MessageCatalog) -> String {
        let values = arguments.map { argument in
            switch argument {
            case .text(let text): text
            case .message(let message): message.rendered(by: catalog)
            }
        }
        return MessageTemplate.fill(catalog.template(for: key), with: values)
    }

    /// The literal a message is written as, its interpolations becoming slots.
    public struct Text: ExpressibleByStringInterpolation, Sendable {
        var key = ""
        var arguments: [Argument] = []

        public init(stringLiteral value: String) {
            key = value
        }

        public init(stringInterpolation: Interpolation) {
            key = stringInterpolation.key
            arguments = stringInterpolation.arguments
        }

        /// A long message written over several lines: `"…" + "…"`.
        public static func + (lhs: Text, rhs: Text) -> Text {
            var joined = lhs
            joined.key += MessageTemplate.renumber(rhs.key, by: lhs.arguments.count)
            joined.arguments += rhs.arguments
            return joined
        }

        public struct Interpolation: StringInterpolationProtocol {
            var key = ""
            var arguments: [Argument] = []

            public init(literalCapacity: Int, interpolationCount: Int) {
                key.reserveCapacity(literalCapacity + 4 * interpolationCount)
            }

            public mutating func appendLiteral(_ literal: String) {
                key += literal
            }

            public mutating func appendInterpolation(_ message: Message) {
                append(.message(message))
            }

            public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
                append(.text(value.description))
            }

            /// An error of baocao's own: its message, worded with this one.
            public mutating func appendInterpolation(_ error: some MessageError) {
                append(.message(error.message))
            }

            /// An error from below baocao (Foundation, Yams, SQLite): its own words.
            public mutating func appendInterpolation(_ error: any Error) {
                if let error = error as? any MessageError {
                    append(.message(error.message))
                } else {
                    append(.text(String(describing: error)))
                }
            }

            private mutating func append(_ argument: Argument) {
                arguments.append(argument)
                key += "{\(arguments.count)}"
            }
        }
    }
}

/// Stored (a batch manifest's errors) as its English text, for scripts;
/// read back, it is that text, no longer translated.
extension Message: Codable {
    public init(from decoder: any Decoder) throws {
        self = .verbatim(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An error a user reads: printed in their language through `message`.
public protocol MessageError: Error, CustomStringConvertible {
    var message: Message { get }
}

extension MessageError {
    public var description: String { message.description }
}

extension Array where Element == Message {
    /// One per line, in the catalog's language.
    public func rendered(by catalog: MessageCatalog) -> String {
        map { $0.rendered(by: catalog) }.joined(separator: "\n")
    }
}

/// The words of one language for every message: key → text with the same slots.
public struct MessageCatalog: Sendable {
    /// `vi` or `en`.
    public let language: String
    private let templates: [String: String]

    public init(language: String, templates: [String: String]) {
        self.language = language
        self.templates = templates
    }

    /// English, the language the keys are written in: every text is its key.
    public static let english = MessageCatalog(language: "en", templates: [:])

    public func template(for key: String) -> String { templates[key] ?? key }

    public var keys: Dictionary<String, String>.Keys { templates.keys }
}

/// `{1}`, `{2}`… in a message's text.
public enum MessageTemplate {
    /// The slot numbers a text uses, in order of appearance.
    public static func slots(in text: String) -> [Int] {
        var found: [Int] = []
        scan(text) { found.append($0); return nil }
        return found
    }

    static func renumber(_ template: String, by offset: Int) -> String {
        offset == 0 ? template : scan(template) { "{\($0 + offset)}" }
    }

    static func fill(_ template: String, with values: [String]) -> String {
        scan(template) { slot in slot <= values.count ? values[slot - 1] : nil }
    }

    /// Calls `replace` for every `{N}` with N ≥ 1; a nil answer keeps the slot's text.
    @discardableResult
    private static func scan(_ text: String, _ replace: (Int) -> String?) -> String {
        guard text.contains("{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let slot = Int(rest[afterOpen..<close]), slot >= 1,
               rest[afterOpen..<close].allSatisfy(\.isASCIIDigit) {
                result += replace(slot) ?? String(rest[open...close])
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
