import ArgumentParser
import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins

/// What the command line prints, in the user's language: `--lang`, else
/// `BAOCAO_LANG`, else Vietnamese. Its catalog is `messages.yaml` from the
/// `--templates` folder when it has one, else the bundled one of the
/// language. Both are read from the arguments before they are parsed, so
/// that usage errors come out in the language too.
struct Console: Sendable {
    static let languages = ["vi", "en"]

    let language: String
    let catalog: MessageCatalog
    /// A catalog that cannot be read; the command stops with it, in English.
    let problem: TemplateError?

    static let shared = Console(arguments: Array(CommandLine.arguments.dropFirst()),
                                environment: ProcessInfo.processInfo.environment)

    init(arguments: [String], environment: [String: String]) {
        // A --lang that is no language is refused (LanguageOption), in the language asked for otherwise.
        language = [Self.value(of: "--lang", in: arguments), environment["BAOCAO_LANG"]]
            .compactMap { $0 }.first(where: Self.languages.contains) ?? "vi"
        let templates = Self.value(of: "--templates", in: arguments).map { URL(fileURLWithPath: $0) }
        do {
            catalog = try ReportEngine().templateSet(templates, language: language).messages(language: language)
            problem = nil
        } catch {
            catalog = .english
            problem = error
        }
    }

    func text(_ message: Message) -> String { message.rendered(by: catalog) }

    /// A line on standard output.
    func say(_ message: Message) {
        print(text(message))
    }

    /// A line on standard error, after `baocao: `: a notice, how a value was read, an error.
    func note(_ message: Message) {
        FileHandle.standardError.write(Data("baocao: \(text(message))\n".utf8))
    }

    /// A usage error ArgumentParser prints (exit code 2), in the language.
    func usageError(_ message: Message) -> ValidationError {
        ValidationError(text(message))
    }

    /// `--name VALUE` or `--name=VALUE`, the last one given.
    private static func value(of option: String, in arguments: [String]) -> String? {
        var found: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == option, index + 1 < arguments.count {
                found = arguments[index + 1]
            } else if argument.hasPrefix(option + "=") {
                found = String(argument.dropFirst(option.count + 1))
            }
        }
        return found
    }
}

/// `--lang`, which every command takes. `Console` has read it already; here it
/// is declared, shown in help and checked.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("The language of reports and messages: vi or en (default: $BAOCAO_LANG, else vi).",
                               valueName: "vi|en"))
    var lang: String?

    func validate() throws {
        if let lang, !Console.languages.contains(lang) {
            throw Console.shared.usageError(Message("--lang: expected vi or en, found \"\(lang)\""))
        }
    }

    /// The language the command runs in.
    var language: String { Console.shared.language }
}

/// ArgumentParser's own usage errors, in the console's language: the phrases
/// it prints are matched and put through the catalog; any other line stays
/// as it is.
enum UsageText {
    static func translated(_ text: String, by console: Console) -> String {
        guard console.language != "en" else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { console.text(message(for: String($0))) }
            .joined(separator: "\n")
    }

    private static func message(for line: String) -> Message {
        if line.hasPrefix("Error: ") {
            return Message("Error: \(phrase(String(line.dropFirst("Error: ".count))))")
        }
        if line.hasPrefix("Usage: ") {
            return Message("Usage: \(String(line.dropFirst("Usage: ".count)))")
        }
        if let match = line.wholeMatch(of: #/  See '(.+)' for more information\./#) {
            return Message("  See '\(String(match.1))' for more information.")
        }
        return .verbatim(line)
    }

    private static func phrase(_ text: String) -> Message {
        if let match = text.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
            return Message("unknown option '\(String(match.1))'; did you mean '\(String(match.2))'?")
        }
        if let match = text.wholeMatch(of: /Unknown option '(.+)'/) {
            return Message("unknown option '\(String(match.1))'")
        }
        if let match = text.wholeMatch(of: /Missing value for '(.+)'/) {
            return Message("missing value for '\(String(match.1))'")
        }
        if let match = text.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return Message("missing expected argument '\(String(match.1))'")
        }
        if let match = text.wholeMatch(of: /Unexpected argument '(.+)'/) {
            return Message("unexpected argument '\(String(match.1))'")
        }
        if let match = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'/) {
            return Message("the value '\(String(match.1))' is invalid for '\(String(match.2))'")
        }
        // Our own usage errors reach here already in the language.
        return .verbatim(text)
    }
}
