import ReportModel
import Testing

@Suite struct VietnameseNumberTests {
    @Test func integers() {
        #expect(VietnameseNumber.format(3_812) == "3.812")
        #expect(VietnameseNumber.format(0) == "0")
        #expect(VietnameseNumber.format(999) == "999")
        #expect(VietnameseNumber.format(1_000) == "1.000")
        #expect(VietnameseNumber.format(-1_234_567) == "-1.234.567")
        #expect(VietnameseNumber.format(Int.max) == "9.223.372.036.854.775.807")
        #expect(VietnameseNumber.format(Int.min) == "-9.223.372.036.854.775.808")
    }

    @Test func decimalsRoundHalfAwayFromZeroOnTheDecimalText() {
        #expect(VietnameseNumber.format(123.333, fractionDigits: 1) == "123,3")
        #expect(VietnameseNumber.format(123.35, fractionDigits: 1) == "123,4")
        #expect(VietnameseNumber.format(0.05, fractionDigits: 1) == "0,1")
        #expect(VietnameseNumber.format(111.0 / 90.0 * 100, fractionDigits: 1) == "123,3")
        #expect(VietnameseNumber.format(1_234.56, fractionDigits: 1) == "1.234,6")
        #expect(VietnameseNumber.format(10.4, fractionDigits: 2) == "10,40")
        #expect(VietnameseNumber.format(7.7, fractionDigits: 1) == "7,7")
    }

    @Test func negatives() {
        #expect(VietnameseNumber.format(-123.35, fractionDigits: 1) == "-123,4")
        #expect(VietnameseNumber.format(-5.0) == "-5")
        #expect(VietnameseNumber.format(-12_300_000.0) == "-12.300.000")
        #expect(VietnameseNumber.format(-0.04, fractionDigits: 1) == "0,0")   // no "-0,0"
    }

    @Test func wholeNumbers() {
        #expect(VietnameseNumber.format(1_234_567.0) == "1.234.567")
        #expect(VietnameseNumber.format(1_234_567.0, fractionDigits: 0) == "1.234.567")
        #expect(VietnameseNumber.format(1_234_567.5) == "1.234.568")
        #expect(VietnameseNumber.format(0.4) == "0")
    }

    @Test func hugeNumbersDoNotTrap() {
        // These trapped converting to Int64.
        #expect(VietnameseNumber.format(1e19) == "10.000.000.000.000.000.000")
        #expect(VietnameseNumber.format(-1e20, fractionDigits: 1) == "-100.000.000.000.000.000.000,0")
        #expect(VietnameseNumber.format(Double(1 << 53) * 1024) == "9.223.372.036.854.775.808")
        #expect(VietnameseNumber.format(1e300).count > 300)
        #expect(VietnameseNumber.format(5, fractionDigits: -1) == "5")
        #expect(VietnameseNumber.format(.infinity) == "∞")
        #expect(VietnameseNumber.format(.nan) == "")
    }

    @Test func trimmed() {
        #expect(VietnameseNumber.formatTrimmed(123.333) == "123,3")
        #expect(VietnameseNumber.formatTrimmed(100.0) == "100")
        #expect(VietnameseNumber.formatTrimmed(99.96) == "100")
        #expect(VietnameseNumber.formatTrimmed(1_234.04) == "1.234")
        #expect(VietnameseNumber.formatTrimmed(10.4, fractionDigits: 2) == "10,40")
    }
}
