internal import DatasetReaders
internal import ReportModel

/// The values the `member-growth` narrative template is rendered with, already
/// in the language's notation (`3.812`, `123,3`), computed from the `total` row.
struct MemberGrowthNarrative {
    let values: [String: Any]

    init(total: Row, unit: PartyUnit, period: Period, notation: Notation = .vietnamese) {
        func int(_ column: String) -> Int { total[column].number.map { Int($0) } ?? 0 }
        let admitted = int("admitted"), ytd = int("admitted_ytd")
        let opening = int("opening"), closing = int("closing"), probationary = int("probationary")
        let change = closing - opening
        let periodText = notation.period(period)
        var values: [String: Any] = [
            "unit": unit.name,
            "period": periodText,
            "Period": notation.periodAtSentenceStart(period),
            "is_year": period.kind == .year,
            "end_date": notation.shortDate(period.end),
            "admitted": notation.number(admitted),
            "any_admitted": admitted > 0,
            "admitted_ytd": notation.number(ytd),
            "ytd_differs": ytd != admitted,
            "made_official": notation.number(int("made_official")),
            "closing": notation.number(closing),
            "official": notation.number(closing - probationary),
            "probationary": notation.number(probationary),
            "change": notation.number(abs(change)),
            "increased": change > 0,
            "decreased": change < 0,
            "unchanged": change == 0,
        ]
        if let target = total["admission_target"].number, let pct = total["admission_target_pct"].number {
            values["target"] = notation.trimmed(target, fractionDigits: 1)
            values["target_pct"] = notation.trimmed(pct, fractionDigits: 1)
        }
        self.values = values
    }
}
