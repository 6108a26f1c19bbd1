internal import Foundation
internal import ZIPFoundation
internal import ReportModel

/// The ZIP container of a workbook, opened read-only with ZIPFoundation.
///
/// Each part is parsed as it is unpacked, a chunk at a time: no worksheet's
/// XML is ever held whole, in memory or on disk.
/// Not `Sendable`: it owns ZIPFoundation's open file.
final class XLSXArchive {
    /// How messages name the workbook: `danh-sach.xlsx`.
    let displayName: String
    private let archive: Archive
    /// File entries by lower-cased path: part names are case-insensitive (ECMA-376 Part 2).
    private let entries: [String: Entry]

    /// Opens `url`, telling a password-protected workbook, an `.xls` and a file
    /// that is no ZIP at all apart.
    init(url: URL, displayName: String) throws(XLSXError) {
        self.displayName = displayName
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw XLSXError(file: displayName, message: Message("cannot be read (missing, or no permission)"))
        }
        switch CompoundFileCheck.kind(of: url) {
        case .encryptedWorkbook: throw .encrypted(displayName)
        case .oldBinaryFormat: throw .oldExcelFormat(displayName)
        case nil: break
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .notAWorkbook(displayName)
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = entry.path.lowercased()
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
    }

    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// Streams the part `path`, as it is unpacked, through `handler`. A missing
    /// or damaged part is an error at `handler.place`.
    func parse(_ path: String, with handler: some XMLPartHandler) throws(XLSXError) {
        guard let entry = entries[path.lowercased()] else {
            throw .damaged(handler.place.file, Message("\(path) is missing"))
        }
        let parser = XMLPartParser(handler)
        var checksum: CRC32?   // nil when the parser stopped before the end
        do {
            checksum = try archive.extract(entry, bufferSize: XMLPartParser.chunkSize) { chunk in
                guard chunk.withUnsafeBytes({ parser.feed($0) }) else { throw Stopped() }
            }
        } catch is Stopped {
        } catch {
            throw .damaged(handler.place.file, Message("\(path) cannot be unpacked: \(String(describing: error))"))
        }
        // ZIPFoundation computes the checksum of what it unpacked but leaves comparing it to us.
        if let checksum, checksum != entry.checksum {
            throw .damaged(handler.place.file, Message("\(path) does not match its checksum"))
        }
        try parser.finish()
    }

    /// Thrown to stop unpacking once the parser has stopped; the parser knows why.
    private struct Stopped: Error {}
}
