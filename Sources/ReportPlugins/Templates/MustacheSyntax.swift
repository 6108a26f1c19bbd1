public import Mustache
public import ReportModel

/// A Mustache template that does not parse, said for the person who wrote
/// it: what is wrong, and where in the text.
public enum MustacheSyntax {
    /// Parses `text` as plain text (no HTML escaping).
    public static func template(_ text: String) throws -> MustacheTemplate {
        try MustacheTemplate(string: textMode + text)
    }

    /// What is wrong with a template, and at which character of it.
    public static func message(for error: any Error) -> Message {
        guard let error = error as? MustacheTemplate.ParserError else { return Message("\(error)") }
        // The first line carries the text-mode tag this module puts in front.
        let column = error.context.lineNumber == 1 ? max(1, error.context.columnNumber - textMode.count)
                                                    : error.context.columnNumber
        let what: Message = switch error.error as? MustacheTemplate.Error {
        case .expectedSectionEnd: Message("a section is not closed ({{/…}} missing)")
        case .sectionCloseNameIncorrect: Message("a section is closed with another name than it was opened with")
        case .unfinishedName: Message("a tag is not finished (}} missing)")
        default: Message("\(error.error)")
        }
        return Message("line \(error.context.lineNumber), character \(column) of the text: \(what)")
    }

    private static let textMode = "{{% CONTENT_TYPE: TEXT}}"
}
