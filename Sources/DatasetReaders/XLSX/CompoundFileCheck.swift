internal import Foundation

/// Tells the files that Office writes in its older container (OLE compound
/// files, starting D0 CF 11 E0 A1 B1 1A E1) apart, so that a workbook that is
/// not a ZIP gets the right advice: a password-protected workbook keeps its
/// real content in a stream named `EncryptedPackage`; anything else is the
/// Excel 97-2003 `.xls` format.
enum CompoundFileCheck {
    enum Kind: Equatable {
        case encryptedWorkbook
        case oldBinaryFormat
    }

    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// nil when `url` is not a compound file (or cannot be read: opening it will say why).
    static func kind(of url: URL) -> Kind? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: signature.count), [UInt8](head) == signature else { return nil }
        return contains(utf16Name: "EncryptedPackage", in: handle) ? .encryptedWorkbook : .oldBinaryFormat
    }

    /// Whether the file holds a directory entry named `name` (stored as UTF-16LE),
    /// read a megabyte at a time.
    private static func contains(utf16Name name: String, in handle: FileHandle) -> Bool {
        let pattern = Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var carry = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            let window = carry + chunk
            if window.range(of: pattern) != nil { return true }
            carry = window.suffix(pattern.count - 1)
        }
        return false
    }
}
