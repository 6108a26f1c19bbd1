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

    /// Whether NFC could change the text of these UTF-8 bytes, as
    /// `String.mayChangeUnderNFC` says: ASCII, U+0080–U+02FF and U+1E00–U+1EFF
    /// (Vietnamese's letters) are told by their lead bytes alone, any other
    /// scalar is decoded and asked. The bytes must be valid UTF-8, as a CSV
    /// file is checked to be before it is read: continuation bytes are not
    /// checked.
    static func mayChangeUnderNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var cursor = bytes.baseAddress else { return false }
        let end = cursor + bytes.count
        while cursor < end {
            let lead = cursor.pointee
            if lead < 0x80 {
                cursor += 1
            } else if lead >= 0xC2, lead <= 0xCB {   // U+0080–U+02FF
                cursor += 2
            } else if lead == 0xE1, end - cursor >= 3, (0xB8...0xBB).contains(cursor[1]) {   // U+1E00–U+1EFF
                cursor += 3
            } else {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard end - cursor >= length else { return true }   // cut short: let the text's path judge
                var parser = Unicode.UTF8.ForwardParser()
                var iterator = UnsafeBufferPointer(start: cursor, count: length).makeIterator()
                guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return true }
                if Unicode.UTF8.decode(encoded).mayChangeUnderNFC { return true }
                cursor += length
            }
        }
        return false
    }

    /// `text` in NFC; text without any scalar NFC could change is returned as is,
    /// which spares the costly normalisation for almost every cell.
    static func nfc(_ text: String) -> String {
        text.mayChangeUnderNFC ? text.precomposedStringWithCanonicalMapping : text
    }
}
