public import DatasetReaders
public import SQLiteSupport
internal import ReportModel
internal import Foundation
internal import Dispatch
internal import Synchronization

/// The embedded store plugins query: the dataset's tables in an in-memory
/// SQLite database, plus `unit_tree` (every ancestor/descendant pair, depth 0
/// for a unit and itself) and `memberships` (who was in which branch when).
/// They are column tables (`SQLiteColumnTable`): SQL reads the loaded columns
/// where they lie, nothing is copied in row by row.
///
/// Dates are ISO text (`2024-06-30`), so they compare as text. After loading
/// the database is read-only (`PRAGMA query_only`). Not `Sendable`: one report
/// run uses one store on one thread. The tables are generated from the
/// dataset's declarations (`StoreSchema`) and documented, as a public SQL API,
/// in docs/store.md.
public final class DatasetStore {
    /// The version of the store's tables and columns that plugins' SQL may rely on.
    public static let formatID = "baocao.store/1"

    public let config: DatasetConfig
    /// Units in file order, which is the display order of siblings.
    public let units: [PartyUnit]
    public let tablesPresent: Set<String>
    private let unitsByID: [String: PartyUnit]
    private let childrenByID: [String: [PartyUnit]]
    private let database: SQLiteDatabase
    /// The in-memory database's name, by which read-only connections open it.
    let databaseName: String
    /// The tables SQL reads as columns; every connection to the store attaches them.
    let columnTables: [SQLiteColumnTable]
    private var statements: [String: SQLiteStatement] = [:]
    /// The read-only connection plugins' SQL runs on, opened when first needed.
    var openedSandbox: StoreSandbox?

    /// Loads a valid dataset. Rows with problems were already left out by the loader.
    public convenience init(_ loaded: DatasetLoader.Result) throws {
        let builder = try Builder()
        for schema in loaded.dataset.schemas where loaded.dataset.tablesPresent.contains(schema.name) {
            builder.add(schema, from: loaded.dataset)
        }
        try self.init(completing: builder, with: loaded)
    }

    /// The store of `builder`'s tables, completed with the tree, the memberships
    /// and the indicator definitions of `loaded`.
    public init(completing builder: Builder, with loaded: DatasetLoader.Result) throws {
        let dataset = loaded.dataset
        config = dataset.config
        units = dataset.units
        tablesPresent = dataset.tablesPresent
        unitsByID = Dictionary(dataset.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        childrenByID = Dictionary(grouping: dataset.units.filter { $0.parentID != nil }, by: { $0.parentID! })
        // The store's own tables first, side by side, while the builder may still be
        // making the dataset's (and the memberships table, when it was handed the spans).
        let unitsByID = unitsByID
        let ownTables = DatasetLoader.concurrentMap([true, false]) { isTree in
            isTree ? Self.unitTree(dataset.units, unitsByID: unitsByID) : builder.memberships(of: loaded.memberships)
        }
        let datasetTables: [SQLiteColumnTable]
        (database, databaseName, datasetTables) = builder.finish(schemas: dataset.schemas)
        columnTables = datasetTables + ownTables
        try database.attach(columnTables)
        for table in columnTables { try database.createVirtualTable(table) }
        try database.inTransaction { try insert(indicators: dataset.config.allIndicators) }
        try database.execute("PRAGMA query_only = ON;")
    }

    /// Another view of this store for another thread: the same tables, read
    /// through a read-only connection of its own (the store is a shared
    /// in-memory database, so nothing is copied). Each view is used on one thread.
    public func reader() throws -> DatasetStore {
        try DatasetStore(viewOf: self)
    }

    private init(viewOf store: DatasetStore) throws {
        config = store.config
        units = store.units
        tablesPresent = store.tablesPresent
        unitsByID = store.unitsByID
        childrenByID = store.childrenByID
        databaseName = store.databaseName
        columnTables = store.columnTables
        database = try SQLiteDatabase(readingMemoryNamed: store.databaseName)
        try database.attach(columnTables)
    }

    /// Puts a dataset's tables in a new store as they are read — on a thread
    /// of its own, so that a large dataset is stored while the rest of it is
    /// still being read and checked. `DatasetStore(completing:with:)` completes
    /// it once loading is done; a dataset found invalid simply drops it.
    public final class Builder: Sendable {
        /// Tables are made side by side, as many at once as there are cores:
        /// those still to make when loading ends are not left to one thread.
        private let queue = DispatchQueue(label: "baocao.store-builder", attributes: .concurrent)
        private let adding = DispatchGroup()
        // Used by `finish`'s thread only, after every table added is made.
        nonisolated(unsafe) private let database: SQLiteDatabase
        private let name = "baocao-store-\(UUID().uuidString)"
        private let tables = Mutex<[String: SQLiteColumnTable]>([:])
        /// Whether `addMemberships` was called, and the table it made.
        private let membershipsAdded = Mutex(false)
        private let membershipsTable = Mutex<(spans: [MembershipSpan], table: SQLiteColumnTable)?>(nil)

        public init() throws {
            database = try SQLiteDatabase(memoryNamed: name)
            try database.execute(StoreSchema.ownTables)
        }

        /// Makes the column table of `schema` from the rows of it that `rows`
        /// holds, later, on a thread of the builder's. Safe to call from any
        /// thread; a table added twice is made once.
        public func add(_ schema: TableSchema, from rows: Dataset) {
            queue.async(group: adding) { [self] in
                guard tables.withLock({ $0[schema.name] == nil }) else { return }
                let table = Self.columnTable(schema, from: rows)
                tables.withLock { made in made[schema.name] = made[schema.name] ?? table }
            }
        }

        /// Makes the memberships table of `spans`, later, on a thread of the
        /// builder's: the rest of the dataset is still being checked.
        public func addMemberships(_ spans: [MembershipSpan]) {
            membershipsAdded.withLock { $0 = true }
            queue.async(group: adding) { [self] in
                let table = DatasetStore.memberships(spans)
                membershipsTable.withLock { $0 = (spans, table) }
            }
        }

        /// The memberships table of `spans`: the one `addMemberships` made, or made now.
        func memberships(of spans: [MembershipSpan]) -> SQLiteColumnTable {
            if membershipsAdded.withLock({ $0 }) { adding.wait() }
            // Taken, so that the builder holds the spans no longer than the loaded dataset does.
            let made = membershipsTable.withLock { $0.take() }
            return made.flatMap { $0.spans == spans ? $0.table : nil } ?? DatasetStore.memberships(spans)
        }

        /// Waits for every table added and makes those of `schemas` that were
        /// not (empty: plugins may still name them).
        func finish(schemas: [TableSchema]) -> (SQLiteDatabase, String, [SQLiteColumnTable]) {
            adding.wait()
            let made = tables.withLock { made in
                schemas.map { schema in made[schema.name] ?? Self.columnTable(schema, from: Dataset()) }
            }
            return (database, name, made)
        }

        /// `schema`'s rows as columns, read a column at a time. A repeated
        /// id was reported by validation; the first row is the one kept, as a key would.
        private static func columnTable(_ schema: TableSchema, from dataset: Dataset) -> SQLiteColumnTable {
            let table = schema.name
            let values = schema.columns.indices.map { dataset.values(of: schema, at: $0) }
            var kept = [Bool](repeating: true, count: dataset.rowCount(of: table))
            if let id = schema.columns.firstIndex(where: { $0.name == "id" }) {
                markRepeats(values[id], in: &kept)
            }
            let allKept = !kept.contains(false)
            let positions = kept.indices.filter { kept[$0] }
            var columns: [(name: String, values: SQLiteColumnTable.Values)] = []
            for (position, column) in schema.columns.enumerated() {
                let keptValues = allKept ? values[position] : values[position].keeping(positions)
                columns += StoreSchema.storeColumns(column, keptValues)
            }
            for column in StoreSchema.derived[table] ?? [] {
                columns.append((column.name, .integers(column.values(dataset, positions))))
            }
            return SQLiteColumnTable(name: table, columns: columns, indexes: StoreSchema.columnIndexes(of: schema))
        }

        /// Marks every row whose id an earlier row has: coded texts by their codes, anything else by value.
        private static func markRepeats(_ ids: DeclaredColumn, in kept: inout [Bool]) {
            if case .texts(let texts) = ids.values {
                var seen = [Bool](repeating: false, count: texts.texts.count)
                for (row, code) in texts.codes.enumerated() where code >= 0 {
                    if seen[Int(code)] { kept[row] = false } else { seen[Int(code)] = true }
                }
                return
            }
            var seen: Set<FieldValue> = []
            for row in ids.indices {
                if let id = ids[row], !seen.insert(id).inserted { kept[row] = false }
            }
        }
    }

    // MARK: The unit tree

    public func unit(_ id: String) -> PartyUnit? { unitsByID[id] }

    /// Direct children in file order.
    public func children(of id: String) -> [PartyUnit] { childrenByID[id] ?? [] }

    public var root: PartyUnit? { units.first { $0.parentID == nil } }

    /// The unit `id` and its ancestors, nearest first.
    public func ancestry(of id: String) -> [PartyUnit] { Self.ancestry(of: id, in: unitsByID) }

    private static func ancestry(of id: String, in unitsByID: [String: PartyUnit]) -> [PartyUnit] {
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

    /// The column table `name` as the store keeps it, for Swift code that
    /// counts over a whole table (member growth's counts for every unit);
    /// plugins' SQL reads the same table.
    public func columnTable(_ name: String) -> SQLiteColumnTable? {
        columnTables.first { $0.name == name }
    }

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

    /// Runs a read-only query and hands each row to `row` as it is stepped,
    /// keeping none: for results too large to hold as `QueryRow`s.
    public func scan(_ sql: String, _ parameters: [SQLValue] = [], row: (SQLiteStatement) throws -> Void) throws {
        let statement = try prepared(sql)
        try statement.bind(parameters)
        while try statement.step() { try row(statement) }
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

    // MARK: The schema

    /// Every table of the store and its columns, as SQLite reports them (`PRAGMA table_info`):
    /// what docs/store.md documents.
    public func tables() throws -> [StoreTable] {
        let names = try database.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        var tables: [StoreTable] = []
        while try names.step() {
            guard let name = names.value(at: 0).string else { continue }
            let info = try database.prepare("SELECT name, type FROM pragma_table_info(?1) ORDER BY cid")
            try info.bind([.text(name)])
            var columns: [StoreTable.Column] = []
            while try info.step() {
                columns.append(StoreTable.Column(name: info.value(at: 0).string ?? "", type: info.value(at: 1).string ?? ""))
            }
            tables.append(StoreTable(name: name, columns: columns))
        }
        return tables
    }

    // MARK: Loading

    private func insert(indicators: [IndicatorDefinition]) throws {
        let definition = try database.prepare("INSERT OR REPLACE INTO indicator_definitions VALUES (?1, ?2, ?3, ?4, ?5)")
        for (position, d) in indicators.enumerated() {
            try definition.run([.text(d.id), .text(d.label), .optional(d.unit), .text(d.better.rawValue),
                                .integer(position)])
        }
    }

    /// A member is in unit_id, with that status, on every day D where
    /// start_date <= D < end_date (end_date NULL: still there).
    fileprivate static func memberships(_ spans: [MembershipSpan]) -> SQLiteColumnTable {
        SQLiteColumnTable(name: "memberships", columns: [
            ("member_id", .texts(spans.map(\.memberID))),
            ("unit_id", .texts(spans.map(\.unitID))),
            ("start_date", .days(spans.map(\.from))),
            ("end_date", .days(spans.map(\.to))),
            ("probationary", .integers(spans.map { $0.probationary ? 1 : 0 })),
        ], indexes: StoreSchema.indexes["memberships"]!)
    }

    /// Every (ancestor, descendant, depth) pair, a unit with itself at depth 0, walking up from each unit.
    private static func unitTree(_ units: [PartyUnit], unitsByID: [String: PartyUnit]) -> SQLiteColumnTable {
        var ancestors: [String?] = [], descendants: [String?] = [], depths: [Int?] = []
        var seen: Set<String> = []
        for unit in units where seen.insert(unit.id).inserted {
            for (depth, ancestor) in ancestry(of: unit.id, in: unitsByID).enumerated() {
                ancestors.append(ancestor.id)
                descendants.append(unit.id)
                depths.append(depth)
            }
        }
        return SQLiteColumnTable(name: "unit_tree", columns: [
            ("ancestor_id", .texts(ancestors)), ("descendant_id", .texts(descendants)), ("depth", .integers(depths)),
        ], indexes: StoreSchema.indexes["unit_tree"]!)
    }
}

/// A table of the store and its columns.
public struct StoreTable: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public let name: String
        /// The declared SQL type: `TEXT`, `INTEGER`, `REAL`.
        public let type: String
    }

    public let name: String
    public let columns: [Column]
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


