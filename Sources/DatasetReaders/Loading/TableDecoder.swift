internal import ReportModel

/// Turns one table's records, as they are read, into the dataset's columns
/// (or, for units, typed rows): finds the header, then decodes each record
/// after it and lets it go. Problems of the header and of every row are collected.
struct TableDecoder {
    private let schema: TableSchema
    private let kind: Kind
    private let location: String
    private let numberLocale: NumberLocale
    private var headerSearch: HeaderSearch
    private var table: MappedTable?
    private(set) var problems: [Problem] = []
    /// Records after the header, decoded or not.
    private(set) var rowCount = 0
    /// One row's values: a row made into a typed row and let go leaves it free for the next.
    private var buffer: [FieldValue?] = []
    /// The rows kept as declared values (tables no Swift type keeps whole), until `finish`.
    private var kept: DeclaredRows.Builder?
    /// The size of the table's file (0: none), and the bytes of its first
    /// records: from them, room for all its rows is made at once, not by
    /// doubling and copying a million rows' arrays as they grow.
    private let byteCount: Int
    private var sampledBytes = 0
    private static let sampledRows = 256

    init(schema: TableSchema, location: String, numberLocale: NumberLocale, byteCount: Int = 0) {
        self.schema = schema
        kind = Kind(schema.name)
        self.location = location
        self.numberLocale = numberLocale
        self.byteCount = byteCount
        headerSearch = HeaderSearch(schema: schema)
    }

    /// Whether the header names every required column; rows are decoded only then.
    var hasRequiredColumns: Bool { table?.hasRequiredColumns ?? false }

    mutating func take(_ record: SourceRecord, into dataset: inout Dataset) {
        if let table {
            decode(record, of: table, into: &dataset)
        } else if let (header, following) = headerSearch.offer(record) {
            start(header: header, following: following, into: &dataset)
        }
    }

    /// At the end of the table: a table shorter than the header search still has its header.
    /// The rows kept as declared values are put in `dataset` only then.
    mutating func finish(into dataset: inout Dataset) {
        if table == nil {
            if let (header, following) = headerSearch.finish() {
                start(header: header, following: following, into: &dataset)
            } else {
                problems.append(Problem(file: location, line: 1, message:
                    Message("the table is empty; expected a header row")))
            }
        }
        if let kept { dataset.rows[schema.name] = kept.finish() }
        kept = nil
    }

    private mutating func start(header: SourceRecord, following: [SourceRecord], into dataset: inout Dataset) {
        let (mapped, headerProblems) = MappedTable.map(header: header, schema: schema, file: location)
        table = mapped
        problems += headerProblems
        for record in following { decode(record, of: mapped, into: &dataset) }
    }

    private mutating func decode(_ record: SourceRecord, of table: MappedTable, into dataset: inout Dataset) {
        let sequence = rowCount
        rowCount += 1
        guard table.hasRequiredColumns else { return }
        if rowCount <= Self.sampledRows, byteCount > 0 { sample(record, into: &dataset) }
        var reader = RowReader(table: table, record: record, numberLocale: numberLocale)
        if record.fields.count > table.headerCount, record.fields[table.headerCount...].contains(where: { !$0.isEmpty }) {
            reader.report(nil, Message("\(record.fields.count) fields, but the header has \(table.headerCount); a "
                                     + "value holding the delimiter must be quoted"))
        }
        let checks = kind.keepsDeclaredValues
            ? keepDeclared(&reader, position: sequence) : decodeTyped(&reader, sequence: sequence, into: &dataset)
        let problems = checks.problems
        guard !problems.isEmpty else { return }
        if let id = reader.optional(Self.idColumn[schema.name] ?? "id") {
            dataset.idsOfInvalidRows[schema.name, default: []].insert(id)
        }
        self.problems += problems
    }

    /// Decodes a row into a typed row (a unit, a target, a discipline…) to
    /// check it; kept when it has no problem, a unit as such, any other as its values.
    private mutating func decodeTyped(_ reader: inout RowReader, sequence: Int,
                                      into dataset: inout Dataset) -> RowChecks {
        let row = reader.decode(into: &buffer)
        // A bad cell's problem is already the row's: no typed row is made from what is left.
        var checks = RowChecks(row.source, problems: reader.takeProblems())
        switch kind {
        case .units: PartyUnit(row, &checks).map { dataset.units.append($0) }
        case .targets: keep(Target(row, &checks), row, position: sequence, checks)
        case .disciplines: keep(Discipline(row, &checks), row, position: sequence, checks)
        case .economicModels: keep(EconomicModel(row, &checks), row, position: sequence, checks)
        case .memberEvents, .meetings, .petitions, .declared: preconditionFailure("\(kind) rows are kept as declared values")
        }
        return checks
    }

    /// Reads a row straight into the kept declared rows: the largest tables
    /// (events, ratings, meetings) make no row of values first. A row with a
    /// problem is dropped. `position`: the record's among the table's.
    private mutating func keepDeclared(_ reader: inout RowReader, position: Int) -> RowChecks {
        if kept == nil { kept = DeclaredRows.Builder(file: location, columns: schema.columns) }
        reader.decode(appendingTo: &kept!)
        var checks = RowChecks(reader.location, problems: reader.takeProblems())
        if kind == .meetings, let total = kept!.pendingInteger(Self.membersTotal),
           let present = kept!.pendingInteger(Self.membersPresent), present > total {
            // More members present than the branch has is a typing slip.
            checks.report("members_present",
                          Message("\(present) members present, more than the \(total) of members_total"))
        }
        if kind == .petitions {
            Petition.check(closedGiven: reader.optional("closed_on") != nil,
                           outcomeGiven: reader.optional("outcome") != nil,
                           received: kept!.pendingDay(Self.receivedOn), closed: kept!.pendingDay(Self.closedOn), &checks)
        }
        if kind == .memberEvents {
            let type = kept!.pendingChoice(Self.eventType).map { Self.eventTypes[$0] }
            let statusGiven = kept!.pendingHasValue(Self.status)
            MemberEvent.check(type: type, fromGiven: kept!.pendingHasValue(Self.fromUnitID),
                              statusGiven: statusGiven, &checks)
            // An arrival whose status is not said arrives official: the store says so (docs/store.md).
            if type == .transferredIn, !statusGiven {
                kept!.replacePending(.choice(MembershipStatus.official.rawValue), in: Self.status)
            }
        }
        if checks.problems.isEmpty {
            kept!.commitRow(line: reader.record.line, position: position)
        } else {
            kept!.discardRow()
        }
        return checks
    }

    /// Counts a first record's bytes; after the last of them, makes room for
    /// as many rows as the file's size suggests (a sixteenth more, at most a
    /// row per 16 bytes of the file).
    private mutating func sample(_ record: SourceRecord, into dataset: inout Dataset) {
        sampledBytes += record.fields.reduce(record.fields.count) { $0 + $1.utf8.count }   // a delimiter or newline each
        guard rowCount == Self.sampledRows, sampledBytes > 0 else { return }
        let expected = byteCount / max(sampledBytes / Self.sampledRows, 1)
        // Never more than a row per 16 bytes: short first records must not reserve for a table ten times its size.
        let room = min(expected + expected / 16, byteCount / 16)
        switch kind {
        case .units: dataset.units.reserveCapacity(room)
        default:
            kept = kept ?? DeclaredRows.Builder(file: location, columns: schema.columns)
            kept?.reserveCapacity(room)
        }
    }

    /// Keeps a generic row when its cells and its typed form (if any) are good.
    private mutating func keep<T>(_ typed: T?, _ row: TableRow, position: Int, _ checks: RowChecks) {
        guard typed != nil, checks.problems.isEmpty else { return }
        if kept == nil { kept = DeclaredRows.Builder(file: location, columns: schema.columns) }
        kept?.append(row.values, line: row.source.line, position: position)
    }

    private static let membersTotal = TableSchema.meetings.position(of: "members_total")
    private static let membersPresent = TableSchema.meetings.position(of: "members_present")
    private static let eventType = TableSchema.memberEvents.position(of: "type")
    private static let fromUnitID = TableSchema.memberEvents.position(of: "from_unit_id")
    private static let status = TableSchema.memberEvents.position(of: "status")
    private static let receivedOn = TableSchema.petitions.position(of: "received_on")
    private static let closedOn = TableSchema.petitions.position(of: "closed_on")
    /// The event types in the order of the type column's choices.
    private static let eventTypes: [EventType] = {
        guard case .choice(let choices) = TableSchema.memberEvents.columns[eventType].type else { return [] }
        return choices.values.map { EventType(rawValue: $0.id)! }
    }()

    /// How a table's rows are read and checked: only tables with rules across
    /// cells, or typed rows of their own, are named here (members,
    /// inspections, indicators and economic results have neither: their typed
    /// rows need nothing their declarations do not say). Told once per table,
    /// not by comparing its name on every row.
    private enum Kind {
        case units, memberEvents, targets, disciplines, petitions, economicModels, meetings
        /// No Swift type: the declared values are kept as they are.
        case declared

        /// Rows read straight into their columns, with no typed row made
        /// (their rules across cells, if any, read the pending row's cells).
        var keepsDeclaredValues: Bool {
            self == .memberEvents || self == .meetings || self == .petitions || self == .declared
        }

        init(_ table: String) {
            let named: [String: Kind] = [
                TableSchema.units.name: .units, TableSchema.memberEvents.name: .memberEvents,
                TableSchema.targets.name: .targets, TableSchema.disciplines.name: .disciplines,
                TableSchema.petitions.name: .petitions, TableSchema.economicModels.name: .economicModels,
                TableSchema.meetings.name: .meetings,
            ]
            self = named[table] ?? .declared
        }
    }

    /// The column naming what a bad row's problems are about, when it is not `id`.
    private static let idColumn = ["member_events": "member_id", "economic_results": "model_id"]
}
