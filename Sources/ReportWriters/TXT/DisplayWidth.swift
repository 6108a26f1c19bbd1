internal import Foundation
internal import ReportModel

/// How many terminal columns text takes, for aligning plain-text tables.
///
/// Text is first normalised to NFC, so a Vietnamese letter typed as a base
/// letter plus combining tone marks (`e` + U+0302 + U+0301) counts as the one
/// column its precomposed form (`ế`) takes. Combining marks left over after
/// NFC, zero-width characters and control characters take no column; East
/// Asian wide and fullwidth characters and emoji take two; everything else
/// takes one. `─` and other box-drawing characters take one, as they do in
/// every Western terminal.
enum DisplayWidth {
    /// The number of columns `text` takes: `of("Mường Lèo") == 9`.
    static func of(_ text: some StringProtocol) -> Int {
        // Almost no text needs composing; one that does may still hold marks after it.
        text.mayChangeUnderNFC ? width(of: text.precomposedStringWithCanonicalMapping.unicodeScalars)
                               : width(of: text.unicodeScalars)
    }

    private static func width(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        var width = 0
        for scalar in scalars {
            width += of(scalar)
        }
        return width
    }

    /// The columns one scalar takes: 0, 1 or 2.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's
    /// EastAsianWidth.txt, merged into the blocks that matter in practice.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
             0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation
             0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, CJK compatibility
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xA000...0xA4CF,  // Yi
             0xAC00...0xD7A3,  // Hangul syllables
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE30...0xFE4F,  // CJK compatibility forms
             0xFF00...0xFF60,  // fullwidth forms
             0xFFE0...0xFFE6,  // fullwidth signs
             0x20000...0x3FFFD:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The text in NFC, the form every TXT line is written in.
    var nfc: String { mayChangeUnderNFC ? precomposedStringWithCanonicalMapping : String(self) }
}

extension String {
    /// `self` followed by spaces up to `width` display columns.
    func padded(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }

    /// Spaces, then `self`, ending at `width` display columns.
    func rightAligned(inWidth width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(self))) + self
    }

    /// `self` centred in `width` display columns, the odd space going to the
    /// right, with trailing spaces (so columns after it line up).
    func centered(inWidth width: Int) -> String {
        let free = max(0, width - DisplayWidth.of(self))
        return String(repeating: " ", count: free / 2) + self
            + String(repeating: " ", count: free - free / 2)
    }
}
