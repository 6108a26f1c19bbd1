import Foundation
import ReportModel
import Testing

/// `mayChangeUnderNFC` spares the costly normalisation: it must never say no
/// to a text NFC would change.
struct CanonicalCompositionTests {
    @Test func precomposedVietnameseIsLeftAsItIs() {
        #expect(!"Nguyễn Thị Hoà, Quàng Văn Ước, Đảng bộ xã Mường Chiên".mayChangeUnderNFC)
        #expect(!"members 2024".mayChangeUnderNFC)
    }

    @Test func combiningMarksAndSingletonsMayChange() {
        #expect("Nguye\u{0302}\u{0303}n".mayChangeUnderNFC)   // NFD, as Mac tools write it
        #expect("a\u{0323}\u{0302}".mayChangeUnderNFC)        // ạ then a circumflex: ậ
        #expect("\u{1EA1}\u{0302}".mayChangeUnderNFC)         // the same from a precomposed ạ
        #expect("\u{2126}".mayChangeUnderNFC)                 // OHM SIGN, NFC Ω
    }

    /// Every scalar NFC replaces is one that may change, and so is every
    /// scalar that composes with the one before it (the last of a
    /// composite's canonical decomposition): checked against Foundation's
    /// NFC over all of Unicode, so a list kept by hand cannot miss one.
    @Test func everyScalarNFCCouldChangeIsNamed() {
        var missed: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            if text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) != [value],
               !text.mayChangeUnderNFC {
                missed.append("U+\(String(value, radix: 16)) alone")
            }
            let parts = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
            if parts.count >= 2,
               String(String.UnicodeScalarView(parts)).precomposedStringWithCanonicalMapping.unicodeScalars
                   .map(\.value) == [value],
               !String(parts[parts.count - 1]).mayChangeUnderNFC {
                missed.append("U+\(String(parts[parts.count - 1].value, radix: 16)) after a letter")
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(20))")
    }

    /// The precomposed Latin letters are answered without Unicode's tables: each must be NFC as it is.
    @Test func everyPrecomposedLatinLetterIsItsOwnNFC() {
        for value in UInt32(0x1E00)...0x1EFF {
            let text = String(Unicode.Scalar(value)!)
            #expect(text.mayChangeUnderNFC == (text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
                                               != text.unicodeScalars.map(\.value)), "U+\(String(value, radix: 16))")
        }
    }
}
