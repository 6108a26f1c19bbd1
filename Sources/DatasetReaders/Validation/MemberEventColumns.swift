internal import ReportModel
internal import SQLiteSupport

/// The membership events as the loader keeps them — a column per declared
/// column, texts coded — typed for the checks that replay them: members and
/// branches by their codes (one numbering of ids: no hashing per event),
/// types and statuses decoded once per distinct value.
struct MemberEventColumns {
    private let rows: DeclaredRows
    /// Each event's member, by code (-1: none); `memberIDs[code]` is the id.
    let members: [Int32]
    let memberIDs: [String]
    /// Each event's branch, by code (-1: none); `unitIDs[code]` is the id.
    let units: [Int32]
    let unitIDs: [String]
    /// For a move, the branch left, by its code among `unitIDs`: -1 when the
    /// cell is empty, -2 when no event's `unit_id` names that branch.
    let fromUnits: [Int32]
    let dates: [Day?]
    let types: [EventType?]
    let statuses: [MembershipStatus?]
    private let fromTexts: CodedTexts

    init(_ rows: DeclaredRows) {
        self.rows = rows
        let schema = TableSchema.memberEvents
        let members = Self.texts(rows, schema.position(of: "member_id"))
        let units = Self.texts(rows, schema.position(of: "unit_id"))
        fromTexts = Self.texts(rows, schema.position(of: "from_unit_id"))
        self.members = members.codes
        memberIDs = members.texts
        self.units = units.codes
        unitIDs = units.texts
        // The branch left, in the numbering of the branches joined: one lookup per distinct text.
        let unitCode = Dictionary(units.texts.enumerated().map { ($1, Int32($0)) },
                                  uniquingKeysWith: { first, _ in first })
        let fromCode = fromTexts.texts.map { unitCode[$0] ?? -2 }
        fromUnits = fromTexts.codes.map { $0 < 0 ? -1 : fromCode[Int($0)] }
        if case .days(let days) = rows.column(schema.position(of: "date")).values { dates = days } else { dates = [] }
        types = Self.decoded(rows, schema.position(of: "type"))
        statuses = Self.decoded(rows, schema.position(of: "status"))
    }

    /// The branch a move left, as its cell says (nil: empty).
    func fromUnitID(_ row: Int) -> String? { fromTexts[row] }

    func source(_ row: Int) -> SourceLocation { rows.source(row) }

    /// Same-day events apply in this order.
    func position(_ row: Int) -> Int32 { rows.positions[row] }

    private static func texts(_ rows: DeclaredRows, _ column: Int) -> CodedTexts {
        switch rows.column(column).values {
        case .texts(let texts), .choices(let texts): texts
        default: preconditionFailure("member_events column \(column) is not text")
        }
    }

    /// A choice column's values as `V`, decoded once per distinct id.
    private static func decoded<V: Vocabulary>(_ rows: DeclaredRows, _ column: Int) -> [V?] {
        let ids = texts(rows, column)
        let values = ids.texts.map { V(rawValue: $0) }
        return ids.codes.map { $0 < 0 ? nil : values[Int($0)] }
    }
}
