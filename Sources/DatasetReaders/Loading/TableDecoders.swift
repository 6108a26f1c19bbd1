internal import ReportModel

/// One decoder per table: a row of cells → a typed row, or nil with problems.
extension RowReader {
    mutating func unit() -> PartyUnit? {
        let id = required("id"), name = required("name"), kind = value("kind", as: UnitKind.self)
        guard let id, let name, let kind else { return nil }
        return PartyUnit(id: id, parentID: optional("parent_id"), name: name, kind: kind, sector: optional("sector"),
                    headerName: optional("header_name") ?? name.uppercased(), source: location)
    }

    mutating func member() -> Member? {
        let id = required("id"), name = required("full_name"), gender = value("gender", as: Gender.self)
        let birth = day("birth_date")
        let theory = value("political_theory", as: PoliticalTheory.self, required: false)
        guard let id, let name, let gender, let birth else { return nil }
        return Member(id: id, fullName: name, gender: gender, birthDate: birth, ethnicity: optional("ethnicity"),
                      religion: optional("religion"), education: optional("education"),
                      politicalTheory: theory, source: location)
    }

    mutating func memberEvent(sequence: Int) -> MemberEvent? {
        let member = required("member_id"), date = day("date"), type = value("type", as: EventType.self)
        let unit = required("unit_id")
        let status = value("status", as: MembershipStatus.self, required: false)
        let from = optional("from_unit_id")
        if type == .moved, from == nil { report("from_unit_id", "required for a moved event (the branch left)") }
        if let type, type != .moved, from != nil {
            report("from_unit_id", "only a moved event has a from_unit_id")
        }
        if let type, type != .transferredIn, status != nil {
            report("status", "only a transferred_in event has a status")
        }
        guard let member, let date, let type, let unit, problems.isEmpty else { return nil }
        return MemberEvent(memberID: member, date: date, type: type, unitID: unit, fromUnitID: from,
                           status: status ?? .official, note: optional("note"), sequence: sequence,
                           source: location)
    }

    mutating func target() -> Target? {
        let unit = required("unit_id"), year = integer("year"), metric = required("metric")
        let value = number("value")
        if let year, !(1000...9999).contains(year) { report("year", "\(year) is not a year") }
        if let value, value < 0 { report("value", "a target cannot be negative (\(value))") }
        guard let unit, let year, let metric, let value, problems.isEmpty else { return nil }
        return Target(unitID: unit, year: year, metric: metric, value: value, source: location)
    }
}
