internal import DatasetReaders
internal import SQLiteSupport
internal import ReportModel

/// The store's tables (`baocao.store/1`, docs/store.md). Each dataset table —
/// SPEC's and plugins' — is generated from its declaration: a column per
/// declared column, named alike, typed text → TEXT, integer → INTEGER,
/// number → REAL, date → TEXT `YYYY-MM-DD`, bool → INTEGER 0/1, choice → TEXT
/// (the id), period → `NAME` (the id) plus `NAME_start` and `NAME_end`; then
/// the columns the store derives for SQL's convenience. Three tables are the
/// store's own: `unit_tree`, `memberships`, `indicator_definitions`.
///
/// Every table but `indicator_definitions` is a column table
/// (`SQLiteColumnTable`): SQL reads it where it lies in memory.
enum StoreSchema {
    /// An INTEGER column the store adds to a dataset table: its value for each of the rows at `positions`.
    struct DerivedColumn: Sendable {
        let name: String
        let values: @Sendable (_ dataset: Dataset, _ positions: [Int]) -> [Int?]
    }

    /// File order, which is the display order of siblings and of models.
    private static let position = DerivedColumn(name: "position") { _, positions in positions }

    /// A member's flag, worked out once per distinct text of the column it
    /// comes from (ethnicity, religion): the column is kept coded.
    private static func memberFlag(_ name: String, of column: String,
                                   _ flag: @escaping @Sendable (String?) -> Bool) -> DerivedColumn {
        DerivedColumn(name: name) { dataset, positions in
            let values = dataset.values(of: TableSchema.members, at: TableSchema.members.position(of: column))
            guard case .texts(let texts) = values.values else { return positions.map { _ in flag(nil) ? 1 : 0 } }
            let flagOfCode = texts.texts.map { flag($0) ? 1 : 0 }, flagOfNone = flag(nil) ? 1 : 0
            return positions.map { texts.codes[$0] < 0 ? flagOfNone : flagOfCode[Int(texts.codes[$0])] }
        }
    }

    static let derived: [String: [DerivedColumn]] = [
        "units": [position],
        "members": [
            memberFlag("ethnic_minority", of: "ethnicity", Member.isEthnicMinority),
            memberFlag("religious", of: "religion", Member.isReligious),
        ],
        // Same-day events apply in file order.
        "member_events": [
            DerivedColumn(name: "seq") { dataset, positions in
                let sequence = dataset.rows["member_events"]?.positions ?? []
                return positions.map { Int(sequence[$0]) }
            },
        ],
        "economic_models": [position],
        "indicators": [position],
    ]

    /// A declared column's values as the store keeps them: one column, or three for a period.
    static func storeColumns(_ column: TableSchema.Column, _ values: DeclaredColumn)
        -> [(name: String, values: SQLiteColumnTable.Values)] {
        switch values.values {
        case .texts(let texts), .choices(let texts): [(column.name, .coded(texts))]
        case .integers(let numbers): [(column.name, .integers(numbers))]
        case .bools(let flags): [(column.name, .integers(flags.map { $0.map { $0 ? 1 : 0 } }))]
        case .numbers(let numbers): [(column.name, .reals(numbers))]
        case .days(let days): [(column.name, .days(days))]
        case .periods(let periods):
            [(column.name, .texts(periods.map { $0?.id })), (column.name + "_start", .days(periods.map { $0?.start })),
             (column.name + "_end", .days(periods.map { $0?.end }))]
        }
    }

    /// The one SQLite table of the store: the indicators' definitions.
    static let ownTables = """
        -- The built-in indicators and those declared in dataset.yaml; better is 'higher' or 'lower'.
        CREATE TABLE indicator_definitions (
            id TEXT PRIMARY KEY, label TEXT NOT NULL, unit TEXT, better TEXT NOT NULL, position INTEGER NOT NULL
        );
        """

    /// Each table's indexes: a column table keeps its rows in the order of
    /// each, which its lookups search (docs/store.md, "Indexes").
    static let indexes: [String: [[String]]] = [
        "unit_tree": [["ancestor_id", "descendant_id"], ["descendant_id", "ancestor_id"]],
        "memberships": [["unit_id", "start_date"]],
        "member_events": [["unit_id", "type", "date"], ["type", "date"]],
        "targets": [["unit_id", "year", "metric"]],
        "inspections": [["started_on"], ["unit_id", "started_on"]],
        "disciplines": [["unit_id", "decided_on"]],
        "petitions": [["unit_id"]],
        "economic_models": [["unit_id"]],
        "economic_results": [["model_id", "period_end"]],
        "indicators": [["unit_id", "indicator", "period"]],
        // The subject first: its rows are found without a search, the type and year among a few.
        "ratings": [["subject_id", "subject_type", "year"]],
        "meetings": [["unit_id", "date"]],
    ]

    /// A dataset table's indexes: its `id` first, when it has one.
    static func columnIndexes(of schema: TableSchema) -> [[String]] {
        let key = schema.columns.contains { $0.name == "id" } ? [["id"]] : []
        return key + (indexes[schema.name] ?? [])
    }
}
