internal import Foundation
internal import ReportModel

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
        text.mayChangeUnderNFC ? text.precomposedStringWithCanonicalMapping : text
    }
}
