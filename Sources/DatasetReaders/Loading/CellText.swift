internal import Foundation

/// How every cell's text is cleaned, whatever the file: spaces around it
/// trimmed, Unicode composed (NFC) so that `Nữ` typed on a Mac matches `Nữ`.
enum CellText {
    static func clean(_ text: String) -> String {
        // Most cells have nothing to trim: skip the costly Foundation call.
        let trimmed = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            ? text.trimmingCharacters(in: .whitespaces) : text
        return trimmed.utf8.contains(where: { $0 >= 0x80 }) ? nfc(trimmed) : trimmed
    }

    /// `text` in NFC; text without any scalar NFC could change is returned as is,
    /// which spares the costly normalisation for almost every cell.
    static func nfc(_ text: String) -> String {
        text.unicodeScalars.contains(where: mayChangeUnderNFC) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Combining marks (as Mac tools write Vietnamese, NFD), Hangul jamo, and
    /// the few singletons and CJK compatibility ideographs.
    private static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x0300 else { return false }
        switch scalar.value {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x065F, 0x0900...0x0DFF,
             0x1100...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x1F00...0x1FFF, 0x20D0...0x20FF,
             0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x3099, 0x309A, 0xF900...0xFAFF, 0xFE20...0xFE2F,
             0x2F800...0x2FA1F:
            return true
        default:
            return scalar.properties.canonicalCombiningClass != .notReordered
        }
    }
}
