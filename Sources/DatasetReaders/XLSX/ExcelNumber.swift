internal import Foundation

/// A number cell written as the CSV rules read numbers: plain decimal digits
/// with an optional sign and point, never an exponent.
///
/// Excel keeps 15 significant digits: a sum it shows as `0.3` may be stored
/// as `0.30000000000000004`. The number is first rounded to 15 significant
/// digits, as Excel shows it; then whole numbers have no `.0` (`1980`,
/// `4732`), and others are Swift's shortest text that reads back as the same
/// `Double` (`1234.5`, `7.7`), with any exponent written out (`1e-05` →
/// `0.00001`).
enum ExcelNumber {
    static func plainText(_ stored: Double) -> String {
        if let whole = wholeText(stored) { return whole }
        let value = Double(String(format: "%.15g", stored)) ?? stored
        if let whole = wholeText(value) { return whole }
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

    private static func wholeText(_ value: Double) -> String? {
        value == value.rounded() && abs(value) < 1e18 ? String(Int64(value)) : nil
    }
}
