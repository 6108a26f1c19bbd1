internal import Glibc

/// Why an external plugin's run gave no report, said for the person who has
/// to fix the plugin: what happened, and the last lines it wrote on stderr.
/// The engine prefixes the plugin's id ("plugin meeting-score failed: …").
public struct ExternalPluginError: Error, Sendable, CustomStringConvertible {
    let failure: ExternalPluginFailure
    /// The plugin's `plugin.yaml`, as messages name it.
    let file: String
    /// The end of what it wrote on stderr.
    let errorTail: [UInt8]

    /// Lines of stderr quoted.
    static let stderrLines = 10

    public var description: String {
        var text = failure.message(file: file)
        let lines = String(decoding: errorTail, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var tail = Array(lines.suffix(Self.stderrLines + 1))
        while tail.last?.allSatisfy(\.isWhitespace) == true { tail.removeLast() }
        tail = Array(tail.suffix(Self.stderrLines))
        if !tail.isEmpty {
            text += "\n  its stderr ended with:\n" + tail.map { "    | " + $0 }.joined(separator: "\n")
        }
        return text
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
    case invalidAnswer([String])

    func message(file: String) -> String {
        switch self {
        case .notFound(let command):
            return "cannot start \(command): no such file (command: in \(file) is relative to the plugin's folder)"
        case .notExecutable(let command):
            return "cannot start \(command): it is not an executable file; make it one (chmod +x \(command)) "
                + "or name its interpreter first in command: in \(file), e.g. [python3, \(command)]"
        case .notOnPath(let command, let path):
            return "cannot start \(command): no program of that name on PATH (\(path))"
        case .cannotStart(let command, let reason):
            return "cannot start \(command): \(reason)"
                + (reason.contains("format") ? " (a script needs a #! line, or its interpreter first in command:)" : "")
        case .timedOut(let seconds):
            return "gave no answer within \(Self.seconds(seconds)) and was stopped, with every process it started "
                + "(limits.time_ms in \(file))"
        case .outputExceeded(let megabytes):
            return "wrote more than \(megabytes) MB on stdout and was stopped, with every process it started "
                + "(limits.max_output_mb in \(file))"
        case .signalled(let signal):
            return "crashed: killed by signal \(signal) (\(Self.signalName(signal)))"
        case .exited(let status):
            return "exited with status \(status)"
        case .silent:
            return "exited without answering: nothing on stdout, where a JSON answer was expected"
        case .notJSON(let error, let start):
            let shown = String(decoding: start, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            return "answered something that is not JSON (\(error)); its answer began: \(shown)"
        case .truncatedAnswer(let error):
            return "answered JSON that stops before its end (\(error)): was it cut short?"
        case .otherProtocol(let version):
            return "answered in protocol \(version), but this baocao speaks \(PluginProtocol.version): "
                + "have the plugin answer \(PluginProtocol.version) (the request's \"protocol\"), or update baocao"
        case .pluginError(let message):
            return "reported an error: \(message)"
        case .invalidAnswer(let problems):
            return "answered a report that is not well-formed:\n" + problems.map { "  " + $0 }.joined(separator: "\n")
        }
    }

    static func seconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }

    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM",
                                      SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGILL: "SIGILL", SIGPIPE: "SIGPIPE",
                                      SIGINT: "SIGINT", SIGXCPU: "SIGXCPU"]
        return names[signal] ?? strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
    }
}
