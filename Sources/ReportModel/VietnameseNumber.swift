/// Vietnamese number notation: `.` groups thousands, `,` marks decimals
/// (`3.812`, `123,3`, `10,4`).
public enum VietnameseNumber {
    /// `value` rounded half away from zero to `fractionDigits` decimals, with
    /// thousands grouped: `format(1234.56, fractionDigits: 1)` is `1.234,6`.
    /// Any finite magnitude is written exactly (`1e20` gives all 21 digits);
    /// `fractionDigits` is taken between 0 and 15.
    public static func format(_ value: Double, fractionDigits: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "" : (value < 0 ? "-∞" : "∞") }
        let fractionDigits = min(max(fractionDigits, 0), 15)
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let sign = value < 0 ? "-" : ""
        // From 2^52 up every double is a whole number: no rounding to do.
        if abs(value) >= 4_503_599_627_370_496 {
            let zeros = fractionDigits > 0 ? "," + String(repeating: "0", count: fractionDigits) : ""
            return sign + grouped(digits(ofWhole: abs(value))) + zeros
        }
        // Round the decimal text, not the binary value: 123.35 must give 123,4.
        let scaled = (abs(value) * scale * 1e6).rounded() / 1e6
        let units = scaled.rounded(.toNearestOrAwayFromZero)
        let whole = (units / scale).rounded(.towardZero)
        let fraction = min(max(units - whole * scale, 0), scale - 1)
        var text = grouped(digits(ofWhole: whole))
        if fractionDigits > 0 {
            let digits = digits(ofWhole: fraction)
            text += "," + String(repeating: "0", count: max(0, fractionDigits - digits.count)) + digits
        }
        return units != 0 ? sign + text : text
    }

    public static func format(_ value: Int) -> String {
        value < 0 ? "-" + grouped(String(value.magnitude)) : grouped(String(value))
    }

    /// One decimal, but no `,0` for a whole number: `123,3`, `100`.
    public static func formatTrimmed(_ value: Double, fractionDigits: Int = 1) -> String {
        let text = format(value, fractionDigits: fractionDigits)
        guard fractionDigits > 0, let comma = text.firstIndex(of: ",") else { return text }
        let decimals = text[text.index(after: comma)...]
        return decimals.allSatisfy { $0 == "0" } ? String(text[..<comma]) : text
    }

    /// The decimal digits of a finite, non-negative whole number, exactly, at
    /// any size (a conversion to `Int64` would trap from 2^63 up).
    private static func digits(ofWhole value: Double) -> String {
        if value < 9_223_372_036_854_775_808 { return String(UInt64(value)) }
        // value = significand × 2^shift with a 53-bit whole significand.
        var shift = Int(value.exponent) - Double.significandBitCount
        var number = UInt64(value.significandBitPattern | (1 << UInt64(Double.significandBitCount)))
        while number % 2 == 0 {   // keep the arithmetic below small
            number /= 2
            shift += 1
        }
        var decimal = String(number).reversed().map { Int($0.wholeNumberValue!) }   // least significant first
        for _ in 0..<shift {
            var carry = 0
            for index in decimal.indices {
                let doubled = decimal[index] * 2 + carry
                decimal[index] = doubled % 10
                carry = doubled / 10
            }
            if carry > 0 { decimal.append(carry) }
        }
        return String(decimal.reversed().map { Character(String($0)) })
    }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(character)
        }
        return result
    }
}
