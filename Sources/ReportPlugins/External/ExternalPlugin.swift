public import DatasetReaders
public import Foundation
internal import ProcessSupport
public import ReportModel

/// A plugin that is a program of its own, in any language (SPEC §7 kind 3,
/// docs/plugin-protocol.md): named by `command:` in its `plugin.yaml`, it
/// reads one JSON request on stdin and answers one report on stdout.
///
/// Code we did not write, so it runs contained (`ContainedProcess`): no
/// shell, its folder as working directory, a minimal environment, a time
/// limit and an output cap, its whole process group killed when it overruns.
/// Whatever goes wrong fails this plugin alone, with a message that names it.
public struct ExternalPlugin: ManifestPlugin, DetachedReportPlugin {
    public let manifest: PluginManifest
    /// The `plugin.yaml` as messages name it.
    public let file: String
    public let origin: String
    public let folder: URL
    public let inputTables: [TableSchema]
    /// The `plugin.yaml` as read, and the name, size and time of each file
    /// beside it: a changed script remakes the reports of `batch --resume`.
    public let definition: String

    public var kind: PluginKind { .external }

    init(_ file: ManifestFile) {
        manifest = file.manifest
        self.file = file.name
        origin = file.folderDisplayPath
        folder = file.folder.standardizedFileURL
        inputTables = file.inputTables
        definition = file.text + Self.folderListing(file.folder)
    }

    /// The tables the request carries: those the plugin requires, those of
    /// its optional ones the dataset has, and its own inputs.
    func tablesSent(present: Set<String>) -> [String] {
        var names: [String] = []
        for name in requiredTables + optionalTables.filter(present.contains) + inputTables.map(\.name)
        where !names.contains(name) {
            names.append(name)
        }
        return names
    }

    // MARK: Running

    public func prepareReport(_ context: ReportContext) throws -> @Sendable () throws -> ReportDocument {
        let command = try self.command()
        let request = try PluginRequest(plugin: self, context: context)
        let expected = ReportDocument(plugin: id, title: manifest.title.text(context.language),
                                      unit: context.unitReference, period: PeriodReference(context.period))
        let chunks = request.chunks
        return { try self.run(command, request: chunks, expected: expected) }
    }

    /// The time a run may take and what it may print.
    var limits: ContainedProcess.Limits {
        let milliseconds = manifest.limits?.timeMS ?? PluginManifest.externalDefaultTimeMS
        let megabytes = manifest.limits?.maxOutputMB ?? PluginManifest.externalDefaultOutputMB
        return ContainedProcess.Limits(timeLimit: .milliseconds(milliseconds), outputCap: megabytes * 1_000_000)
    }

    private func run(_ command: ContainedProcess.Command, request: [[UInt8]], expected: ReportDocument) throws
        -> ReportDocument
    {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("baocao-plugin-\(id)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var command = command
        command.environment["TMPDIR"] = scratch.path

        let outcome: ContainedProcess.Outcome
        do {
            outcome = try ContainedProcess.run(command, input: request, limits: limits)
        } catch {
            throw failure(Self.startFailure(error, path: command.environment["PATH"] ?? ""), errorTail: [])
        }
        switch outcome.ending {
        case .timedOut:
            throw failure(.timedOut(seconds: Double(limits.timeLimit.components.seconds)
                                    + Double(limits.timeLimit.components.attoseconds) / 1e18), errorTail: outcome.errorTail)
        case .outputExceeded:
            throw failure(.outputExceeded(megabytes: limits.outputCap / 1_000_000), errorTail: outcome.errorTail)
        case .signalled(let signal):
            throw failure(.signalled(signal), errorTail: outcome.errorTail)
        case .exited(let status) where status != 0:
            throw failure(.exited(status), errorTail: outcome.errorTail)
        case .exited:
            break
        }
        guard outcome.output.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
            throw failure(.silent, errorTail: outcome.errorTail)
        }
        do {
            switch try PluginAnswer.read(outcome.output, expected: expected) {
            case .report(let document): return document
            case .error(let message): throw failure(.pluginError(message), errorTail: outcome.errorTail)
            }
        } catch let error as ExternalPluginFailure {
            throw failure(error, errorTail: outcome.errorTail)
        }
    }

    private func failure(_ failure: ExternalPluginFailure, errorTail: [UInt8]) -> ExternalPluginError {
        ExternalPluginError(failure: failure, file: file, errorTail: errorTail)
    }

    /// The program to start, its arguments, folder and environment: PATH,
    /// LANG, HOME and (per run) TMPDIR, and nothing else of the caller's.
    func command() throws -> ContainedProcess.Command {
        let caller = ProcessInfo.processInfo.environment
        let path = caller["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin"
        let arguments = manifest.command ?? []
        let executable: String
        do {
            executable = try ContainedProcess.resolve(arguments.first ?? "", in: folder.path, path: path)
        } catch {
            throw self.failure(Self.startFailure(error, path: path), errorTail: [])
        }
        return ContainedProcess.Command(
            executable: executable, arguments: Array(arguments.dropFirst()), directory: folder.path,
            environment: ["PATH": path, "LANG": "C.UTF-8", "HOME": caller["HOME"] ?? folder.path])
    }

    private static func startFailure(_ error: ContainedProcess.StartError, path: String) -> ExternalPluginFailure {
        switch error {
        case .notFound(let name): name.contains("/") ? .notFound(name) : .notOnPath(name, path: path)
        case .notExecutable(let name): .notExecutable(name)
        case .cannotStart(let name, let reason): .cannotStart(name, reason: reason)
        }
    }

    /// `name size mtime` of every file in `folder` and below, sorted.
    private static func folderListing(_ folder: URL) -> String {
        let manager = FileManager.default
        guard let walker = manager.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey])
        else { return "" }
        var lines: [String] = []
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]),
                  values.isRegularFile == true
            else { continue }
            let relative = url.path.dropFirst(folder.path.count)
            lines.append("\(relative) \(values.fileSize ?? 0) \(values.contentModificationDate?.timeIntervalSince1970 ?? 0)")
        }
        return "\n" + lines.sorted().joined(separator: "\n")
    }
}
