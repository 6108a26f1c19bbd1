internal import ReportModel

/// Checks across rows and tables (SPEC §1.2): duplicate ids, unknown
/// references, the unit tree's shape, repeated targets and impossible
/// membership sequences.
struct DatasetValidator {
    var problems: [Problem] = []
    private(set) var memberships: [MembershipSpan] = []

    init(_ dataset: Dataset) {
        let invalidUnits = dataset.idsOfInvalidRows["units"] ?? []
        let unitIDs = checkUnits(dataset, alsoKnown: invalidUnits).union(invalidUnits)
        let memberIDs = uniqueIDs(dataset.members.map { ($0.id, $0.source) }, table: "member")
            .union(dataset.idsOfInvalidRows["members"] ?? [])
        // A table that could not be read has no ids to check references against:
        // its own problem is the one to fix, not thousands of "unknown" echoes.
        let units = dataset.unreadableTables.contains("units") ? nil : unitIDs
        let members = dataset.unreadableTables.contains("members") ? nil : memberIDs
        checkEvents(dataset, unitIDs: units, memberIDs: members)
        checkTargets(dataset.targets, unitIDs: units)
        // A member with a bad event row has a gap in their history: replaying
        // the rest would report consequences of that one row.
        let incomplete = dataset.idsOfInvalidRows["member_events"] ?? []
        let replay = MembershipReplay(events: dataset.events, skippingMembers: incomplete)
        problems += replay.problems
        memberships = replay.spans
        checkBirthDates(dataset)
        let modelIDs = dataset.unreadableTables.contains("economic_models") ? nil
            : uniqueIDs(dataset.economicModels.map { ($0.id, $0.source) }, table: "economic model")
                .union(dataset.idsOfInvalidRows["economic_models"] ?? [])
        // Inspections may name members of a dataset that has no members table: unchecked then.
        let references = References(units: units, members: dataset.tablesPresent.contains("members") ? members : nil,
                                    models: modelIDs)
        checkInspections(dataset.inspections, references)
        checkDisciplines(dataset.disciplines, references)
        checkPetitions(dataset.petitions, references)
        checkEconomy(dataset, references)
    }

    /// Reports repeated ids at every repetition; returns the set of ids.
    mutating func uniqueIDs(_ rows: [(String, SourceLocation)], table: String) -> Set<String> {
        var first: [String: SourceLocation] = [:]
        for (id, source) in rows {
            if let earlier = first[id] {
                problems.append(Problem(at: source, column: "id",
                                        message: "duplicate \(table) id \"\(id)\" (first at \(earlier))"))
            } else {
                first[id] = source
            }
        }
        return Set(first.keys)
    }

    private mutating func checkUnits(_ dataset: Dataset, alsoKnown: Set<String>) -> Set<String> {
        let units = dataset.units
        let ids = uniqueIDs(units.map { ($0.id, $0.source) }, table: "unit")
        if units.isEmpty, dataset.tablesPresent.contains("units"), !dataset.unreadableTables.contains("units"),
           alsoKnown.isEmpty {
            problems.append(Problem(file: "units.csv", line: nil, message: "no units: a dataset needs its root unit"))
        }
        var parent: [String: String] = [:]
        for unit in units {
            guard let parentID = unit.parentID else { continue }
            if parentID == unit.id {
                problems.append(Problem(at: unit.source, column: "parent_id", message: "unit \(unit.id) is its own parent"))
            } else if !ids.contains(parentID), !alsoKnown.contains(parentID) {
                problems.append(Problem(at: unit.source, column: "parent_id", message: "unknown unit \"\(parentID)\""))
            } else if parent[unit.id] == nil {
                parent[unit.id] = parentID
            }
        }
        let roots = units.filter { $0.parentID == nil }
        if units.isEmpty == false, roots.isEmpty {
            problems.append(Problem(file: units[0].source.file, line: nil,
                                    message: "no root unit: every unit has a parent_id; the root's must be empty"))
        }
        for extra in roots.dropFirst() {
            problems.append(Problem(at: extra.source, column: "parent_id",
                                    message: "more than one root unit: \(extra.id) and \(roots[0].id) "
                                        + "(at \(roots[0].source)) both have no parent"))
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
                                            message: "the unit tree has a cycle: \((cycle + [cycle[0]]).joined(separator: " → "))"))
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

    /// `unitIDs` or `memberIDs` nil: that table could not be read, so references to it are not checked.
    private mutating func checkEvents(_ dataset: Dataset, unitIDs: Set<String>?, memberIDs: Set<String>?) {
        var withEvents = dataset.idsOfInvalidRows["member_events"] ?? []
        for event in dataset.events {
            withEvents.insert(event.memberID)
            if let memberIDs, !memberIDs.contains(event.memberID) {
                problems.append(Problem(at: event.source, column: "member_id",
                                        message: "unknown member \"\(event.memberID)\""))
            }
            if let unitIDs, !unitIDs.contains(event.unitID) {
                problems.append(Problem(at: event.source, column: "unit_id", message: "unknown unit \"\(event.unitID)\""))
            }
            if let unitIDs, let from = event.fromUnitID, !unitIDs.contains(from) {
                problems.append(Problem(at: event.source, column: "from_unit_id", message: "unknown unit \"\(from)\""))
            }
        }
        guard !dataset.unreadableTables.contains("member_events") else { return }
        for member in dataset.members where !withEvents.contains(member.id) {
            problems.append(Problem(.warning, at: member.source, column: "id",
                                    message: "member \(member.id) has no events in member_events and counts nowhere"))
        }
    }

    private mutating func checkTargets(_ targets: [Target], unitIDs: Set<String>?) {
        var first: [String: SourceLocation] = [:]
        for target in targets {
            if let unitIDs, !unitIDs.contains(target.unitID) {
                problems.append(Problem(at: target.source, column: "unit_id", message: "unknown unit \"\(target.unitID)\""))
            }
            let key = "\(target.unitID)|\(target.year)|\(target.metric)"
            if let earlier = first[key] {
                problems.append(Problem(at: target.source, column: "value",
                                        message: "target \(target.metric) for unit \(target.unitID) in \(target.year) "
                                            + "given twice (first at \(earlier))"))
            } else {
                first[key] = target.source
            }
        }
    }

    /// A member's events cannot come before their birth.
    private mutating func checkBirthDates(_ dataset: Dataset) {
        var born: [String: Day] = [:]
        for member in dataset.members where born[member.id] == nil { born[member.id] = member.birthDate }
        var reported: Set<String> = []
        for event in dataset.events {
            guard let birth = born[event.memberID], event.date < birth, reported.insert(event.memberID).inserted
            else { continue }
            problems.append(Problem(at: event.source, column: "date",
                                    message: "member \(event.memberID) was born on \(birth), after this event"))
        }
    }
}
