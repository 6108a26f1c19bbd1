internal import ReportModel

/// One decoder per table: a row of cells → a typed row, or nil with problems.
extension RowReader {
    mutating func unit() -> PartyUnit? {
        let id = required("id"), name = required("name"), kind = value("kind", as: UnitKind.self)
        guard let id, let name, let kind, problems.isEmpty else { return nil }
        return PartyUnit(id: id, parentID: optional("parent_id"), name: name, kind: kind, sector: optional("sector"),
                    headerName: optional("header_name") ?? name.uppercased(), source: location)
    }

    mutating func member() -> Member? {
        let id = required("id"), name = required("full_name"), gender = value("gender", as: Gender.self)
        let birth = day("birth_date")
        let theory = value("political_theory", as: PoliticalTheory.self, required: false)
        guard let id, let name, let gender, let birth, problems.isEmpty else { return nil }
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

extension RowReader {
    mutating func inspection() -> Inspection? {
        let campaign = required("campaign_id"), unit = required("unit_id")
        let body = value("body", as: InspectionBody.self), kind = value("kind", as: InspectionKind.self)
        let started = day("started_on"), targetType = value("target_type", as: TargetType.self)
        let target = required("target_id")
        let conclusion = value("conclusion", as: Conclusion.self, required: false)
        guard let campaign, let unit, let body, let kind, let started, let targetType, let target, problems.isEmpty
        else { return nil }
        return Inspection(campaignID: campaign, unitID: unit, body: body, kind: kind, startedOn: started,
                          targetType: targetType, targetID: target, conclusion: conclusion ?? .pending,
                          source: location)
    }

    mutating func discipline() -> Discipline? {
        let id = required("id"), decided = day("decided_on"), unit = required("unit_id")
        let targetType = value("target_type", as: TargetType.self), target = required("target_id")
        let form = value("form", as: DisciplineForm.self)
        if form == .dissolution, targetType == .member {
            report("form", "dissolution (giải tán) applies to organisations, not members")
        }
        if let form, [.dismissal, .expulsion].contains(form), targetType == .organization {
            report("form", "\(form.rawValue) (\(form.label.lowercased())) applies to members, not organisations")
        }
        guard let id, let decided, let unit, let targetType, let target, let form, problems.isEmpty else { return nil }
        return Discipline(id: id, decidedOn: decided, unitID: unit, targetType: targetType, targetID: target,
                          form: form, source: location)
    }

    mutating func petition() -> Petition? {
        let id = required("id"), received = day("received_on"), unit = required("unit_id")
        let kind = value("kind", as: PetitionKind.self)
        let closed = day("closed_on", required: false)
        let outcome = value("outcome", as: PetitionOutcome.self, required: false)
        if optional("closed_on") != nil, optional("outcome") == nil {
            report("outcome", "required when closed_on is set")
        }
        if optional("outcome") != nil, optional("closed_on") == nil {
            report("closed_on", "required when an outcome is given")
        }
        if let received, let closed, closed < received {
            report("closed_on", "closed on \(closed), before it was received on \(received)")
        }
        guard let id, let received, let unit, let kind, problems.isEmpty else { return nil }
        return Petition(id: id, receivedOn: received, unitID: unit, kind: kind, closedOn: closed, outcome: outcome,
                        source: location)
    }

    mutating func economicModel() -> EconomicModel? {
        let id = required("id"), unit = required("unit_id"), name = required("name")
        let sector = value("sector", as: EconomicSector.self)
        let started = day("started_on", required: false)
        let baseline = number("baseline_revenue_per_ha_vnd", required: false)
        if let baseline, baseline <= 0 { report("baseline_revenue_per_ha_vnd", "must be more than 0 (\(baseline))") }
        guard let id, let unit, let name, let sector, problems.isEmpty else { return nil }
        return EconomicModel(id: id, unitID: unit, name: name, sector: sector, startedOn: started,
                             scaleUnit: optional("scale_unit"), baselineLabel: optional("baseline_label"),
                             baselineRevenuePerHa: baseline, source: location)
    }

    mutating func economicResult() -> EconomicResult? {
        let model = required("model_id"), period = self.period("period")
        let households = number("households", required: false), area = number("area_ha", required: false)
        let scale = number("scale_quantity", required: false), output = number("output_tonnes", required: false)
        let revenue = number("revenue_vnd"), cost = number("cost_vnd")
        for (column, value) in [("households", households), ("area_ha", area), ("scale_quantity", scale),
                                ("output_tonnes", output), ("revenue_vnd", revenue), ("cost_vnd", cost)] {
            if let value, value < 0 { report(column, "cannot be negative (\(value))") }
        }
        guard let model, let period, let revenue, let cost, problems.isEmpty else { return nil }
        return EconomicResult(modelID: model, period: period, households: households, areaHa: area,
                              scaleQuantity: scale, outputTonnes: output, revenue: revenue, cost: cost,
                              source: location)
    }

    mutating func indicatorValue() -> IndicatorValue? {
        let unit = required("unit_id"), period = self.period("period"), indicator = required("indicator")
        let value = number("value"), target = number("target", required: false)
        guard let unit, let period, let indicator, let value, problems.isEmpty else { return nil }
        return IndicatorValue(unitID: unit, period: period, indicator: indicator, value: value, target: target,
                              source: location)
    }

    mutating func period(_ column: String) -> Period? {
        parse(column, required: true) { text in
            Result { () throws(PeriodError) -> Period in try Period(parsing: text) }
                .mapError { ValueError($0.description) }
        }
    }
}
