internal import ReportModel
internal import SQLiteSupport

/// Checks across rows and tables (SPEC §1.2): duplicate ids, unknown
/// references, the unit tree's shape, repeated targets and impossible
/// membership sequences.
struct DatasetValidator {
    var problems: [Problem] = []
    private(set) var memberships: [MembershipSpan] = []

    /// `whenReplayed` is given the membership spans as soon as the events are
    /// replayed, from a checking thread, while the other checks go on.
    init(_ dataset: Dataset, whenReplayed: (@Sendable ([MembershipSpan]) -> Void)? = nil) {
        let invalidUnits = dataset.idsOfInvalidRows["units"] ?? []
        let unitIDs = TextIndex(Array(checkUnits(dataset, alsoKnown: invalidUnits).union(invalidUnits)))
        var knownIDs = ["units": unitIDs]
        for schema in dataset.schemas where schema.name != "units" && schema.columns.contains(where: { $0.name == "id" }) {
            knownIDs[schema.name] = uniqueIDs(of: schema, in: dataset)
        }
        // A table absent or unreadable has no ids to check references against:
        // its own problem is the one to fix, not thousands of "unknown" echoes.
        for table in knownIDs.keys where !dataset.tablesPresent.contains(table) || dataset.unreadableTables.contains(table) {
            knownIDs[table] = nil
        }
        let references = References(units: knownIDs["units"], members: knownIDs["members"])
        // Independent parts, on every core, the longest taken first. Their problems are joined in
        // one order whatever finished first: the sort for display keeps it within a line.
        let knownTables = knownIDs
        let parts = DatasetLoader.concurrentMap(Part.longestFirst) { part -> DatasetValidator in
            var checks = DatasetValidator()
            switch part {
            case .references:
                checks.checkReferences(dataset, knownIDs: knownTables)
            case .histories:
                let events = dataset.rows[TableSchema.memberEvents.name].map(MemberEventColumns.init)
                checks.checkEvents(dataset, events)
                // A member with a bad event row has a gap in their history: replaying
                // the rest would report consequences of that one row.
                let incomplete = dataset.idsOfInvalidRows["member_events"] ?? []
                if let events {
                    let replay = MembershipReplay(events: events, skippingMembers: incomplete)
                    checks.problems += replay.problems
                    checks.memberships = replay.spans
                    whenReplayed?(replay.spans)
                    checks.checkBirthDates(dataset.rows[TableSchema.members.name], events)
                }
            case .activities:
                checks.checkTargets(dataset.targets)
                checks.checkInspections(dataset.inspections, references)
                checks.checkDisciplines(dataset.disciplines, references)
                checks.checkEconomy(dataset)
            case .ratings:
                checks.checkRatings(dataset, references)
            }
            return checks
        }
        let byPart = Dictionary(uniqueKeysWithValues: zip(Part.longestFirst, parts))
        for part in Part.allCases { problems += byPart[part]!.problems }
        memberships = byPart[.histories]!.memberships
    }

    /// Checks that need none of each other's results, in the order their problems are joined.
    private enum Part: CaseIterable {
        case references, histories, activities, ratings

        /// By their instructions on M: activities (inspections, economy, targets) 0,6 billion,
        /// histories (events, birth dates, the replay) 0,5, ratings 0,5, references 0,1.
        static let longestFirst: [Part] = [.activities, .histories, .ratings, .references]
    }

    private init() {}

    /// Reports repeated values of `schema`'s `id` column; returns the ids, those of rows left out included.
    private mutating func uniqueIDs(of schema: TableSchema, in dataset: Dataset) -> TextIndex {
        let position = schema.position(of: "id")
        let invalid = dataset.idsOfInvalidRows[schema.name] ?? []
        // Coded ids: a repetition is a code seen before, and the ids are the distinct texts.
        if let declared = dataset.rows[schema.name], let ids = declared.column(position).codedTexts {
            var firstRow = [Int32](repeating: -1, count: ids.texts.count)
            for (row, code) in ids.codes.enumerated() where code >= 0 {
                guard firstRow[Int(code)] >= 0 else {
                    firstRow[Int(code)] = Int32(row)
                    continue
                }
                problems.append(Self.duplicate(ids.texts[Int(code)], of: schema.rowNoun, at: declared.source(row),
                                               firstAt: declared.source(Int(firstRow[Int(code)]))))
            }
            return TextIndex(ids.texts + invalid)
        }
        var rows: [(String, SourceLocation)] = []
        dataset.forEachValue(of: schema.name, at: position) { value, source in
            if case .text(let id) = value { rows.append((id, source)) }
        }
        return TextIndex(Array(uniqueIDs(rows, table: schema.rowNoun).union(invalid)))
    }

    /// Every declared reference (`references: units`) to an id its table lacks;
    /// `knownIDs[table]` nil: that table's references are not checked.
    private mutating func checkReferences(_ dataset: Dataset, knownIDs: [String: TextIndex]) {
        for schema in dataset.schemas where schema.name != "units" {   // units' parents: checkUnits
            let checked = schema.columns.enumerated().compactMap { position, column in
                column.references.flatMap { table in knownIDs[table].map { (position, column.name, table, $0) } }
            }
            var unknown: [Problem] = []
            for (position, column, table, known) in checked {
                let noun = dataset.schemas.first { $0.name == table }?.rowNoun ?? .verbatim(table)
                // A table read as declared rows has its texts coded: each distinct id is looked up once.
                if let declared = dataset.rows[schema.name], let ids = declared.column(position).codedTexts {
                    let isKnown = ids.texts.map(known.contains)
                    for (row, code) in ids.codes.enumerated() where code >= 0 && !isKnown[Int(code)] {
                        unknown.append(Problem(at: declared.source(row), column: column,
                                               message: Message("unknown \(noun) \"\(ids.texts[Int(code)])\"")))
                    }
                    continue
                }
                // Rows often name the id of the row above (a member's events): one lookup for them.
                var last: (id: String, known: Bool)?
                dataset.forEachValue(of: schema.name, at: position) { value, source in
                    guard case .text(let id) = value else { return }
                    if last?.id != id { last = (id, known.contains(id)) }
                    guard last?.known == false else { return }
                    unknown.append(Problem(at: source, column: column, message: Message("unknown \(noun) \"\(id)\"")))
                }
            }
            // Row by row, as a reader fixes them: the sort for display keeps this order within a line.
            problems += unknown.sorted { $0.line ?? 0 < $1.line ?? 0 }
        }
    }

    /// Reports repeated ids at every repetition; returns the set of ids.
    mutating func uniqueIDs(_ rows: [(String, SourceLocation)], table: Message) -> Set<String> {
        var ids: Set<String> = []
        ids.reserveCapacity(rows.count)
        // Where each id first is: rarely needed, so made at the first repetition.
        var firstAt: [String: SourceLocation]?
        for (id, source) in rows where !ids.insert(id).inserted {
            if firstAt == nil {
                firstAt = Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
            }
            problems.append(Self.duplicate(id, of: table, at: source, firstAt: firstAt![id]!))
        }
        return ids
    }

    /// The id `id` of a `noun` (member, unit…) given again at `source`.
    private static func duplicate(_ id: String, of noun: Message, at source: SourceLocation,
                                  firstAt first: SourceLocation) -> Problem {
        Problem(at: source, column: "id", message: Message("duplicate \(noun) id \"\(id)\" (first at \(first))"))
    }

    private mutating func checkUnits(_ dataset: Dataset, alsoKnown: Set<String>) -> Set<String> {
        let units = dataset.units
        let ids = uniqueIDs(units.map { ($0.id, $0.source) }, table: Message("unit"))
        if units.isEmpty, dataset.tablesPresent.contains("units"), !dataset.unreadableTables.contains("units"),
           alsoKnown.isEmpty {
            problems.append(Problem(file: "units.csv", line: nil, message:
                Message("no units: a dataset needs its root unit")))
        }
        var parent: [String: String] = [:]
        for unit in units {
            guard let parentID = unit.parentID else { continue }
            if parentID == unit.id {
                problems.append(Problem(at: unit.source, column: "parent_id", message:
                    Message("unit \(unit.id) is its own parent")))
            } else if !ids.contains(parentID), !alsoKnown.contains(parentID) {
                problems.append(Problem(at: unit.source, column: "parent_id", message:
                    Message("unknown unit \"\(parentID)\"")))
            } else if parent[unit.id] == nil {
                parent[unit.id] = parentID
            }
        }
        let roots = units.filter { $0.parentID == nil }
        if units.isEmpty == false, roots.isEmpty {
            problems.append(Problem(file: units[0].source.file, line: nil,
                                    message:
                                        Message("no root unit: every unit has a parent_id; the root's must be empty")))
        }
        for extra in roots.dropFirst() {
            problems.append(Problem(at: extra.source, column: "parent_id",
                                    message: Message("more than one root unit: \(extra.id) and \(roots[0].id) (at "
                                                   + "\(roots[0].source)) both have no parent")))
        }
        // A cycle: following parents comes back to a unit on the same walk.
        // Each unit is walked once (finished units end a walk), so this is linear.
        var finished: Set<String> = []
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for unit in units where !finished.contains(unit.id) {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current: String? = unit.id
            while let id = current, !finished.contains(id) {
                if let start = onPath[id] {
                    let cycle = Array(path[start...])
                    let first = byID[cycle[0]]!
                    problems.append(Problem(at: first.source, column: "parent_id",
                                            message: Message("the unit tree has a cycle: "
                                                           + "\((cycle + [cycle[0]]).joined(separator: " → "))")))
                    break
                }
                onPath[id] = path.count
                path.append(id)
                current = parent[id]
            }
            finished.formUnion(path)
        }
        return ids
    }

    /// Members without events count nowhere: a warning.
    private mutating func checkEvents(_ dataset: Dataset, _ events: MemberEventColumns?) {
        guard !dataset.unreadableTables.contains("member_events"), let members = dataset.rows[TableSchema.members.name],
              let ids = members.column(TableSchema.members.position(of: "id")).codedTexts else { return }
        var heldIDs = Array(dataset.idsOfInvalidRows["member_events"] ?? [])
        if let events {
            var held = [Bool](repeating: false, count: events.memberIDs.count)
            for member in events.members where member >= 0 { held[Int(member)] = true }
            for (code, id) in events.memberIDs.enumerated() where held[code] { heldIDs.append(id) }
        }
        let withEvents = TextIndex(heldIDs)
        let eventless = ids.texts.map { !withEvents.contains($0) }   // one lookup per member, not per row
        for (row, code) in ids.codes.enumerated() where code >= 0 && eventless[Int(code)] {
            problems.append(Problem(.warning, at: members.source(row), column: "id", message:
                Message("member \(ids.texts[Int(code)]) has no events in member_events and counts nowhere")))
        }
    }

    private mutating func checkTargets(_ targets: [Target]) {
        var first: [String: SourceLocation] = [:]
        for target in targets {
            let key = "\(target.unitID)|\(target.year)|\(target.metric)"
            if let earlier = first[key] {
                problems.append(Problem(at: target.source, column: "value",
                                        message: Message("target \(target.metric) for unit \(target.unitID) in "
                                                       + "\(target.year) given twice (first at \(earlier))")))
            } else {
                first[key] = target.source
            }
        }
    }

    /// A member's events cannot come before their birth: reported at the first such event of each member.
    private mutating func checkBirthDates(_ members: DeclaredRows?, _ events: MemberEventColumns) {
        let schema = TableSchema.members
        guard let members, let ids = members.column(schema.position(of: "id")).codedTexts,
              case .days(let births) = members.column(schema.position(of: "birth_date")).values else { return }
        // Each member's birth as their first row gives it.
        var birthOfID = [Day?](repeating: nil, count: ids.texts.count)
        for (row, code) in ids.codes.enumerated() where code >= 0 && birthOfID[Int(code)] == nil {
            birthOfID[Int(code)] = births[row]
        }
        let codeOfID = TextIndex(ids.texts)   // distinct: positions are the codes
        assert(codeOfID.count == ids.texts.count, "a coded column's texts are distinct")
        let birthOfCode = events.memberIDs.map { codeOfID.position(of: $0).flatMap { birthOfID[$0] } }   // per member
        var reported = [Bool](repeating: false, count: events.memberIDs.count)
        for (row, member) in events.members.enumerated() where member >= 0 {
            guard let birth = birthOfCode[Int(member)], let day = events.dates[row], day < birth,
                  !reported[Int(member)] else { continue }
            reported[Int(member)] = true
            problems.append(Problem(at: events.source(row), column: "date", message:
                Message("member \(events.memberIDs[Int(member)]) was born on \(birth), after this event")))
        }
    }
}
