public import DatasetReaders
public import SQLiteSupport
internal import ReportModel
internal import Foundation

/// The embedded store plugins query: the dataset's tables in an in-memory
/// SQLite database, plus `unit_tree` (every ancestor/descendant pair, depth 0
/// for a unit and itself) and `memberships` (who was in which branch when).
///
/// Dates are ISO text (`2024-06-30`), so they compare as text. After loading
/// the database is read-only (`PRAGMA query_only`). Not `Sendable`: one report
/// run uses one store on one thread. The schema is in `StoreSchema.sql`.
public final class DatasetStore {
    public let config: DatasetConfig
    /// Units in file order, which is the display order of siblings.
    public let units: [PartyUnit]
    public let tablesPresent: Set<String>
    private let unitsByID: [String: PartyUnit]
    private let childrenByID: [String: [PartyUnit]]
    private let database: SQLiteDatabase
    /// The in-memory database's name, by which read-only connections open it.
    let databaseName = "baocao-store-\(UUID().uuidString)"
    private var statements: [String: SQLiteStatement] = [:]
    /// The read-only connection plugins' SQL runs on, opened when first needed.
    var openedSandbox: StoreSandbox?

    /// Loads a valid dataset. Rows with problems were already left out by the loader.
    public init(_ loaded: DatasetLoader.Result) throws {
        let dataset = loaded.dataset
        config = dataset.config
        units = dataset.units
        tablesPresent = dataset.tablesPresent
        unitsByID = Dictionary(dataset.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        childrenByID = Dictionary(grouping: dataset.units.filter { $0.parentID != nil }, by: { $0.parentID! })
        database = try SQLiteDatabase(memoryNamed: databaseName)
        database.setMemoryLimit(1 << 40)
        try database.execute(StoreSchema.sql)
        try database.inTransaction {
            try insert(dataset, memberships: loaded.memberships)
        }
        try database.execute("ANALYZE; PRAGMA query_only = ON;")
    }

    // MARK: The unit tree

    public func unit(_ id: String) -> PartyUnit? { unitsByID[id] }

    /// Direct children in file order.
    public func children(of id: String) -> [PartyUnit] { childrenByID[id] ?? [] }

    public var root: PartyUnit? { units.first { $0.parentID == nil } }

    /// The unit `id` and its ancestors, nearest first.
    public func ancestry(of id: String) -> [PartyUnit] {
        var chain: [PartyUnit] = []
        var seen: Set<String> = []   // a valid dataset has no cycle; never loop on one
        var current = unitsByID[id]
        while let unit = current, seen.insert(unit.id).inserted {
            chain.append(unit)
            current = unit.parentID.flatMap { unitsByID[$0] }
        }
        return chain
    }

    // MARK: Queries

    /// Runs a read-only query with positional parameters `?1`, `?2`…
    public func query(_ sql: String, _ parameters: [SQLValue] = []) throws -> [QueryRow] {
        let statement = try prepared(sql)
        try statement.bind(parameters)
        let columns = (0..<statement.columnCount).map(statement.columnName)
        var rows: [QueryRow] = []
        while try statement.step() {
            rows.append(QueryRow(columns: columns, values: (0..<columns.count).map(statement.value)))
        }
        return rows
    }

    /// The first row of a query, or nil when it returns none.
    public func queryFirst(_ sql: String, _ parameters: [SQLValue] = []) throws -> QueryRow? {
        try query(sql, parameters).first
    }

    private func prepared(_ sql: String) throws -> SQLiteStatement {
        if let statement = statements[sql] { return statement }
        let statement = try database.prepare(sql)
        statements[sql] = statement
        return statement
    }

    // MARK: Loading

    private func insert(_ dataset: Dataset, memberships: [MembershipSpan]) throws {
        let unit = try database.prepare(
            "INSERT OR IGNORE INTO units VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        for (position, u) in dataset.units.enumerated() {
            try unit.run([.text(u.id), .optional(u.parentID), .text(u.name), .text(u.kind.rawValue),
                          .optional(u.sector), .text(u.headerName), .integer(position)])
        }
        try insertTree(dataset.units)

        let member = try database.prepare(
            "INSERT OR IGNORE INTO members VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        for m in dataset.members {
            try member.run([.text(m.id), .text(m.fullName), .text(m.gender.rawValue), .text(m.birthDate.description),
                            .optional(m.ethnicity), .optional(m.religion), .optional(m.education),
                            .optional(m.politicalTheory?.rawValue),
                            .integer(m.isEthnicMinority ? 1 : 0), .integer(m.isReligious ? 1 : 0)])
        }

        let event = try database.prepare(
            "INSERT INTO member_events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        for e in dataset.events {
            try event.run([.integer(e.sequence), .text(e.memberID), .text(e.date.description), .text(e.type.rawValue),
                           .text(e.unitID), .optional(e.fromUnitID),
                           e.type == .transferredIn ? .text(e.status.rawValue) : .null, .optional(e.note)])
        }

        let span = try database.prepare("INSERT INTO memberships VALUES (?1, ?2, ?3, ?4, ?5)")
        for s in memberships {
            try span.run([.text(s.memberID), .text(s.unitID), .text(s.from.description),
                          .optional(s.to?.description), .integer(s.probationary ? 1 : 0)])
        }

        let target = try database.prepare("INSERT INTO targets VALUES (?1, ?2, ?3, ?4)")
        for t in dataset.targets {
            try target.run([.text(t.unitID), .integer(t.year), .text(t.metric), .real(t.value)])
        }
        try insertActivities(dataset)
        try insertEconomy(dataset)
    }

    private func insertActivities(_ dataset: Dataset) throws {
        let inspection = try database.prepare("INSERT INTO inspections VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        for i in dataset.inspections {
            try inspection.run([.text(i.campaignID), .text(i.unitID), .text(i.body.rawValue), .text(i.kind.rawValue),
                                .text(i.startedOn.description), .text(i.targetType.rawValue), .text(i.targetID),
                                .text(i.conclusion.rawValue)])
        }
        let discipline = try database.prepare("INSERT OR IGNORE INTO disciplines VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        for d in dataset.disciplines {
            try discipline.run([.text(d.id), .text(d.decidedOn.description), .text(d.unitID),
                                .text(d.targetType.rawValue), .text(d.targetID), .text(d.form.rawValue)])
        }
        let petition = try database.prepare("INSERT OR IGNORE INTO petitions VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        for p in dataset.petitions {
            try petition.run([.text(p.id), .text(p.receivedOn.description), .text(p.unitID), .text(p.kind.rawValue),
                              .optional(p.closedOn?.description), .optional(p.outcome?.rawValue)])
        }
    }

    private func insertEconomy(_ dataset: Dataset) throws {
        let model = try database.prepare(
            "INSERT OR IGNORE INTO economic_models VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        for (position, m) in dataset.economicModels.enumerated() {
            try model.run([.text(m.id), .text(m.unitID), .text(m.name), .text(m.sector.rawValue),
                           .optional(m.startedOn?.description), .optional(m.scaleUnit), .optional(m.baselineLabel),
                           .optional(m.baselineRevenuePerHa), .integer(position)])
        }
        let result = try database.prepare(
            "INSERT INTO economic_results VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        for r in dataset.economicResults {
            try result.run([.text(r.modelID), .text(r.period.id), .text(r.period.start.description),
                            .text(r.period.end.description), .optional(r.households), .optional(r.areaHa),
                            .optional(r.scaleQuantity), .optional(r.outputTonnes), .real(r.revenue), .real(r.cost)])
        }
        let indicator = try database.prepare("INSERT INTO indicators VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        for (position, i) in dataset.indicators.enumerated() {
            try indicator.run([.text(i.unitID), .text(i.period.id), .text(i.period.start.description),
                               .text(i.period.end.description), .text(i.indicator), .real(i.value),
                               .optional(i.target), .integer(position)])
        }
        let definition = try database.prepare("INSERT OR REPLACE INTO indicator_definitions VALUES (?1, ?2, ?3, ?4, ?5)")
        for (position, d) in dataset.config.allIndicators.enumerated() {
            try definition.run([.text(d.id), .text(d.label), .optional(d.unit), .text(d.better.rawValue),
                                .integer(position)])
        }
    }

    /// Every (ancestor, descendant, depth) pair, walking up from each unit.
    private func insertTree(_ units: [PartyUnit]) throws {
        let pair = try database.prepare("INSERT OR IGNORE INTO unit_tree VALUES (?1, ?2, ?3)")
        for unit in units {
            for (depth, ancestor) in ancestry(of: unit.id).enumerated() {
                try pair.run([.text(ancestor.id), .text(unit.id), .integer(depth)])
            }
        }
    }
}

/// One row of a query's result.
public struct QueryRow: Sendable {
    public let columns: [String]
    public let values: [SQLValue]

    public subscript(index: Int) -> SQLValue { values[index] }

    public subscript(column: String) -> SQLValue {
        columns.firstIndex(of: column).map { values[$0] } ?? .null
    }
}


