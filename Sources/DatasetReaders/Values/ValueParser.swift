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
        if let day = Day(iso: text) { return .success(day) }   // most cells: no splitting
        let notADate = ValueError(Message("\"\(text)\" is not a date; expected DD/MM/YYYY or YYYY-MM-DD"))
        func digits(_ part: Substring, _ lengths: ClosedRange<Int>) -> Int? {
            lengths.contains(part.count) && part.allSatisfy(\.isASCIIDigit) ? Int(part) : nil
        }
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let slashed = text.split(separator: "/", omittingEmptySubsequences: false)
        let parts: (year: Int, month: Int, day: Int)
        if iso.count == 3, let y = digits(iso[0], 4...4), let m = digits(iso[1], 2...2), let d = digits(iso[2], 2...2) {
            parts = (y, m, d)
        } else if slashed.count == 3, let d = digits(slashed[0], 1...2), let m = digits(slashed[1], 1...2),
                  let y = digits(slashed[2], 4...4) {
            parts = (y, m, d)
        } else {
            return .failure(notADate)
        }
        guard let day = Day(year: parts.year, month: parts.month, day: parts.day) else {
            return .failure(ValueError(Message("\"\(text)\" is not a valid date")))
        }
        return .success(day)
    }

    /// `1234.5`; with `number_locale: vi`, `1.234,5` (dots only between groups of three digits).
    static func number(_ text: String, locale: NumberLocale) -> Result<Double, ValueError> {
        if let whole = plainInteger(text) { return .success(Double(whole)) }   // most cells: no copying
        var plain = text.replacingOccurrences(of: " ", with: "")
        if locale == .vi {
            guard isVietnameseNumber(plain) else {
                return .failure(ValueError(Message("\"\(text)\" is not a number in Vietnamese notation (1.234,5)")))
            }
            plain = plain.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        let allowed = plain.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "-" }
        if allowed, let value = Double(plain), value.isFinite {
            // A thousand trillion đồng is beyond any committee's figures, and sums of such stay exact.
            guard abs(value) < 1e15 else { return .failure(ValueError(Message("\"\(text)\" is too large a number"))) }
            return .success(value)
        }
        if locale == .plain, text.contains(",") {
            return .failure(ValueError(

                    Message("\"\(text)\" is not a number; write 1234.5, or set number_locale: vi in dataset.yaml for "
                            + "1.234,5")))
        }
        return .failure(ValueError(Message("\"\(text)\" is not a number")))
    }

    /// `-1.234.567,89`: an optional sign, digits grouped by dots in threes (or not at all), an optional decimal part.
    private static func isVietnameseNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let halves = body.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(halves.count), halves.allSatisfy({ !$0.isEmpty }),
              halves.count == 1 || halves[1].allSatisfy(\.isASCIIDigit)
        else { return false }
        let groups = halves[0].split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        return groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
    }

    /// `123`, `-45`: up to 15 ASCII digits, so exact and within what `number` accepts; nil for anything else.
    private static func plainInteger(_ text: String) -> Int? {
        var text = text
        return text.withUTF8(plainInteger)
    }

    /// `1234.5`, `-0.25`: digits, a point and digits, as `number` reads them
    /// in `plain` notation; nil for any other spelling, or a value `number` refuses.
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var digitsBefore = 0, digitsAfter = 0, point = false
        for (offset, byte) in bytes.enumerated() {
            if byte &- UInt8(ascii: "0") < 10 {
                if point { digitsAfter += 1 } else { digitsBefore += 1 }
            } else if byte == UInt8(ascii: "."), !point, digitsBefore > 0 {
                point = true
            } else if byte != UInt8(ascii: "-") || offset != 0 {
                return nil
            }
        }
        guard digitsAfter > 0, bytes.count <= 40,
              let value = Double(String(decoding: bytes, as: UTF8.self)), abs(value) < 1e15 else { return nil }
        return value
    }

    /// `plainInteger` of a cell's bytes: every number cell of a dataset comes here.
    static func plainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard var cursor = bytes.baseAddress, !bytes.isEmpty, bytes.count <= 16 else { return nil }
        let end = cursor + bytes.count
        let negative = cursor.pointee == UInt8(ascii: "-")
        if negative { cursor += 1 }
        guard cursor < end, end - cursor <= 15 else { return nil }
        var value = 0
        while cursor < end {
            let digit = cursor.pointee &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
            cursor += 1
        }
        return negative ? -value : value
    }

    static func integer(_ text: String, locale: NumberLocale) -> Result<Int, ValueError> {
        if let whole = plainInteger(text) { return .success(whole) }
        switch number(text, locale: locale) {
        case .success(let value) where value == value.rounded() && abs(value) < 1e15:
            return .success(Int(value))
        case .success: return .failure(ValueError(Message("\"\(text)\" is not a whole number")))
        case .failure(let error): return .failure(error)
        }
    }

    /// The spellings of yes and no, as usually written (`bool` also takes them in any case).
    private static let usualSpellings: [(word: StaticString, value: Bool)] =
        [("1", true), ("yes", true), ("có", true), ("true", true), ("0", false), ("no", false), ("không", false),
         ("false", false)]
    private static let spellings = usualSpellings.map { (text: "\($0.word)", value: $0.value) }

    /// `bool` of a cell's bytes spelled as usual; nil for any other spelling, which `bool` reads.
    static func usualBool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return nil }
        // Static bytes, compared whole: a yes/no column is read cell by cell.
        for spelling in usualSpellings where spelling.word.utf8CodeUnitCount == bytes.count {
            if memcmp(spelling.word.utf8Start, base, bytes.count) == 0 { return spelling.value }
        }
        return nil
    }

    /// `yes`/`no`, `có`/`không`, `1`/`0`, `true`/`false`, in any case.
    static func bool(_ text: String) -> Result<Bool, ValueError> {
        // The usual spellings as they are, before the costly folding.
        if let spelling = spellings.first(where: { $0.text == text }) { return .success(spelling.value) }
        let folded = text.foldedForMatching
        if let spelling = spellings.first(where: { $0.text == folded }) { return .success(spelling.value) }
        return .failure(ValueError(
            Message("\"\(text)\" is not yes or no; expected yes/no, có/không, 1/0 or true/false")))
    }
}

/// Why a cell's text is not a value of its column's type. A class: every
/// cell's result has room for one, and a reference keeps that room small.
final class ValueError: Error, Sendable {
    private let text: Message
    /// A choice's values and the cell, when the message names them: its noun may be the column's name.
    private let choice: (cell: String, choices: TableSchema.Choices)?

    init(_ message: Message) {
        text = message
        choice = nil
    }

    /// `"robot" is not a known gender; expected male (Nam) or female (Nữ)`.
    init(unknownChoice cell: String, _ choices: TableSchema.Choices) {
        text = .verbatim(cell)
        choice = (cell, choices)
    }

    /// The message; `column` names what a choice without a noun holds.
    func message(column: String) -> Message {
        guard let (cell, choices) = choice else { return text }
        return Message("\"\(cell)\" is not a known \(choices.noun ?? .verbatim(column)); expected \(choices.expected)")
    }

    var message: Message { message(column: "value") }
}
