extension Period {
    /// A period as people write it, when that is unambiguous (SPEC §8):
    /// the canonical id (`2024-Q4`), or `Q4/2024`, `Q4 2024`, `2024Q4`,
    /// `quý 4/2024`, `quý IV năm 2024`, `6 tháng 2024`, `6 tháng đầu năm 2024`,
    /// `9 tháng 2024`, `năm 2024`, `tháng 3/2024`, `03/2024`, `H1/2024`.
    /// Vietnamese words may be written without their marks (`quy 4 nam 2024`).
    public init(written text: String) throws(PeriodError) {
        if let period = try? Period(parsing: text) {
            self = period
            return
        }
        guard let period = Self.fromWords(text) else {
            let expected = Message("expected YYYY-Qn (quarter), YYYY-H1, YYYY-9M, YYYY or YYYY-MM, or as written: "
                                 + "Q4/2024, quý IV năm 2024, 6 tháng 2024, 9 tháng 2024, 03/2024")
            throw PeriodError(text: text, reason: Self.guess(text).map { Message("\(expected); did you mean \($0.id)?") }
                                                  ?? expected)
        }
        self = period
    }

    /// The period the words of `text` name, or nil.
    private static func fromWords(_ text: String) -> Period? {
        var words = tokens(text)
        let years = words.filter { $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }
        guard years.count == 1, let year = Int(years[0]), year >= 1000 else { return nil }
        words.removeAll { $0 == years[0] || ["nam", "year", "dau", "first", "cua"].contains($0) }
        switch words.count {
        case 0:
            return Period(year: year, kind: .year)
        case 1:
            guard let month = Int(words[0]), (1...12).contains(month) else { return nil }
            return Period(year: year, kind: .month(month))
        case 2:
            let (first, second) = (words[0], words[1])
            if ["q", "quy", "quarter"].contains(first), let quarter = number(second), (1...4).contains(quarter) {
                return Period(year: year, kind: .quarter(quarter))
            }
            if ["thang", "month"].contains(first), let month = Int(second), (1...12).contains(month) {
                return Period(year: year, kind: .month(month))
            }
            if ["thang", "months"].contains(second) {
                switch first {
                case "6": return Period(year: year, kind: .firstHalf)
                case "9": return Period(year: year, kind: .nineMonths)
                case "12": return Period(year: year, kind: .year)
                default: return nil
                }
            }
            if first == "h", second == "1" { return Period(year: year, kind: .firstHalf) }
            if first == "9", second == "m" { return Period(year: year, kind: .nineMonths) }
            return nil
        default:
            return nil
        }
    }

    /// For a refusal: a quarter written with a two-digit year (`Q4/24`).
    private static func guess(_ text: String) -> Period? {
        let words = tokens(text)
        guard let marker = words.firstIndex(where: { ["q", "quy", "quarter"].contains($0) }), marker + 1 < words.count,
              let quarter = number(words[marker + 1]), (1...4).contains(quarter)
        else { return nil }
        var others = words
        others.remove(at: marker + 1)
        guard let yearWord = others.first(where: { $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(yearWord)
        else { return nil }
        return Period(year: 2000 + year, kind: .quarter(quarter))
    }

    /// Lower-case words without Vietnamese marks, split at spaces, `/`, `-`,
    /// `.`, `,` and between digits and letters: `Quý IV/2024` → quy iv 2024.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for plain in VietnameseText.plain(text) {
            guard plain.isLetter || plain.isNumber else {
                flush()
                continue
            }
            if let last = current.last, last.isNumber != plain.isNumber { flush() }
            current.append(plain)
        }
        flush()
        return words
    }

    /// A quarter written as a digit or a Roman numeral.
    private static func number(_ word: String) -> Int? {
        ["i": 1, "ii": 2, "iii": 3, "iv": 4][word] ?? Int(word)
    }
}

extension Day {
    /// A day as people write it in Vietnam, day first: `05/07/2024`, `5/7/2024`,
    /// `05-07-2024`, `05.07.2024`; or `YYYY-MM-DD`. Nil for anything else,
    /// a day that does not exist among them.
    public init?(written text: String) {
        let text = text.trimmingSpaces()
        if let day = Day(iso: text) {
            self = day
            return
        }
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
