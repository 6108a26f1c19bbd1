import ReportModel

/// How a workbook counts days: a date cell holds a serial number of days,
/// with the time of day as its fraction.
///
/// - 1900 system (Windows Excel, the default): serial 1 is 1900-01-01. Excel
///   copied Lotus 1-2-3's belief that 1900 was a leap year, so serial 60 is
///   the fictitious 29/02/1900 and later serials are one day ahead: serials
///   below 60 count from 1899-12-31, serials above 60 from 1899-12-30. Serial
///   60 reads as `1900-02-29`, the text Excel shows, which the date rules then
///   refuse as an impossible date. Serials below 1 (Excel shows 00/01/1900)
///   are no date.
/// - 1904 system (`<workbookPr date1904="1"/>`, old Mac Excel): serial 0 is
///   1904-01-01.
///
/// The time of day is dropped, after rounding to the millisecond as Excel
/// does when it shows a date (so 23:59:59.9999 is the next day).
enum ExcelDateSystem: Equatable {
    case from1900
    case from1904

    /// Excel's last day, 9999-12-31, as a 1900 serial.
    private static let lastSerial1900 = 2_958_465

    /// The day as `YYYY-MM-DD`, or nil when Excel would show no date.
    func isoDay(serial: Double) -> String? {
        guard serial.isFinite else { return nil }
        let milliseconds = (serial * 86_400_000).rounded()
        let days = Int((milliseconds / 86_400_000).rounded(.down))
        switch self {
        case .from1900:
            switch days {
            case 1..<60: return Day(year: 1899, month: 12, day: 31)!.adding(days: days).description
            case 60: return "1900-02-29"
            case 61...Self.lastSerial1900: return Day(year: 1899, month: 12, day: 30)!.adding(days: days).description
            default: return nil
            }
        case .from1904:
            guard (0...Self.lastSerial1900 - 1462).contains(days) else { return nil }
            return Day(year: 1904, month: 1, day: 1)!.adding(days: days).description
        }
    }
}
