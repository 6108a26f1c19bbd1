/// A reporting period (SPEC §2): a quarter, the first half, nine months, a
/// year or a month, with inclusive first and last days.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// `YYYY-Qn`, quarter n.
        case quarter(Int)
        /// `YYYY-H1`, January to June.
        case firstHalf
        /// `YYYY-9M`, January to September.
        case nineMonths
        /// `YYYY`, the calendar year.
        case year
        /// `YYYY-MM`, one month.
        case month(Int)
    }

    public let year: Int
    public let kind: Kind
    public let start: Day
    public let end: Day

    /// A period of `year` (1000…9999); `kind` must be a real quarter or month.
    public init(year: Int, kind: Kind) {
        self.year = year
        self.kind = kind
        let (firstMonth, lastMonth): (Int, Int) = switch kind {
        case .quarter(let q): (3 * q - 2, 3 * q)
        case .firstHalf: (1, 6)
        case .nineMonths: (1, 9)
        case .year: (1, 12)
        case .month(let m): (m, m)
        }
        start = Day(year: year, month: firstMonth, day: 1)!
        end = Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))!
    }

    /// Parses a period id; throws with the accepted forms when it is not one.
    public init(parsing id: String) throws(PeriodError) {
        let text = id.trimmingSpaces()
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        // From year 1000: every period has a same period last year.
        guard let yearPart = parts.first, yearPart.count == 4, yearPart.allSatisfy(\.isASCIIDigit),
              let year = Int(yearPart), year >= 1000
        else { throw PeriodError(text: id) }
        guard parts.count == 2 else {
            self.init(year: year, kind: .year)
            return
        }
        let rest = parts[1].uppercased()
        switch rest {
        case "Q1", "Q2", "Q3", "Q4": self.init(year: year, kind: .quarter(Int(String(rest.last!))!))
        case "H1": self.init(year: year, kind: .firstHalf)
        case "9M": self.init(year: year, kind: .nineMonths)
        default:
            guard rest.count == 2, rest.allSatisfy(\.isASCIIDigit), let month = Int(rest),
                  (1...12).contains(month)
            else { throw PeriodError(text: id) }
            self.init(year: year, kind: .month(month))
        }
    }

    /// The period whose canonical id (`2024-Q2`, `2024-H1`, `2024-9M`,
    /// `2024`, `2024-03`) these UTF-8 bytes spell exactly; nil for any other
    /// spelling, which `init(parsing:)` reads.
    public init?(idBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 4 || bytes.count == 7 else { return nil }
        func digit(_ offset: Int) -> Int? {
            let value = bytes[offset] &- UInt8(ascii: "0")
            return value < 10 ? Int(value) : nil
        }
        guard let a = digit(0), let b = digit(1), let c = digit(2), let d = digit(3), a > 0 else { return nil }
        let year = a * 1000 + b * 100 + c * 10 + d
        guard bytes.count == 7 else {
            self.init(year: year, kind: .year)
            return
        }
        guard bytes[4] == UInt8(ascii: "-") else { return nil }
        switch (bytes[5], bytes[6]) {
        case (UInt8(ascii: "Q"), UInt8(ascii: "1")...UInt8(ascii: "4")):
            self.init(year: year, kind: .quarter(Int(bytes[6] - UInt8(ascii: "0"))))
        case (UInt8(ascii: "H"), UInt8(ascii: "1")): self.init(year: year, kind: .firstHalf)
        case (UInt8(ascii: "9"), UInt8(ascii: "M")): self.init(year: year, kind: .nineMonths)
        default:
            guard let tens = digit(5), let ones = digit(6), (1...12).contains(tens * 10 + ones) else { return nil }
            self.init(year: year, kind: .month(tens * 10 + ones))
        }
    }

    /// How many months it spans: 3 for a quarter, 6, 9, 12, or 1.
    public var months: Int {
        switch kind {
        case .quarter: 3
        case .firstHalf: 6
        case .nineMonths: 9
        case .year: 12
        case .month: 1
        }
    }

    /// The canonical id: `2024-Q2`, `2024-H1`, `2024-9M`, `2024`, `2024-03`.
    public var id: String {
        switch kind {
        case .quarter(let q): "\(year)-Q\(q)"
        case .firstHalf: "\(year)-H1"
        case .nineMonths: "\(year)-9M"
        case .year: "\(year)"
        case .month(let m): "\(year)-\(Day.pad(m, 2))"
        }
    }

    public var description: String { id }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The same period one year earlier (*cùng kỳ năm trước*).
    public var sameLastYear: Period { Period(year: year - 1, kind: kind) }

    /// First of January of the period's year to the period's last day (*lũy kế*).
    public var yearToDate: DayRange { DayRange(start: Day(year: year, month: 1, day: 1)!, end: end) }

    /// The whole period as a range of days.
    public var days: DayRange { DayRange(start: start, end: end) }
}

/// An inclusive range of days.
public struct DayRange: Hashable, Sendable {
    public let start: Day
    public let end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}

/// A period id that is none of the accepted forms.
public struct PeriodError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    /// What is wrong, when more than "not a period id".
    public let reason: Message?

    public init(text: String, reason: Message? = nil) {
        self.text = text
        self.reason = reason
    }

    public var message: Message {
        Message("invalid period \"\(text)\": "
              + "\(reason ?? Message("expected YYYY-Qn (quarter), YYYY-H1, YYYY-9M, YYYY or YYYY-MM"))")
    }

    public var description: String { message.description }
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
