internal import DatasetReaders
internal import ReportModel

/// The values the `member-growth` narrative template is rendered with, already
/// in Vietnamese notation (`3.812`, `123,3`), computed from the `total` row.
struct MemberGrowthNarrative {
    let values: [String: Any]

    init(total: Row, unit: PartyUnit, period: Period) {
        func int(_ column: String) -> Int { total[column].number.map { Int($0) } ?? 0 }
        let admitted = int("admitted"), ytd = int("admitted_ytd")
        let opening = int("opening"), closing = int("closing"), probationary = int("probationary")
        let change = closing - opening
        let periodText = VietnameseDate.period(period)
        var values: [String: Any] = [
            "unit": unit.name,
            "period": periodText,
            "Period": VietnameseDate.periodAtSentenceStart(period),
            "is_year": period.kind == .year,
            "end_date": VietnameseDate.short(period.end),
            "admitted": VietnameseNumber.format(admitted),
            "any_admitted": admitted > 0,
            "admitted_ytd": VietnameseNumber.format(ytd),
            "ytd_differs": ytd != admitted,
            "made_official": VietnameseNumber.format(int("made_official")),
            "closing": VietnameseNumber.format(closing),
            "official": VietnameseNumber.format(closing - probationary),
            "probationary": VietnameseNumber.format(probationary),
            "change": VietnameseNumber.format(abs(change)),
            "increased": change > 0,
            "decreased": change < 0,
            "unchanged": change == 0,
        ]
        if let target = total["admission_target"].number, let pct = total["admission_target_pct"].number {
            values["target"] = VietnameseNumber.formatTrimmed(target, fractionDigits: 1)
            values["target_pct"] = VietnameseNumber.formatTrimmed(pct, fractionDigits: 1)
        }
        self.values = values
    }
}
