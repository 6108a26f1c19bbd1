/// Words given per language, `{ vi: …, en: … }`, or one plain string for
/// every language. A language without its own text falls back to Vietnamese.
public struct LocalizedText: Hashable, Sendable, Decodable {
    public let texts: [String: String]

    public init(_ texts: [String: String]) {
        self.texts = texts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let plain = try? container.decode(String.self) {
            texts = ["vi": plain]
        } else {
            texts = try container.decode([String: String].self)
            guard !texts.isEmpty else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected text or { vi: …, en: … }")
            }
        }
    }

    /// The text in `language`, else Vietnamese, else any.
    public func text(_ language: String) -> String {
        texts[language] ?? texts["vi"] ?? texts.sorted { $0.key < $1.key }.first!.value
    }
}

/// Narrative paragraphs per language: `{ vi: [...], en: [...] }` or one list for all.
struct LocalizedParagraphs: Sendable, Decodable {
    let paragraphs: [String: [String]]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let plain = try? container.decode([String].self) {
            paragraphs = ["vi": plain]
        } else {
            paragraphs = try container.decode([String: [String]].self)
        }
    }
}
