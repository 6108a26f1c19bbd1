import ArgumentParser
import BaocaoKit
import Foundation
import ReportModel
import ReportWriters

/// The options `generate` and `batch` share: what to read, which plugins and
/// formats, where to write. Strings become typed values here, and only here.
struct ReportOptions: ParsableArguments {
    @Option(help: "The dataset folder.")
    var data: String

    @Option(name: .customLong("plugin"), help: "A report plugin to run; repeat for several (default: all).")
    var plugins: [String] = []

    @Option(name: .customLong("plugins"), help: "A folder of plugins (or one plugin folder); repeat for several.")
    var pluginFolders: [String] = []

    @Option(help: "Output formats, comma-separated: xlsx, csv, txt, json.")
    var format = "xlsx,csv,txt,json"

    @Option(help: "The output folder.")
    var out = "out"

    @Option(help: "A folder of templates whose files replace the bundled ones.")
    var templates: String?

    @Option(help: "The document's date, DD/MM/YYYY or YYYY-MM-DD (default: the period's last day).")
    var date: String?

    @Option(help: "TXT page width in columns.")
    var width = 100

    @Option(help: "CSV delimiter: , or ; (what Excel expects in a Vietnamese locale) or tab.")
    var csvDelimiter = ","

    @Option(help: "CSV decimal point: . or , (default: , with ; as delimiter, else .).")
    var csvDecimal: String?

    @Flag(help: "Write CSV without the UTF-8 byte order mark.")
    var csvNoBom = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let console = Console.shared
        guard delimiter != nil else {
            throw console.usageError(Message("--csv-delimiter: expected , ; or tab, found "
                                           + "\(String(reflecting: csvDelimiter))"))
        }
        if let csvDecimal, csvDecimal.count != 1 {
            throw console.usageError(Message("--csv-decimal: expected . or ,, found \(String(reflecting: csvDecimal))"))
        }
        guard width >= 40 else { throw console.usageError(Message("--width must be at least 40")) }
        if let date {
            guard let day = Day(written: date) else {
                throw console.usageError(Message("--date: expected DD/MM/YYYY or YYYY-MM-DD, found \"\(date)\""))
            }
            if day.description != date {
                let long = Notation(language: console.language).longDate(day)
                console.note(Message("--date \"\(date)\" read as \(day) (\(long))"))
            }
        }
    }

    var setup: ReportSetup {
        ReportSetup(data: URL(fileURLWithPath: data), pluginIDs: plugins,
                    pluginDirectories: pluginFolders.map { URL(fileURLWithPath: $0) },
                    templates: templates.map { URL(fileURLWithPath: $0) }, language: language.language)
    }

    var formats: [String] { WriterRegistry.parseList(format) }

    var output: URL { URL(fileURLWithPath: out) }

    var day: Day? { date.flatMap { Day(written: $0) } }

    var writerOptions: WriterOptions {
        WriterOptions(csvDelimiter: delimiter ?? ",", csvDecimal: csvDecimal?.first, csvByteOrderMark: !csvNoBom,
                      textWidth: width)
    }

    /// `--csv-delimiter` as typed: one character, or `tab` / `\t` for a tab.
    private var delimiter: Character? {
        switch csvDelimiter {
        case "tab", "\\t": "\t"
        default: csvDelimiter.count == 1 ? csvDelimiter.first : nil
        }
    }
}

/// `--period` values as typed periods.
enum PeriodOption {
    /// A period as the user wrote it (`Q4/2024`, `quý IV năm 2024`); one not
    /// in canonical form is echoed in it, so the user sees how it was read.
    static func parse(_ text: String) throws -> Period {
        do {
            let period = try Period(written: text)
            if period.id != text { Console.shared.note(Message("--period \"\(text)\" read as \(period.id)")) }
            return period
        } catch {
            throw Console.shared.usageError(.placed("--period: ", error.message))
        }
    }

    /// A batch's list: `2024-Q1,2024-Q2` and ranges `2023-Q1..2024-Q4`.
    static func parseList(_ text: String) throws -> [Period] {
        do {
            return try Period.list(parsing: text)
        } catch {
            throw Console.shared.usageError(.placed("--period: ", error.message))
        }
    }
}

extension BaocaoError.Argument {
    /// The command-line option a request value comes from.
    var flag: String {
        switch self {
        case .data: "--data"
        case .period: "--period"
        case .unit: "--unit"
        case .plugin: "--plugin"
        case .plugins: "--plugins"
        case .format: "--format"
        case .csvDelimiter: "--csv-delimiter"
        case .csvDecimal: "--csv-decimal"
        case .templates: "--templates"
        case .output: "--out"
        case .level: "--level"
        case .units: "--units"
        }
    }
}

extension BaocaoError {
    /// The message as the command line prints it: a bad value names its option.
    var commandLineMessage: Message {
        switch self {
        case .invalidArgument(let argument, let message): .placed("\(argument.flag): ", message)
        case .invalidData(let problems): .joined(problems.map(\.framed) + [message])
        default: message
        }
    }
}
