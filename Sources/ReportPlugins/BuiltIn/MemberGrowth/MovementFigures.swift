internal import DatasetReaders
internal import ReportModel

/// Table `movement` (Biến động đảng viên): opening, increases, decreases,
/// closing, and admissions against the year's target and last year.
/// `closing = opening + increases − decreases` holds by construction of the
/// store's memberships and is checked by the tests.
enum MovementFigures {
    static let increases: [(String, EventType)] = [
        ("admitted", .admitted), ("restored", .restored), ("transferred_in", .transferredIn),
    ]
    static let decreases: [(String, EventType)] = [
        ("died", .died), ("expelled", .expelled), ("removed", .removed), ("resigned", .resigned),
        ("transferred_out", .transferredOut),
    ]

    static func table(rows: UnitRows, queries: MembershipQueries, period: Period,
                      labels: PluginLabels) throws -> ReportTable {
        let table = "movement"
        func column(_ id: String, _ type: ColumnType = .integer, group: String? = nil) throws -> Column {
            Column(id: id, label: try labels.column(table, id), type: type,
                   group: try group.map { try labels.group(table, $0) })
        }
        let columns = try [column("opening")]
            + increases.map { try column($0.0, group: "increase") }
            + decreases.map { try column($0.0, group: "decrease") }
            + [column("closing"), column("probationary"), column("made_official"), column("admitted_ytd"),
               column("admission_target"), column("admission_target_pct", .percent),
               column("admitted_prior_year")]

        let dayBefore = period.start.adding(days: -1)
        return ReportTable(
            id: table, title: try labels.tableTitle(table), columns: columns,
            rows: try rows.rows { subtree in
                let events = try queries.eventCounts(in: subtree, period.days)
                // Only the number: a count, not the make-up's join with members.
                let opening = try queries.memberCount(in: subtree, on: dayBefore)
                let closing = try queries.headcount(in: subtree, on: period.end)
                let ytd = try queries.admissions(in: subtree, period.yearToDate)
                let target = try queries.target("admissions", unit: subtree, year: period.year)
                let priorYear = try queries.admissions(in: subtree, period.sameLastYear.days)

                var cells: [(String, CellValue)] = [("opening", .integer(opening))]
                cells += (increases + decreases).map { ($0.0, .integer(events[$0.1] ?? 0)) }
                cells += [
                    ("closing", .integer(closing.members)),
                    ("probationary", .integer(closing.probationary)),
                    ("made_official", .integer(events[.madeOfficial] ?? 0)),
                    ("admitted_ytd", .integer(ytd)),
                    ("admission_target", target.map(Self.cell) ?? .null),
                    ("admission_target_pct", target.flatMap { $0 > 0 ? .number(Double(ytd) / $0 * 100) : nil } ?? .null),
                    ("admitted_prior_year", .integer(priorYear)),
                ]
                return cells
            })
    }

    /// Whole numbers as integers, so `90` stays `90` in JSON.
    private static func cell(_ value: Double) -> CellValue {
        value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
    }
}
