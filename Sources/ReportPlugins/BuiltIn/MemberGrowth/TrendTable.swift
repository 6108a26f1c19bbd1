internal import DatasetReaders
internal import ReportModel

/// Table `trend` (Diễn biến số lượng đảng viên, SPEC §5.1): the report unit's
/// members at the end of each of the eight quarters ending with the one that
/// holds the period's end, with the quarter's admissions and members made
/// official. It feeds the member-growth chart: the members as a line, the
/// admissions and made-official as columns in a chart of their own below
/// (`secondary`), their scale being a hundredth of the members'.
enum TrendTable {
    static let quarters = 8

    static func table(unit: String, queries: MembershipQueries, period: Period, labels: PluginLabels,
                      notation: Notation) throws -> ReportTable {
        let table = "trend"
        let columns = try ["closing", "admitted", "made_official"].map {
            Column(id: $0, label: try labels.column(table, $0), type: .integer)
        }
        let quarters = lastQuarters(endingWith: period.end)
        // Counted together: one scan of the events and one of the memberships for all eight.
        try queries.countEvents(in: quarters.map(\.days))
        try queries.countMembers(on: quarters.map(\.end))
        let rows = try quarters.map { quarter in
            let events = try queries.eventCounts(in: unit, quarter.days)
            let closing = try queries.memberCount(in: unit, on: quarter.end)
            return Row(key: quarter.id, label: notation.shortPeriod(quarter), kind: .data, level: 0, cells: [
                ("closing", .integer(closing)),
                ("admitted", .integer(events[.admitted] ?? 0)),
                ("made_official", .integer(events[.madeOfficial] ?? 0)),
            ])
        }
        return ReportTable(id: table, title: try labels.tableTitle(table), columns: columns, rows: rows,
                           chart: ChartDeclaration(kind: .line, series: ["closing"],
                                                   secondary: ["admitted", "made_official"]))
    }

    /// The eight quarters up to the one holding `day`, oldest first.
    static func lastQuarters(endingWith day: Day) -> [Period] {
        let last = day.year * 4 + (day.month - 1) / 3   // quarters since year 0, counted from 0
        return (last - quarters + 1...last).map { Period(year: $0 / 4, kind: .quarter($0 % 4 + 1)) }
    }
}
