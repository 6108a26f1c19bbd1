internal import DatasetReaders
internal import Foundation
internal import ReportWriters
public import ReportModel

/// `manifest.json` of a batch's output folder: every output set made there,
/// with its files' sizes and SHA-256 sums and whether it is complete.
///
/// Several batches may write into one folder at once. Each appends a line to
/// `.baocao-batch.journal` as soon as a unit's files are renamed into place
/// (so a batch killed part-way loses nothing it finished), and at its end
/// folds the journal into `manifest.json`; both under an exclusive lock on
/// `.baocao-batch.lock`, the manifest replaced by renaming a complete file.
public struct BatchManifest: Codable, Sendable, Equatable {
    public static let formatID = "baocao.manifest/1"

    /// One unit and period.
    public struct Entry: Codable, Sendable, Equatable {
        public enum Status: String, Codable, Sendable {
            /// Every report and file was made.
            case complete
            /// Some plugin or writer failed: `errors` says which; the files listed were written.
            case failed
        }

        public struct File: Codable, Sendable, Equatable {
            public var name: String
            public var size: Int
            public var sha256: String
        }

        public var unit: String
        public var unitName: String
        public var period: String
        public var status: Status
        /// The fingerprint of the dataset, plugins, templates and options this was made from.
        public var input: String
        /// Plugin id → version, of the plugins that ran.
        public var plugins: [String: String]
        public var files: [File]
        /// Why it failed; the manifest keeps them in English, for scripts.
        public var errors: [Message]

        enum CodingKeys: String, CodingKey {
            case unit, unitName = "unit_name", period, status, input, plugins, files, errors
        }

        var key: String { period + "\u{1F}" + unit }
    }

    public var format = Self.formatID
    public var outputs: [Entry]

    public init(outputs: [Entry] = []) {
        self.outputs = outputs
    }

    /// `entries` replacing the ones of the same unit and period; sorted by period, then unit.
    mutating func merge(_ entries: [Entry]) {
        var byKey = Dictionary(outputs.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        for entry in entries { byKey[entry.key] = entry }
        outputs = byKey.values.sorted { ($0.period, $0.unit) < ($1.period, $1.unit) }
    }
}

/// The manifest, journal and lock files of one output folder.
struct ManifestStore {
    static let manifestName = "manifest.json"
    let folder: URL

    var manifestURL: URL { folder.appendingPathComponent(Self.manifestName) }
    private var journalURL: URL { folder.appendingPathComponent(".baocao-batch.journal") }
    private var lockURL: URL { folder.appendingPathComponent(".baocao-batch.lock") }

    /// Runs `body` holding the folder's lock: one batch at a time reads or changes the manifest.
    func locked<T>(_ body: () throws -> T) throws -> T {
        let descriptor = open(lockURL.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ManifestError(path: lockURL.path, reason: .verbatim(String(cString: strerror(errno)))) }
        defer { close(descriptor) }  // closing releases the lock
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw ManifestError(path: lockURL.path, reason: .verbatim(String(cString: strerror(errno)))) }
        }
        return try body()
    }

    /// Appends `entry` to the journal (the caller holds the lock).
    func journal(_ entry: BatchManifest.Entry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        let descriptor = open(journalURL.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ManifestError(path: journalURL.path, reason: .verbatim(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw ManifestError(path: journalURL.path, reason: .verbatim(String(cString: strerror(errno))))
        }
    }

    /// The manifest with the journal folded in (the caller holds the lock). A
    /// journal line cut short by a kill is skipped: its unit is simply redone.
    func read() throws -> BatchManifest {
        var manifest = BatchManifest()
        if let data = try? Data(contentsOf: manifestURL) {
            do {
                manifest = try JSONDecoder().decode(BatchManifest.self, from: data)
            } catch {
                let why = (error as? DecodingError)?.plainMessage ?? Message("\(error)")
                throw ManifestError(path: manifestURL.path, reason:
                    Message("not a baocao manifest (\(why)); move it away"))
            }
        }
        if let journal = try? Data(contentsOf: journalURL) {
            let decoder = JSONDecoder()
            manifest.merge(journal.split(separator: 0x0A).compactMap {
                try? decoder.decode(BatchManifest.Entry.self, from: Data($0))
            })
        }
        return manifest
    }

    /// Folds the journal into `manifest.json` and empties it (the caller holds the lock).
    @discardableResult
    func fold() throws -> BatchManifest {
        let manifest = try read()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(manifest)
        data.append(0x0A)
        try OutputDirectory(folder).writeData(named: Self.manifestName, data)
        try? FileManager.default.removeItem(at: journalURL)
        return manifest
    }
}

/// The manifest or its journal cannot be read or written.
struct ManifestError: MessageError {
    let path: String
    let reason: Message

    var message: Message { .placed("\(path): ", reason) }
}
