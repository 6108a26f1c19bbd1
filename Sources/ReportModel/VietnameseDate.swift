/// Vietnamese ways of writing a day and a period.
public enum VietnameseDate {
    /// `05/07/2024`.
    public static func short(_ day: Day) -> String {
        "\(Day.pad(day.day, 2))/\(Day.pad(day.month, 2))/\(day.year)"
    }

    /// `ngày 05 tháng 7 năm 2024`: the day zero-padded, the month only for 01 and 02
    /// (the administrative-document convention).
    public static func long(_ day: Day) -> String {
        let month = day.month <= 2 ? Day.pad(day.month, 2) : String(day.month)
        return "ngày \(Day.pad(day.day, 2)) tháng \(month) năm \(day.year)"
    }

    /// The period as a sentence starts with it: `Quý II năm 2024`, `Năm 2021`.
    public static func periodAtSentenceStart(_ period: Period) -> String {
        let text = self.period(period)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `quý II năm 2024`, `6 tháng đầu năm 2024`, `9 tháng năm 2024`, `năm 2024`,
    /// `tháng 3 năm 2024`.
    public static func period(_ period: Period) -> String {
        switch period.kind {
        case .quarter(let q): "quý \(["I", "II", "III", "IV"][q - 1]) năm \(period.year)"
        case .firstHalf: "6 tháng đầu năm \(period.year)"
        case .nineMonths: "9 tháng năm \(period.year)"
        case .year: "năm \(period.year)"
        case .month(let m): "tháng \(m) năm \(period.year)"
        }
    }
}
