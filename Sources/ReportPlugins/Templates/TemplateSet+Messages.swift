public import ReportModel
internal import Yams

extension TemplateSet {
    /// The catalog file of every language folder: English key → the language's text.
    public static let messagesFile = "messages.yaml"

    /// The messages of `language` from the first folder holding `messages.yaml`.
    /// A catalog that is not a mapping of texts, or whose text uses a slot its
    /// key has not (`{3}` for a message of two values), is refused with its
    /// file, line and column.
    public func messages(language: String) throws(TemplateError) -> MessageCatalog {
        let (text, file) = try read(Self.messagesFile)
        return try Self.catalog(yaml: text, file: file, language: language)
    }

    static func catalog(yaml: String, file: String, language: String) throws(TemplateError) -> MessageCatalog {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw TemplateError(file: file, reading: error)
        }
        guard let root else { return MessageCatalog(language: language, templates: [:]) }
        guard case .mapping(let mapping) = root else {
            throw TemplateError(file: Self.place(file, root), message: Message("expected a mapping of message → text"))
        }
        var templates: [String: String] = [:]
        for (key, value) in mapping {
            guard case .scalar(let keyScalar) = key, case .scalar(let valueScalar) = value else {
                throw TemplateError(file: Self.place(file, key),
                                    message: Message("expected a message and its text, both plain strings"))
            }
            let slots = Set(MessageTemplate.slots(in: keyScalar.string))
            let used = Set(MessageTemplate.slots(in: valueScalar.string))
            if let extra = used.subtracting(slots).min() {
                throw TemplateError(file: Self.place(file, value),
                                    message: Message("the text uses {\(extra)}, which the message has not"))
            }
            if let missing = slots.subtracting(used).min() {
                throw TemplateError(file: Self.place(file, value),
                                    message: Message("the text leaves out {\(missing)}, which the message has"))
            }
            guard templates.updateValue(valueScalar.string, forKey: keyScalar.string) == nil else {
                throw TemplateError(file: Self.place(file, key), message: Message("this message is given twice"))
            }
        }
        return MessageCatalog(language: language, templates: templates)
    }

    /// `FILE:LINE:COLUMN`, as Yams marks the node.
    private static func place(_ file: String, _ node: Node) -> String {
        node.mark.map { "\(file):\($0.line):\($0.column)" } ?? file
    }
}
