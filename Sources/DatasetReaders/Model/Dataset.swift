/// A loaded dataset: the rows of every table that was present, in file order.
///
/// Units are kept as typed rows; every other table (SPEC's and plugins',
/// members and their events among them) as rows typed by its declaration,
/// in `rows`, with typed views for the tables Swift code reasons about.
public struct Dataset: Sendable {
    public var config: DatasetConfig
    public var units: [PartyUnit]
    /// The rows of every table other than units, by table name.
    public var rows: [String: DeclaredRows] = [:]
    /// The tables plugins declared, read like SPEC's (SPEC §1.3, "Tables a plugin brings").
    public var pluginTables: [TableSchema] = []
    /// Names of the tables that were given (`units`, `members`…), for plugins' needs.
    public var tablesPresent: Set<String>
    /// Ids of rows left out for their own problems, by table (member ids for
    /// `member_events`): references to them are not reported again as unknown,
    /// and a member with a bad event is not replayed.
    var idsOfInvalidRows: [String: Set<String>] = [:]
    /// Tables given but unreadable (bad encoding, missing columns): their ids
    /// are unknown, so references to them are not checked.
    var unreadableTables: Set<String> = []

    public init(config: DatasetConfig = DatasetConfig(), units: [PartyUnit] = [], tablesPresent: Set<String> = []) {
        self.config = config
        self.units = units
        self.tablesPresent = tablesPresent
    }

    /// Takes over the rows of `table` that `part` holds (read on its own by the loader).
    mutating func absorb(_ part: Dataset, of table: String) {
        switch table {
        case TableSchema.units.name: units = part.units
        default: if let tableRows = part.rows[table] { rows[table] = tableRows }
        }
        if let ids = part.idsOfInvalidRows[table] { idsOfInvalidRows[table] = ids }
    }

    /// Every table this dataset may hold: SPEC's, then the plugins'.
    public var schemas: [TableSchema] { TableSchema.builtIn + pluginTables }

    /// The number of rows of `table`.
    public func rowCount(of table: String) -> Int {
        switch table {
        case TableSchema.units.name: units.count
        default: rows[table]?.count ?? 0
        }
    }

    /// The value of one column of every row of `table`, with where the row was read.
    public func forEachValue(of table: String, at column: Int, _ body: (FieldValue?, SourceLocation) -> Void) {
        if table == TableSchema.units.name {
            // How to read the column is chosen once, not per unit.
            let value = PartyUnit.declaredValue(at: column)
            units.withUnsafeBufferPointer { units in
                for unit in units.indices { body(value(units.baseAddress! + unit), units[unit].source) }
            }
            return
        }
        guard let declared = rows[table] else { return }
        let values = declared.column(column)
        for row in 0..<declared.count { body(values[row], declared.source(row)) }
    }

    /// The values of column `column` of `table`, typed as declared: for a
    /// table kept as declared rows, the column as it was read.
    public func values(of table: TableSchema, at column: Int) -> DeclaredColumn {
        if let declared = rows[table.name] { return declared.column(column) }
        var builder = DeclaredColumn.Builder(table.columns[column].type)
        forEachValue(of: table.name, at: column) { value, _ in builder.append(value) }
        return builder.finish()
    }

    /// The members as typed rows, in file order (made from their columns on each call).
    public var members: [Member] { typed(TableSchema.members.name, Member.init) }

    /// The membership events as typed rows, in file order (made from their columns on each call).
    public var events: [MemberEvent] {
        guard let declared = rows[TableSchema.memberEvents.name] else { return [] }
        return (0..<declared.count).compactMap { row in
            var checks = RowChecks(declared.source(row))
            return MemberEvent(declared[row], sequence: Int(declared.positions[row]), &checks)
        }
    }

    public var targets: [Target] { typed("targets", Target.init) }
    public var inspections: [Inspection] { typed("inspections", Inspection.init) }
    public var disciplines: [Discipline] { typed("disciplines", Discipline.init) }
    public var petitions: [Petition] { typed("petitions", Petition.init) }
    public var economicModels: [EconomicModel] { typed("economic_models", EconomicModel.init) }
    public var economicResults: [EconomicResult] { typed("economic_results", EconomicResult.init) }
    public var indicators: [IndicatorValue] { typed("indicators", IndicatorValue.init) }

    /// The kept rows of `table` as typed rows: they passed their checks when read.
    private func typed<T>(_ table: String, _ make: (TableRow, inout RowChecks) -> T?) -> [T] {
        (rows[table]?.rows ?? []).compactMap { row in
            var checks = RowChecks(row.source)
            return make(row, &checks)
        }
    }
}
