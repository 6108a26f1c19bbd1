internal import DatasetReaders
internal import ReportModel

/// The values the `inspection-summary` narrative template is rendered with,
/// read from the finished tables (so the sentence always says what the
/// tables say), numbers already in Vietnamese notation. The template's
/// comment lists every value.
struct InspectionNarrative {
    let values: [String: Any]

    /// `discipline` and `petitions` are nil when the dataset has no such table.
    init(activities: ReportTable, discipline: ReportTable?, petitions: ReportTable?,
         wording: InspectionWording, period: Period, notation: Notation = .vietnamese) throws {
        func int(_ row: Row?, _ column: String) -> Int { row?[column].number.map { Int($0) } ?? 0 }

        /// Organisations and members, as in "22 tổ chức đảng và 4 đảng viên".
        func targets(_ organizations: Int, _ members: Int) -> [String: Any] {
            ["organizations": notation.number(organizations), "members": notation.number(members),
             "any_organizations": organizations > 0, "any_members": members > 0,
             "both_targets": organizations > 0 && members > 0]
        }

        /// One level's or body's rounds: how many, over whom, and whether
        /// they were inspections, supervision or both.
        func rounds(_ row: Row, kinds: [InspectionKind]) -> [String: Any] {
            let supervision = kinds.contains(.supervision)
            let inspection = kinds.contains { $0 != .supervision }
            return targets(int(row, "organizations"), int(row, "members")).merging([
                "campaigns": notation.number(int(row, "campaigns")),
                "inspection": inspection, "supervision": supervision,
                "inspection_and_supervision": inspection && supervision,
            ]) { $1 }
        }

        func kinds(under prefix: String) -> [InspectionKind] {
            InspectionKind.allCases.filter { activities.row("\(prefix).\($0.rawValue)") != nil }
        }

        var own: [[String: Any]] = []
        for body in InspectionBody.allCases {
            guard let row = activities.row("own.\(body.rawValue)") else { continue }
            var values = rounds(row, kinds: kinds(under: "own.\(body.rawValue)"))
            values["is_\(body.rawValue)"] = true
            own.append(values)
        }
        for index in own.indices { own[index]["more"] = index < own.count - 1 }

        let periodText = notation.period(period)
        let total = activities.row("total")
        var values: [String: Any] = [
            "Period": notation.periodAtSentenceStart(period),
            "period": periodText,
            "committee": wording.committee,
            "own": own,
            "any_own": !own.isEmpty,
            "any_subordinate": activities.row("subordinate") != nil,
            "any_campaigns": int(total, "campaigns") > 0,
        ]
        if let subordinate = activities.row("subordinate") {
            let kinds = InspectionBody.allCases.flatMap { kinds(under: "subordinate.\($0.rawValue)") }
            values["subordinate"] = rounds(subordinate, kinds: kinds)
        }
        let violations = (int(total, "organizations_with_violations"), int(total, "members_with_violations"))
        values["any_violations"] = violations.0 + violations.1 > 0
        if violations.0 + violations.1 > 0 { values["violations"] = targets(violations.0, violations.1) }

        let organizations = discipline?.row("organization"), members = discipline?.row("member")
        let disciplined = (int(organizations, "total"), int(members, "total"))
        values["any_discipline"] = disciplined.0 + disciplined.1 > 0
        if disciplined.0 + disciplined.1 > 0 {
            func forms(_ row: Row?) throws -> [[String: Any]] {
                var list: [[String: Any]] = []
                for form in DisciplineForm.allCases where int(row, form.rawValue) > 0 {
                    let label = try wording.labels.column("discipline", form.rawValue)
                    list.append(["count": notation.number(int(row, form.rawValue)),
                                 "form": label.prefix(1).lowercased() + label.dropFirst()])
                }
                for index in list.indices { list[index]["more"] = index < list.count - 1 }
                return list
            }
            var discipline = targets(disciplined.0, disciplined.1)
            discipline["organization_forms"] = try forms(organizations)
            discipline["member_forms"] = try forms(members)
            values["discipline"] = discipline
        }

        if let petitions, let total = petitions.row("total") {
            var figures: [String: Any] = [:]
            for column in ["carried_over", "received", "resolved", "archived", "forwarded", "pending"] {
                figures[column] = notation.number(int(total, column))
                figures["any_\(column)"] = int(total, column) > 0
            }
            values["petitions"] = figures
        }
        self.values = values
    }
}
