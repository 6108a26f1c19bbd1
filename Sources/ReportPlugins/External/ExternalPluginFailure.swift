internal import Glibc
public import ReportModel

/// Why an external plugin's run gave no report, said for the person who has
/// to fix the plugin: what happened, and the last lines it wrote on stderr.
/// The engine prefixes the plugin's id ("plugin meeting-score failed: …").
public struct ExternalPluginError: MessageError, Sendable {
    let failure: ExternalPluginFailure
    /// The plugin's `plugin.yaml`, as messages name it.
    let file: String
    /// The end of what it wrote on stderr.
    let errorTail: [UInt8]

    /// Lines of stderr quoted.
    static let stderrLines = 10

    public var message: Message {
        let text = failure.message(file: file)
        let lines = String(decoding: errorTail, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var tail = Array(lines.suffix(Self.stderrLines + 1))
        while tail.last?.allSatisfy(\.isWhitespace) == true { tail.removeLast() }
        tail = Array(tail.suffix(Self.stderrLines))
        guard !tail.isEmpty else { return text }
        return Message("\(text)\n  its stderr ended with:\n\(tail.map { "    | " + $0 }.joined(separator: "\n"))")
    }
}

/// The ways an external plugin's run can fail, each failing that plugin alone.
enum ExternalPluginFailure: Error {
    case notFound(String)
    case notExecutable(String)
    case notOnPath(String, path: String)
    case cannotStart(String, reason: String)
    case timedOut(seconds: Double)
    case outputExceeded(megabytes: Int)
    case signalled(Int32)
    case exited(Int32)
    case silent
    case notJSON(JSONSyntaxError, start: ArraySlice<UInt8>)
    case truncatedAnswer(JSONSyntaxError)
    case otherProtocol(String)
    case pluginError(String)
    case invalidAnswer([Message])

    func message(file: String) -> Message {
        switch self {
        case .notFound(let command):
            return
                Message("cannot start \(command): no such file (command: in \(file) is relative to the plugin's folder)")
        case .notExecutable(let command):
            return Message("cannot start \(command): it is not an executable file; make it one (chmod +x \(command)) "
                         + "or name its interpreter first in command: in \(file), e.g. [python3, \(command)]")
        case .notOnPath(let command, let path):
            return Message("cannot start \(command): no program of that name on PATH (\(path))")
        case .cannotStart(let command, let reason):
            // The reason is the system's own words (strerror), in English whatever the language.
            return reason.contains("format")
                ?
                    Message("cannot start \(command): \(reason) (a script needs a #! line, or its interpreter first in "
                            + "command:)")
                : Message("cannot start \(command): \(reason)")
        case .timedOut(let seconds):
            return Message("gave no answer within \(Self.seconds(seconds)) and was stopped, with every process it "
                         + "started (limits.time_ms in \(file))")
        case .outputExceeded(let megabytes):
            return Message("wrote more than \(megabytes) MB on stdout and was stopped, with every process it started "
                         + "(limits.max_output_mb in \(file))")
        case .signalled(let signal):
            return Message("crashed: killed by signal \(signal) (\(Self.signalName(signal)))")
        case .exited(let status):
            return Message("exited with status \(status)")
        case .silent:
            return Message("exited without answering: nothing on stdout, where a JSON answer was expected")
        case .notJSON(let error, let start):
            let shown = String(decoding: start, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            return Message("answered something that is not JSON (\(error)); its answer began: \(shown)")
        case .truncatedAnswer(let error):
            return Message("answered JSON that stops before its end (\(error)): was it cut short?")
        case .otherProtocol(let version):
            return
                Message("answered in protocol \(version), but this baocao speaks \(PluginProtocol.version): have the "
                        + "plugin answer \(PluginProtocol.version) (the request's \"protocol\"), or update baocao")
        case .pluginError(let message):
            return Message("reported an error: \(message)")
        case .invalidAnswer(let problems):
            return Message("answered a report that is not "
                         + "well-formed:\n\(Message.joined(problems.map { .placed("  ", $0) }))")
        }
    }

    static func seconds(_ seconds: Double) -> Message {
        seconds == seconds.rounded() ? Message("\(Int(seconds)) s") : Message("\(seconds) s")
    }

    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM",
                                      SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGILL: "SIGILL", SIGPIPE: "SIGPIPE",
                                      SIGINT: "SIGINT", SIGXCPU: "SIGXCPU"]
        return names[signal] ?? strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
    }
}
