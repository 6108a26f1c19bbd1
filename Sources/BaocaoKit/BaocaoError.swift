public import DatasetReaders
public import ReportModel

/// Why a command failed, and the exit code it ends with (SPEC §8):
/// 1 invalid data, 2 usage error, 3 some report or writer failed.
public enum BaocaoError: MessageError {
    /// The dataset has errors; nothing was written.
    case invalidData([Problem])
    /// A plugin folder cannot be loaded: every problem, with file:line:column.
    case invalidPlugin([Message])
    /// The command was given something it cannot use.
    case usage(Message)
    /// One of the request's values cannot be used: an unknown unit, a folder
    /// that does not exist… The command line names its own option for it.
    case invalidArgument(Argument, Message)
    /// Some reports or files failed; the others were written.
    case partialFailure([Message])

    public var exitCode: Int32 {
        switch self {
        case .invalidData, .invalidPlugin: 1
        case .usage, .invalidArgument: 2
        case .partialFailure: 3
        }
    }

    /// The messages, one per line; a dataset's problems are printed by the caller, in its frame.
    public var message: Message {
        switch self {
        case .invalidData(let problems):
            Message("\(Self.count(problems.errors.count, problems.warnings.count)); no report was written")
        case .invalidPlugin(let problems):
            .joined(problems + [problems.count == 1 ? Message("1 problem; the plugin cannot run")
                                                    : Message("\(problems.count) problems; the plugin cannot run")])
        case .usage(let message): message
        case .invalidArgument(let argument, let message): .placed("\(argument.rawValue): ", message)
        case .partialFailure(let failures): .joined(failures)
        }
    }

    /// In English: each problem of a dataset, then the count.
    public var description: String {
        guard case .invalidData(let problems) = self else { return message.description }
        return (problems.map(\.description) + [message.description]).joined(separator: "\n")
    }

    /// The values of a request an `invalidArgument` can be about.
    public enum Argument: String, Sendable {
        case data, period, unit, plugin, plugins, format, csvDelimiter, csvDecimal, templates, output, level, units
    }

    /// `3 errors, 1 warning`.
    public static func count(_ errors: Int, _ warnings: Int) -> Message {
        let errorCount = errors == 1 ? Message("1 error") : Message("\(errors) errors")
        let warningCount = warnings == 1 ? Message("1 warning") : Message("\(warnings) warnings")
        return Message("\(errorCount), \(warningCount)")
    }
}
