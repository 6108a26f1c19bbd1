/// A calendar day with no time of day and no time zone: the unit of every date
/// in a dataset and a report.
///
/// Stored as year, month and day in four bytes (a dataset holds millions of
/// dates); `ordinal` counts days since 0001-01-01 (proleptic Gregorian) so
/// days subtract cheaply.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Returns nil for an impossible day such as 31 February.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    private init(checkedYear year: Int, month: Int, day: Int) {
        precondition(year <= Int(Int16.max) && year >= Int(Int16.min), "a Day is within years ±32767, not \(year)")
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 0001-01-01 (which is ordinal 0).
    public var ordinal: Int {
        // Days-from-civil (Howard Hinnant), shifted so March is the first month.
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let m = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 306   // 306: 0000-03-01 → 0001-01-01
    }

    /// The day `ordinal` days after 0001-01-01; the year must be within ±32767.
    public init(ordinal: Int) {
        let z = ordinal + 306
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.init(checkedYear: y, month: m, day: d)
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Completed years of someone born on `self`, on `date`: a person born on
    /// 29/02/1996 is 27 on 28/02/2024 and 28 on 29/02/2024; in a common year
    /// they turn a year older on 1 March.
    public func age(on date: Day) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
    }

    /// ISO 8601, `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year) else {
            return "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
        }
        // Written byte by byte: the store writes millions of dates.
        let (year, month, day) = (self.year, self.month, self.day)
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, at offset: Int, digits: Int) {
                var value = value
                for index in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, at: 0, digits: 4)
            buffer[4] = UInt8(ascii: "-")
            put(month, at: 5, digits: 2)
            buffer[7] = UInt8(ascii: "-")
            put(day, at: 8, digits: 2)
            return 10
        }
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        // Through the contiguous bytes: iterating a string's view costs more than the parse.
        var text = text
        guard let day = text.withUTF8(Day.init(isoBytes:)) else { return nil }
        self = day
    }

    public init?(iso text: Substring) {
        self.init(iso: String(text))
    }

    /// Parses exactly `YYYY-MM-DD` from its UTF-8 bytes.
    public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, let base = bytes.baseAddress,
              base[4] == UInt8(ascii: "-"), base[7] == UInt8(ascii: "-") else { return nil }
        // Straight-line, each digit once: a dataset holds millions of dates.
        let d = (base[0] &- 48, base[1] &- 48, base[2] &- 48, base[3] &- 48,
                 base[5] &- 48, base[6] &- 48, base[8] &- 48, base[9] &- 48)
        guard d.0 < 10, d.1 < 10, d.2 < 10, d.3 < 10, d.4 < 10, d.5 < 10, d.6 < 10, d.7 < 10 else { return nil }
        let year = Int(d.0) * 1000 + Int(d.1) * 100 + Int(d.2) * 10 + Int(d.3)
        self.init(year: year, month: Int(d.4) * 10 + Int(d.5), day: Int(d.6) * 10 + Int(d.7))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
