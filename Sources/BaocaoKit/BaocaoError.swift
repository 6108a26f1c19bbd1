public import DatasetReaders

/// Why a command failed, and the exit code it ends with (SPEC §8):
/// 1 invalid data, 2 usage error, 3 some report or writer failed.
public enum BaocaoError: Error, CustomStringConvertible {
    /// The dataset has errors; nothing was written.
    case invalidData([Problem])
    /// A plugin folder cannot be loaded: every problem, with file:line:column.
    case invalidPlugin([String])
    /// The command was given something it cannot use.
    case usage(String)
    /// One of the request's values cannot be used: an unknown unit, a folder
    /// that does not exist… The command line names its own option for it.
    case invalidArgument(Argument, String)
    /// Some reports or files failed; the others were written.
    case partialFailure([String])

    public var exitCode: Int32 {
        switch self {
        case .invalidData, .invalidPlugin: 1
        case .usage, .invalidArgument: 2
        case .partialFailure: 3
        }
    }

    public var description: String {
        switch self {
        case .invalidData(let problems):
            let errors = problems.errors
            return (problems.map(\.description) + [Self.count(errors.count, problems.warnings.count)
                + "; no report was written"]).joined(separator: "\n")
        case .invalidPlugin(let problems):
            return (problems + ["\(problems.count) problem\(problems.count == 1 ? "" : "s"); the plugin cannot run"])
                .joined(separator: "\n")
        case .usage(let message): return message
        case .invalidArgument(let argument, let message): return "\(argument.rawValue): \(message)"
        case .partialFailure(let failures): return failures.joined(separator: "\n")
        }
    }

    /// The values of a request an `invalidArgument` can be about.
    public enum Argument: String, Sendable {
        case data, period, unit, plugin, plugins, format, csvDelimiter, csvDecimal, templates, output, level, units
    }

    /// `3 errors, 1 warning`.
    public static func count(_ errors: Int, _ warnings: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return plural(errors, "error") + ", " + plural(warnings, "warning")
    }
}
