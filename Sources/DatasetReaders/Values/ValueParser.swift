internal import Foundation
internal import ReportModel

/// How numbers are written in a dataset (`number_locale` in dataset.yaml).
public enum NumberLocale: String, Sendable, Codable {
    /// `1234.5`.
    case plain
    /// `1.234,5`: `.` groups thousands, `,` marks decimals.
    case vi
}

/// Turns cell text into typed values, with the message to show when it cannot.
enum ValueParser {
    /// `YYYY-MM-DD`, `DD/MM/YYYY` or `D/M/YYYY`.
    static func day(_ text: String) -> Result<Day, ValueError> {
        if let day = Day(iso: text) { return .success(day) }
        let isoParts = text.split(separator: "-", omittingEmptySubsequences: false)
        let slashParts = text.split(separator: "/", omittingEmptySubsequences: false)
        if isoParts.count == 3, isoParts[0].count == 4, isoParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
            return .failure(ValueError("\"\(text)\" is not a valid date"))
        }
        guard slashParts.count == 3,
              (1...2).contains(slashParts[0].count), (1...2).contains(slashParts[1].count), slashParts[2].count == 4,
              slashParts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let d = Int(slashParts[0]), let m = Int(slashParts[1]), let y = Int(slashParts[2])
        else {
            return .failure(ValueError("\"\(text)\" is not a date; expected DD/MM/YYYY or YYYY-MM-DD"))
        }
        guard let day = Day(year: y, month: m, day: d) else {
            return .failure(ValueError("\"\(text)\" is not a valid date"))
        }
        return .success(day)
    }

    static func number(_ text: String, locale: NumberLocale) -> Result<Double, ValueError> {
        var plain = text.replacingOccurrences(of: " ", with: "")
        if locale == .vi {
            plain = plain.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        let allowed = plain.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "-" }
        if allowed, let value = Double(plain), value.isFinite { return .success(value) }
        if locale == .plain, text.contains(",") {
            return .failure(ValueError(
                "\"\(text)\" is not a number; write 1234.5, or set number_locale: vi in dataset.yaml for 1.234,5"))
        }
        return .failure(ValueError("\"\(text)\" is not a number"))
    }

    static func integer(_ text: String, locale: NumberLocale) -> Result<Int, ValueError> {
        switch number(text, locale: locale) {
        case .success(let value) where value == value.rounded() && abs(value) < 1e15:
            return .success(Int(value))
        case .success: return .failure(ValueError("\"\(text)\" is not a whole number"))
        case .failure(let error): return .failure(error)
        }
    }

    static func vocabulary<V: Vocabulary>(_ text: String, as type: V.Type) -> Result<V, ValueError> {
        if let value = V(text: text) { return .success(value) }
        return .failure(ValueError("\"\(text)\" is not a known \(V.noun); expected \(V.expectedValues)"))
    }
}

struct ValueError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
