public import Foundation
public import ReportModel

/// The folder reports are written into. Every file goes to a temporary name in
/// the same folder and is renamed into place when complete: an interrupted run
/// never leaves a half-written report, and an existing report is replaced only
/// by a complete one.
public struct OutputDirectory: Sendable {
    public let url: URL
    /// Whether each file reaches the disk before its rename. A batch of
    /// thousands of files turns this off and calls `synchronize()` once at the
    /// end: its manifest's sums tell `--resume` any file a power cut spoiled.
    public let flushesEachFile: Bool

    public init(_ url: URL, flushesEachFile: Bool = true) {
        self.url = url
        self.flushesEachFile = flushesEachFile
    }

    /// Creates the folder (and its parents) when missing.
    public func create() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Calls `body` with a temporary path next to `name`, then renames it to
    /// `name`. When `body` throws, the temporary file is removed and the error
    /// rethrown; an existing `name` is left untouched.
    @discardableResult
    public func write(named name: String, _ body: (URL) throws -> Void) throws -> URL {
        let final = url.appendingPathComponent(name)
        let temporary = url.appendingPathComponent(
            ".\(name).\(Self.processID)-\(UUID().uuidString.prefix(8))\(Self.temporarySuffix)")
        do {
            try body(temporary)
            if flushesEachFile { try flushToDisk(temporary) }
            guard rename(temporary.path, final.path) == 0 else {
                throw OutputError(path: final.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        return final
    }

    /// The bytes reach the disk before the rename, so that after a power cut
    /// the name holds the old report or the new one, never an empty file.
    private func flushToDisk(_ file: URL) throws {
        let descriptor = open(file.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw OutputError(path: file.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw OutputError(path: file.path, reason: String(cString: strerror(errno)))
        }
    }

    /// Writes every file written so far to the disk (`sync`: one call for a
    /// batch's thousands of files, rather than one flush per file).
    public func synchronize() {
        sync()
    }

    static let temporarySuffix = ".tmp"
    static let processID = getpid()

    /// Removes the temporary files of runs that died before renaming them
    /// (killed, or the machine stopped): those whose process is gone. A run
    /// still writing into the folder keeps its own. Returns how many were removed.
    @discardableResult
    public func removeAbandonedTemporaries() -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".") && name.hasSuffix(Self.temporarySuffix) {
            // `.NAME.PID-RANDOM.tmp`
            let stem = name.dropLast(Self.temporarySuffix.count)
            guard let dot = stem.lastIndex(of: "."),
                  let pid = stem[stem.index(after: dot)...].split(separator: "-").first.flatMap({ Int32($0) }),
                  !Self.isRunning(pid)
            else { continue }
            if (try? FileManager.default.removeItem(at: url.appendingPathComponent(name))) != nil { removed += 1 }
        }
        return removed
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid == processID || kill(pid, 0) == 0 || errno == EPERM
    }

    @discardableResult
    public func writeData(named name: String, _ data: Data) throws -> URL {
        try write(named: name) { temporary in
            do {
                try data.write(to: temporary)
            } catch {
                throw OutputError(path: url.appendingPathComponent(name).path,
                                  reason: (error as NSError).localizedDescription)
            }
        }
    }
}

/// A report file that could not be written.
public struct OutputError: MessageError {
    public let path: String
    /// The system's or libxlsxwriter's words.
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var message: Message { Message("cannot write \(path): \(reason)") }
}
