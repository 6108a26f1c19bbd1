/// Checks across rows and tables (SPEC §1.2): duplicate ids, unknown
/// references, the unit tree's shape, repeated targets and impossible
/// membership sequences.
struct DatasetValidator {
    private(set) var problems: [Problem] = []
    private(set) var memberships: [MembershipSpan] = []

    init(_ dataset: Dataset) {
        let invalidUnits = dataset.idsOfInvalidRows["units"] ?? []
        let unitIDs = checkUnits(dataset.units, alsoKnown: invalidUnits).union(invalidUnits)
        let memberIDs = uniqueIDs(dataset.members.map { ($0.id, $0.source) }, table: "member")
            .union(dataset.idsOfInvalidRows["members"] ?? [])
        checkEvents(dataset, unitIDs: unitIDs, memberIDs: memberIDs)
        checkTargets(dataset.targets, unitIDs: unitIDs)
        let replay = MembershipReplay(events: dataset.events)
        problems += replay.problems
        memberships = replay.spans
    }

    /// Reports repeated ids at every repetition; returns the set of ids.
    private mutating func uniqueIDs(_ rows: [(String, SourceLocation)], table: String) -> Set<String> {
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

    private mutating func checkUnits(_ units: [PartyUnit], alsoKnown: Set<String>) -> Set<String> {
        let ids = uniqueIDs(units.map { ($0.id, $0.source) }, table: "unit")
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
        // A cycle: following parents from a unit comes back to it. Report each cycle once.
        var reported: Set<String> = []
        for unit in units where !reported.contains(unit.id) {
            var path: [String] = [unit.id]
            var current = unit.id
            while let next = parent[current], path.count <= units.count {
                if next == unit.id {
                    reported.formUnion(path)
                    problems.append(Problem(at: unit.source, column: "parent_id",
                                            message: "the unit tree has a cycle: \((path + [unit.id]).joined(separator: " → "))"))
                    break
                }
                if path.contains(next) { break }   // a cycle above this unit, reported from one of its own units
                path.append(next)
                current = next
            }
        }
        return ids
    }

    private mutating func checkEvents(_ dataset: Dataset, unitIDs: Set<String>, memberIDs: Set<String>) {
        var withEvents: Set<String> = []
        for event in dataset.events {
            withEvents.insert(event.memberID)
            if !memberIDs.contains(event.memberID) {
                problems.append(Problem(at: event.source, column: "member_id",
                                        message: "unknown member \"\(event.memberID)\""))
            }
            if !unitIDs.contains(event.unitID) {
                problems.append(Problem(at: event.source, column: "unit_id", message: "unknown unit \"\(event.unitID)\""))
            }
            if let from = event.fromUnitID, !unitIDs.contains(from) {
                problems.append(Problem(at: event.source, column: "from_unit_id", message: "unknown unit \"\(from)\""))
            }
        }
        for member in dataset.members where !withEvents.contains(member.id) {
            problems.append(Problem(.warning, at: member.source, column: "id",
                                    message: "member \(member.id) has no events in member_events and counts nowhere"))
        }
    }

    private mutating func checkTargets(_ targets: [Target], unitIDs: Set<String>) {
        var first: [String: SourceLocation] = [:]
        for target in targets {
            if !unitIDs.contains(target.unitID) {
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
}
