internal import ReportModel
internal import SQLiteSupport

/// Checks of the inspection, discipline and economic tables (SPEC §1.2, §1.3).
extension DatasetValidator {
    /// Known ids of each referenced table; nil when that table could not be read.
    struct References {
        let units: TextIndex?
        let members: TextIndex?

        /// The problem with a reference, or nil when it is known (or cannot be checked).
        func unknown(_ id: String, as type: TargetType) -> Message? {
            switch type {
            case .organization: units.map { $0.contains(id) ? nil : Message("unknown unit \"\(id)\"") } ?? nil
            case .member: members.map { $0.contains(id) ? nil : Message("unknown member \"\(id)\"") } ?? nil
            }
        }
    }

    mutating func checkInspections(_ inspections: [Inspection], _ references: References) {
        /// One target of one campaign: listed twice, it counts once.
        struct CampaignTarget: Hashable {
            let campaignID: String
            let targetType: TargetType
            let targetID: String
        }
        var firstRow: [String: Int] = [:]   // a campaign's first row, by its position
        var targets: Set<CampaignTarget> = []
        targets.reserveCapacity(inspections.count)   // growing it rehashed every target so far
        for (position, row) in inspections.enumerated() {
            if let problem = references.unknown(row.targetID, as: row.targetType) {
                problems.append(Problem(at: row.source, column: "target_id", message: problem))
            }
            let target = CampaignTarget(campaignID: row.campaignID, targetType: row.targetType, targetID: row.targetID)
            guard let firstPosition = firstRow[row.campaignID] else {
                firstRow[row.campaignID] = position
                targets.insert(target)
                continue
            }
            let first = inspections[firstPosition]
            // All rows of one campaign share unit, body, kind and start (SPEC §1.3): compared as
            // values, and written out only for a message.
            if row.unitID != first.unitID || row.body != first.body || row.kind != first.kind
                || row.startedOn != first.startedOn {
                let disagreements: [(String, String, String)] = [
                    ("unit_id", row.unitID, first.unitID), ("body", row.body.rawValue, first.body.rawValue),
                    ("kind", row.kind.rawValue, first.kind.rawValue),
                    ("started_on", row.startedOn.description, first.startedOn.description),
                ]
                for (column, value, firstValue) in disagreements where value != firstValue {
                    problems.append(Problem(at: row.source, column: column, message:
                        Message("campaign \(row.campaignID) has \(column) \(firstValue) at \(first.source), \(value) here; "
                              + "all rows of a campaign share unit_id, body, kind and started_on")))
                }
            }
            if !targets.insert(target).inserted {
                problems.append(Problem(.warning, at: row.source, column: "target_id", message:
                    Message("\(row.targetID) is listed twice in campaign \(row.campaignID); it counts once")))
            }
        }
    }

    mutating func checkDisciplines(_ disciplines: [Discipline], _ references: References) {
        for row in disciplines {
            if let problem = references.unknown(row.targetID, as: row.targetType) {
                problems.append(Problem(at: row.source, column: "target_id", message: problem))
            }
        }
    }

    mutating func checkEconomy(_ dataset: Dataset) {
        var resultsByModel: [String: [EconomicResult]] = [:]
        for result in dataset.economicResults {
            // Two rows of one model for overlapping periods would count the same months twice.
            for earlier in resultsByModel[result.modelID, default: []]
            where earlier.period.start <= result.period.end && result.period.start <= earlier.period.end {
                problems.append(Problem(at: result.source, column: "period", message:
                    Message("model \(result.modelID): period \(result.period.id) overlaps \(earlier.period.id) at "
                          + "\(earlier.source)")))
            }
            resultsByModel[result.modelID, default: []].append(result)
        }
        let known = Set(dataset.config.allIndicators.map(\.id))
        var seen: [String: SourceLocation] = [:]
        for row in dataset.indicators {
            if !known.contains(row.indicator) {
                problems.append(Problem(at: row.source, column: "indicator", message:
                    Message("unknown indicator \"\(row.indicator)\"; declare it under indicators: in dataset.yaml")))
            }
            let key = "\(row.unitID)|\(row.period.id)|\(row.indicator)"
            if let earlier = seen[key] {
                problems.append(Problem(at: row.source, column: "value", message:

                        Message("indicator \(row.indicator) for unit \(row.unitID) in \(row.period.id) given twice "
                                + "(first at \(earlier))")))
            } else {
                seen[key] = row.source
            }
        }
    }
}
