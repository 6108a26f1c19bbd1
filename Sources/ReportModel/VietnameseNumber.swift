/// Vietnamese number notation: `.` groups thousands, `,` marks decimals
/// (`3.812`, `123,3`, `10,4`).
public enum VietnameseNumber {
    /// `value` rounded half away from zero to `fractionDigits` decimals, with
    /// thousands grouped: `format(1234.56, fractionDigits: 1)` is `1.234,6`.
    public static func format(_ value: Double, fractionDigits: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "" : (value < 0 ? "-∞" : "∞") }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        // Round the decimal text, not the binary value: 123.35 must give 123,4.
        let scaled = (abs(value) * scale * 1e6).rounded() / 1e6
        let units = scaled.rounded(.toNearestOrAwayFromZero)
        let whole = (units / scale).rounded(.towardZero)
        let fraction = units - whole * scale
        var text = grouped(String(format0(whole)))
        if fractionDigits > 0 {
            let digits = String(format0(fraction))
            text += "," + String(repeating: "0", count: max(0, fractionDigits - digits.count)) + digits
        }
        return value < 0 && units != 0 ? "-" + text : text
    }

    public static func format(_ value: Int) -> String {
        value < 0 ? "-" + grouped(String(-value)) : grouped(String(value))
    }

    /// One decimal, but no `,0` for a whole number: `123,3`, `100`.
    public static func formatTrimmed(_ value: Double, fractionDigits: Int = 1) -> String {
        let text = format(value, fractionDigits: fractionDigits)
        guard fractionDigits > 0, let comma = text.firstIndex(of: ",") else { return text }
        let decimals = text[text.index(after: comma)...]
        return decimals.allSatisfy { $0 == "0" } ? String(text[..<comma]) : text
    }

    private static func format0(_ value: Double) -> Int64 { Int64(value) }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(".") }
            result.append(character)
        }
        return result
    }
}
