/// A number cell written as the CSV rules read numbers: plain decimal digits
/// with an optional sign and point, never an exponent.
///
/// Whole numbers have no `.0` (`1980`, `4732`); others are Swift's shortest
/// text that reads back as the same `Double` (`1234.5`, `7.7` for Excel's
/// stored `7.7000000000000002`), with any exponent written out
/// (`1e-05` → `0.00001`).
enum ExcelNumber {
    static func plainText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 { return String(Int64(value)) }
        let text = value.description
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(text[text.index(after: e)...])
        else { return text }
        var mantissa = text[..<e]
        let negative = mantissa.first == "-"
        if negative { mantissa = mantissa.dropFirst() }
        let point = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let integerDigits = mantissa.distance(from: mantissa.startIndex, to: point)
        var digits = String(mantissa.filter { $0 != "." })
        let pointAt = integerDigits + exponent
        if pointAt <= 0 {
            digits = "0." + String(repeating: "0", count: -pointAt) + digits
        } else if pointAt >= digits.count {
            digits += String(repeating: "0", count: pointAt - digits.count)
        } else {
            digits.insert(".", at: digits.index(digits.startIndex, offsetBy: pointAt))
        }
        // `1.0e+20` → `100000000000000000000` keeps no trailing point; strip zeros after one.
        if digits.contains(".") {
            while digits.last == "0" { digits.removeLast() }
            if digits.last == "." { digits.removeLast() }
        }
        return (negative ? "-" : "") + digits
    }
}
