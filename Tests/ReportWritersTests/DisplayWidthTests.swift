import Foundation
@testable import ReportWriters
import Testing

@Suite struct DisplayWidthTests {
    @Test func vietnameseTakesOneColumnPerLetterInNFCAndNFD() {
        let words = ["Đảng bộ xã Mường Lèo", "ĐẢNG CỘNG SẢN VIỆT NAM", "Quàng Văn Tiêu", "kết nạp", "Nguyễn Thị Hường"]
        for word in words {
            let nfc = word.precomposedStringWithCanonicalMapping
            let nfd = word.decomposedStringWithCanonicalMapping
            #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
            #expect(DisplayWidth.of(nfd) == DisplayWidth.of(nfc))
            #expect(DisplayWidth.of(nfc) == nfc.count)
        }
        #expect(DisplayWidth.of("Đảng bộ xã Mường Lèo") == 20)
        #expect(DisplayWidth.of("e\u{0302}\u{0301}") == 1)   // ế typed as e + circumflex + acute
    }

    @Test func marksWideCharactersAndControls() {
        #expect(DisplayWidth.of("x\u{0301}") == 1)            // no precomposed form: the mark takes nothing
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ｱ") == 1)                    // halfwidth katakana
        #expect(DisplayWidth.of("Ａ") == 2)                    // fullwidth A
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)           // zero-width space
        #expect(DisplayWidth.of("a\tb") == 2)
        #expect(DisplayWidth.of("──") == 2)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func paddingAndCentringUseDisplayWidth() {
        let nfd = "Lèo".decomposedStringWithCanonicalMapping
        #expect(DisplayWidth.of(nfd.padded(toWidth: 6)) == 6)
        #expect(DisplayWidth.of(nfd.rightAligned(inWidth: 6)) == 6)
        #expect("Tăng".centered(inWidth: 9) == "  Tăng   ")
        #expect("quá dài".padded(toWidth: 3) == "quá dài")
    }

    @Test func wrapsByDisplayWidth() {
        let text = "6 tháng đầu năm 2024, toàn Đảng bộ kết nạp 111 đảng viên, đạt 123,3% kế hoạch năm"
        for width in [10, 20, 33, 50] {
            for nfd in [false, true] {
                let input = nfd ? text.decomposedStringWithCanonicalMapping : text
                let lines = Wrap.lines(input, width: width, firstIndent: 4, indent: 0)
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(lines)")
                #expect(lines.first?.hasPrefix("    ") == true)
                #expect(lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
                            .precomposedStringWithCanonicalMapping == text)
            }
        }
        #expect(Wrap.lines("kết nạp 111 đảng viên", width: 12) == ["kết nạp 111", "đảng viên"])
        #expect(Wrap.lines("   ", width: 12).isEmpty)
        #expect(Wrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(Wrap.lines("a  b\nc", width: 80) == ["a b c"])
    }
}
