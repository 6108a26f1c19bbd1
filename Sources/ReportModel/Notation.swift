/// How a report's language writes numbers, days and periods: Vietnamese
/// `3.812`, `123,3`, `ngày 05 tháng 7 năm 2024`, `quý IV năm 2024`; English
/// `3,812`, `123.3`, `5 July 2024`, `Q4 2024`. Short dates are `05/07/2024`
/// in both, as Vietnamese offices write them.
public struct Notation: Hashable, Sendable {
    /// `vi` or `en`; any other language is written as Vietnamese.
    public let language: String

    public init(language: String) {
        self.language = language
    }

    public static let vietnamese = Notation(language: "vi")
    public static let english = Notation(language: "en")

    private var isEnglish: Bool { language == "en" }

    /// `1.234,6` or `1,234.6`: rounded half away from zero, thousands grouped.
    public func number(_ value: Double, fractionDigits: Int = 0) -> String {
        localized(VietnameseNumber.format(value, fractionDigits: fractionDigits))
    }

    public func number(_ value: Int) -> String {
        localized(VietnameseNumber.format(value))
    }

    /// One decimal, but none for a whole number: `123,3`, `100`.
    public func trimmed(_ value: Double, fractionDigits: Int = 1) -> String {
        localized(VietnameseNumber.formatTrimmed(value, fractionDigits: fractionDigits))
    }

    /// Up to two decimals, trailing zeros dropped: `84`, `2.500`, `1,5`, `0,25`.
    public func quantity(_ value: Double) -> String {
        var text = VietnameseNumber.format(value, fractionDigits: 2)
        if text.contains(",") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(",") { text.removeLast() }
        }
        return localized(text)
    }

    /// `05/07/2024`.
    public func shortDate(_ day: Day) -> String { VietnameseDate.short(day) }

    /// `ngày 05 tháng 7 năm 2024`, `5 July 2024`.
    public func longDate(_ day: Day) -> String {
        isEnglish ? "\(day.day) \(Self.months[day.month - 1]) \(day.year)" : VietnameseDate.long(day)
    }

    /// `quý IV năm 2024`, `Q4 2024`; `6 tháng đầu năm 2024`, `the first half of 2024`.
    public func period(_ period: Period) -> String {
        guard isEnglish else { return VietnameseDate.period(period) }
        return switch period.kind {
        case .quarter(let q): "Q\(q) \(period.year)"
        case .firstHalf: "the first half of \(period.year)"
        case .nineMonths: "the first nine months of \(period.year)"
        case .year: "\(period.year)"
        case .month(let m): "\(Self.months[m - 1]) \(period.year)"
        }
    }

    /// A period as a table's row names it: `Quý IV/2024`, `Q4 2024`; other
    /// kinds as `period(_:)`.
    public func shortPeriod(_ period: Period) -> String {
        guard case .quarter(let q) = period.kind, !isEnglish else { return self.period(period) }
        return "Quý \(["I", "II", "III", "IV"][q - 1])/\(period.year)"
    }

    /// The period as a sentence starts with it: `Quý IV năm 2024`. English
    /// sentences put it after a preposition ("In Q4 2024, …"), so it is unchanged.
    public func periodAtSentenceStart(_ period: Period) -> String {
        isEnglish ? self.period(period) : VietnameseDate.periodAtSentenceStart(period)
    }

    /// Vietnamese notation's `.` and `,` swapped for English.
    private func localized(_ vietnamese: String) -> String {
        guard isEnglish else { return vietnamese }
        return String(vietnamese.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
}
