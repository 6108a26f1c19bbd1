@testable import ReportPlugins
import Testing

/// A narrative's runs of whitespace become one space, on bytes when that is
/// safe and by characters otherwise, with the same text either way.
@Suite struct NarrativeSpacingTests {
    @Test func runsOfSpacesBecomeOneAsCharactersWouldMakeThem() {
        let texts = [
            "", "   ", "kết nạp  111 đảng viên", "\n\tĐảng bộ  \r\n xã Mường Lèo ", "đạt 123,3%\u{0B}kế hoạch",
            "Đảng  viên".decomposedStringWithCanonicalMapping,    // marks after letters, never after a space
            "a \u{0301}b", "a\u{0301} b",                          // a mark after a space joins it and goes with it
            "\u{0600} a", "\u{0600}  a", "a\u{0600} ",         // a Prepend before a space takes it in
            "x \u{200D}y", "a\u{00A0}\u{00A0}b", "a\u{0085}b", "a\u{2003} b", "a\u{3000}b",
            "“Tốt”  –  đúng hạn…", "ẠẠ  ạ", "\u{1}  \u{7F}",
        ]
        for text in texts {
            #expect(NarrativeRendering.collapsingSpaces(text)
                    == text.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(NarrativeRendering.collapsingSpaces("  kết nạp \n\n 111  ") == "kết nạp 111")
    }
}
