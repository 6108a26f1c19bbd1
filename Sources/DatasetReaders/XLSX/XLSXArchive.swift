internal import Foundation
internal import ZIPFoundation

/// The ZIP container of a workbook, opened read-only with ZIPFoundation.
///
/// Each part is unpacked to a temporary file, streamed through an XML reader
/// and removed, so no worksheet's XML is ever held in memory whole.
/// Not `Sendable`: it owns ZIPFoundation's open file.
final class XLSXArchive {
    /// How messages name the workbook: `danh-sach.xlsx`.
    let displayName: String
    private let archive: Archive
    /// File entries by lower-cased path: part names are case-insensitive (ECMA-376 Part 2).
    private let entries: [String: Entry]
    /// Where parts are unpacked while they are read.
    private let temporaryDirectory: URL

    /// Opens `url`, telling a password-protected workbook, an `.xls` and a file
    /// that is no ZIP at all apart.
    init(url: URL, displayName: String, temporaryDirectory: URL) throws(XLSXError) {
        self.displayName = displayName
        self.temporaryDirectory = temporaryDirectory
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw XLSXError(file: displayName, message: "cannot be read (missing, or no permission)")
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

    /// Unpacks `path` to a temporary file, streams it through `handler`, and removes the file,
    /// whether the parse succeeded or not. A missing part is an error at `handler.place`.
    func parse(_ path: String, with handler: some XMLPartHandler) throws(XLSXError) {
        guard let entry = entries[path.lowercased()] else {
            throw .damaged(handler.place.file, "\(path) is missing")
        }
        let temporary = temporaryDirectory.appendingPathComponent("baocao-xlsx-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            _ = try archive.extract(entry, to: temporary)
        } catch let error as Archive.ArchiveError {
            throw .damaged(handler.place.file, "\(path) cannot be unpacked: \(error)")
        } catch {
            throw XLSXError(file: handler.place.file, message: "cannot unpack \(path) into the temporary folder "
                + "\(temporary.deletingLastPathComponent().path): \(error.localizedDescription)")
        }
        try XMLPartParser.parse(fileAt: temporary, with: handler)
    }
}
