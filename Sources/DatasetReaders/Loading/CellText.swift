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

    /// A CSV field's text from its bytes: spaces and tabs around it
    /// trimmed, NFC-normalised when it may not be NFC already.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[trimmed(bytes)])
        let text = String(decoding: slice, as: UTF8.self)
        return slice.contains(where: { $0 >= 0x80 }) ? nfc(text) : text
    }

    /// Where `bytes` are once the spaces and tabs around them are left out.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    /// `text` in NFC; text without any scalar NFC could change is returned as is,
    /// which spares the costly normalisation for almost every cell.
    static func nfc(_ text: String) -> String {
        text.mayChangeUnderNFC ? text.precomposedStringWithCanonicalMapping : text
    }
}
