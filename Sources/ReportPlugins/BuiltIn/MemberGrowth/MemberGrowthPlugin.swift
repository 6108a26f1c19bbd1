public import ReportModel
internal import DatasetReaders
internal import DatasetStore

/// `member-growth` — Phát triển đảng viên (SPEC §5.1): membership movement,
/// the make-up of new members and of all members, and the narrative paragraph
/// ("kết nạp 111 đảng viên, đạt 123,3% kế hoạch").
public struct MemberGrowthPlugin: ReportPlugin {
    public let id = "member-growth"
    public let version = "1.1"
    public let requiredTables = ["units", "members", "member_events"]

    public init() {}

    public func makeReport(_ context: ReportContext) throws -> ReportDocument {
        let labels = context.labels
        let queries = context.memo.value("member-growth.queries") { MembershipQueries(store: context.store) }
        let rows = UnitRows(for: context.unit, in: context.store, totalLabel: try labels.row("total"))
        let period = context.period
        // The members on the eve of the period and at the trend's quarter ends: one scan for all.
        try queries.countMembers(on: [period.start.adding(days: -1)]
                                     + TrendTable.lastQuarters(endingWith: period.end).map(\.end))

        let movement = try MovementFigures.table(rows: rows, queries: queries, period: period, labels: labels)
        let newMembers = try newMembersTable(rows: rows, queries: queries, period: period, labels: labels)
        let composition = try compositionTable(rows: rows, queries: queries, period: period, labels: labels)
        let trend = try TrendTable.table(unit: context.unit.id, queries: queries, period: period, labels: labels,
                                         notation: context.notation)

        let narrative = labels.narrative(
            MemberGrowthNarrative(total: movement.row("total")!, unit: context.unit, period: period,
                                  notation: context.notation).values)
        return ReportDocument(
            plugin: id, title: labels.title, unit: context.unitReference, period: PeriodReference(period),
            narrative: narrative, tables: [movement, newMembers, composition, trend])
    }

    private func newMembersTable(rows: UnitRows, queries: MembershipQueries, period: Period,
                                 labels: PluginLabels) throws -> ReportTable {
        let table = "new_members"
        let columns = try ["admitted", "female", "ethnic_minority", "religious", "age_30_or_under"].map {
            Column(id: $0, label: try labels.column(table, $0), type: .integer)
        } + [Column(id: "average_age", label: try labels.column(table, "average_age"), type: .decimal)]
        return ReportTable(
            id: table, title: try labels.tableTitle(table), columns: columns,
            rows: try rows.rows { subtree in
                let figures = try queries.newMembers(in: subtree, period.days)
                return [
                    ("admitted", .integer(figures.admitted)), ("female", .integer(figures.female)),
                    ("ethnic_minority", .integer(figures.ethnicMinority)), ("religious", .integer(figures.religious)),
                    ("age_30_or_under", .integer(figures.age30OrUnder)),
                    ("average_age", figures.averageAge.map(CellValue.number) ?? .null),
                ]
            })
    }

    private func compositionTable(rows: UnitRows, queries: MembershipQueries, period: Period,
                                  labels: PluginLabels) throws -> ReportTable {
        let table = "composition"
        let counts = ["members", "official", "probationary", "female", "ethnic_minority", "religious",
                      "age_30_or_under", "age_31_40", "age_41_50", "age_51_60", "age_over_60"]
        let columns = try counts.map { Column(id: $0, label: try labels.column(table, $0), type: .integer) }
            + [Column(id: "average_age", label: try labels.column(table, "average_age"), type: .decimal)]
        return ReportTable(
            id: table, title: try labels.tableTitle(table), columns: columns,
            rows: try rows.rows { subtree in
                let h = try queries.headcount(in: subtree, on: period.end)
                let values = [h.members, h.members - h.probationary, h.probationary, h.female, h.ethnicMinority,
                              h.religious] + h.ageBands
                return zip(counts, values).map { ($0, CellValue.integer($1)) }
                    + [("average_age", h.averageAge.map(CellValue.number) ?? .null)]
            })
    }
}
