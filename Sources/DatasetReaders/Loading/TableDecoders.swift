internal import ReportModel

// The typed rows Swift code reasons about, built from a row its table's
// declaration has typed: only rules across cells are written here, never a
// column's name, alias or type again. Positions are looked up once.

extension PartyUnit {
    private static let schema = TableSchema.units
    private static let id = schema.position(of: "id"), parentID = schema.position(of: "parent_id")
    private static let name = schema.position(of: "name"), kind = schema.position(of: "kind")
    private static let sector = schema.position(of: "sector"), headerName = schema.position(of: "header_name")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        guard let id = row.text(Self.id), let name = row.text(Self.name),
              let kind = row.choice(Self.kind, as: UnitKind.self), checks.problems.isEmpty else { return nil }
        self.init(id: id, parentID: row.text(Self.parentID), name: name, kind: kind, sector: row.text(Self.sector),
                  headerName: row.text(Self.headerName) ?? name.uppercased(), source: row.source)
    }

    /// The value of the declared column at `position`, as the store keeps it.
    /// How to read the declared column at `position` from a unit: chosen once per column, not per row.
    static func declaredValue(at position: Int) -> (UnsafePointer<Self>) -> FieldValue? {
        switch position {
        case id: { .text($0.pointee.id) }
        case parentID: { $0.pointee.parentID.map(FieldValue.text) }
        case name: { .text($0.pointee.name) }
        case kind: { .choice($0.pointee.kind.rawValue) }
        case sector: { $0.pointee.sector.map(FieldValue.text) }
        default: { .text($0.pointee.headerName) }
        }
    }
}

extension Member {
    private static let schema = TableSchema.members
    private static let id = schema.position(of: "id"), fullName = schema.position(of: "full_name")
    private static let gender = schema.position(of: "gender"), birthDate = schema.position(of: "birth_date")
    private static let ethnicity = schema.position(of: "ethnicity"), religion = schema.position(of: "religion")
    private static let education = schema.position(of: "education")
    private static let politicalTheory = schema.position(of: "political_theory")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        guard let id = row.text(Self.id), let name = row.text(Self.fullName),
              let gender = row.choice(Self.gender, as: Gender.self), let birth = row.day(Self.birthDate),
              checks.problems.isEmpty else { return nil }
        self.init(id: id, fullName: name, gender: gender, birthDate: birth, ethnicity: row.text(Self.ethnicity),
                  religion: row.text(Self.religion), education: row.text(Self.education),
                  politicalTheory: row.choice(Self.politicalTheory, as: PoliticalTheory.self), source: row.source)
    }
}

extension MemberEvent {
    private static let schema = TableSchema.memberEvents
    private static let memberID = schema.position(of: "member_id"), date = schema.position(of: "date")
    private static let type = schema.position(of: "type"), unitID = schema.position(of: "unit_id")
    private static let fromUnitID = schema.position(of: "from_unit_id"), status = schema.position(of: "status")
    private static let note = schema.position(of: "note")

    init?(_ row: TableRow, sequence: Int, _ checks: inout RowChecks) {
        let type = row.choice(Self.type, as: EventType.self), from = row.text(Self.fromUnitID)
        let status = row.choice(Self.status, as: MembershipStatus.self)
        Self.check(type: type, fromGiven: from != nil, statusGiven: status != nil, &checks)
        guard let member = row.text(Self.memberID), let date = row.day(Self.date), let type,
              let unit = row.text(Self.unitID), checks.problems.isEmpty else { return nil }
        self.init(memberID: member, date: date, type: type, unitID: unit, fromUnitID: from,
                  status: status ?? .official, note: row.text(Self.note), sequence: sequence, source: row.source)
    }

    /// The rules across an event's cells: only a move has the branch left, and
    /// only an arrival a status. `fromGiven`/`statusGiven`: the cells hold a good value.
    static func check(type: EventType?, fromGiven: Bool, statusGiven: Bool, _ checks: inout RowChecks) {
        if type == .moved, !fromGiven { checks.report("from_unit_id",
            Message("required for a moved event (the branch left)")) }
        if let type, type != .moved, fromGiven {
            checks.report("from_unit_id", Message("only a moved event has a from_unit_id"))
        }
        if let type, type != .transferredIn, statusGiven {
            checks.report("status", Message("only a transferred_in event has a status"))
        }
    }
}

extension Target {
    private static let schema = TableSchema.targets
    private static let unitID = schema.position(of: "unit_id"), year = schema.position(of: "year")
    private static let metric = schema.position(of: "metric"), value = schema.position(of: "value")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        if let year = row.integer(Self.year), !(1000...9999).contains(year) {
            checks.report("year", Message("\(year) is not a year"))
        }
        guard let unit = row.text(Self.unitID), let year = row.integer(Self.year),
              let metric = row.text(Self.metric), let value = row.number(Self.value), checks.problems.isEmpty
        else { return nil }
        self.init(unitID: unit, year: year, metric: metric, value: value, source: row.source)
    }
}

extension Inspection {
    private static let schema = TableSchema.inspections
    private static let campaignID = schema.position(of: "campaign_id"), unitID = schema.position(of: "unit_id")
    private static let body = schema.position(of: "body"), kind = schema.position(of: "kind")
    private static let startedOn = schema.position(of: "started_on"), targetType = schema.position(of: "target_type")
    private static let targetID = schema.position(of: "target_id"), conclusion = schema.position(of: "conclusion")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        guard let campaign = row.text(Self.campaignID), let unit = row.text(Self.unitID),
              let body = row.choice(Self.body, as: InspectionBody.self),
              let kind = row.choice(Self.kind, as: InspectionKind.self), let started = row.day(Self.startedOn),
              let targetType = row.choice(Self.targetType, as: TargetType.self), let target = row.text(Self.targetID),
              checks.problems.isEmpty
        else { return nil }
        self.init(campaignID: campaign, unitID: unit, body: body, kind: kind, startedOn: started,
                  targetType: targetType, targetID: target,
                  conclusion: row.choice(Self.conclusion, as: Conclusion.self) ?? .pending, source: row.source)
    }
}

extension Discipline {
    private static let schema = TableSchema.disciplines
    private static let id = schema.position(of: "id"), decidedOn = schema.position(of: "decided_on")
    private static let unitID = schema.position(of: "unit_id"), targetType = schema.position(of: "target_type")
    private static let targetID = schema.position(of: "target_id"), form = schema.position(of: "form")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        let form = row.choice(Self.form, as: DisciplineForm.self)
        let targetType = row.choice(Self.targetType, as: TargetType.self)
        if form == .dissolution, targetType == .member {
            checks.report("form", Message("dissolution (giải tán) applies to organisations, not members"))
        }
        if let form, [.dismissal, .expulsion].contains(form), targetType == .organization {
            checks.report("form",
                Message("\(form.rawValue) (\(form.label.lowercased())) applies to members, not organisations"))
        }
        guard let id = row.text(Self.id), let decided = row.day(Self.decidedOn), let unit = row.text(Self.unitID),
              let targetType, let target = row.text(Self.targetID), let form, checks.problems.isEmpty
        else { return nil }
        self.init(id: id, decidedOn: decided, unitID: unit, targetType: targetType, targetID: target, form: form,
                  source: row.source)
    }
}

extension Petition {
    private static let schema = TableSchema.petitions
    private static let id = schema.position(of: "id"), receivedOn = schema.position(of: "received_on")
    private static let unitID = schema.position(of: "unit_id"), kind = schema.position(of: "kind")
    private static let closedOn = schema.position(of: "closed_on"), outcome = schema.position(of: "outcome")

    /// `closedGiven`/`outcomeGiven`: whether the cells were filled, even with a bad value.
    init?(_ row: TableRow, closedGiven: Bool, outcomeGiven: Bool, _ checks: inout RowChecks) {
        let received = row.day(Self.receivedOn), closed = row.day(Self.closedOn)
        Self.check(closedGiven: closedGiven, outcomeGiven: outcomeGiven, received: received, closed: closed, &checks)
        guard let id = row.text(Self.id), let received, let unit = row.text(Self.unitID),
              let kind = row.choice(Self.kind, as: PetitionKind.self), checks.problems.isEmpty else { return nil }
        self.init(id: id, receivedOn: received, unitID: unit, kind: kind, closedOn: closed,
                  outcome: row.choice(Self.outcome, as: PetitionOutcome.self), source: row.source)
    }

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        self.init(row, closedGiven: row[Self.closedOn] != nil, outcomeGiven: row[Self.outcome] != nil, &checks)
    }

    /// The rules across a petition's cells: closed with an outcome, never before it was received.
    /// `closedGiven`/`outcomeGiven`: the cells were filled, even with a bad value.
    static func check(closedGiven: Bool, outcomeGiven: Bool, received: Day?, closed: Day?,
                      _ checks: inout RowChecks) {
        if closedGiven, !outcomeGiven { checks.report("outcome", Message("required when closed_on is set")) }
        if outcomeGiven, !closedGiven { checks.report("closed_on", Message("required when an outcome is given")) }
        if let received, let closed, closed < received {
            checks.report("closed_on", Message("closed on \(closed), before it was received on \(received)"))
        }
    }
}

extension EconomicModel {
    private static let schema = TableSchema.economicModels
    private static let id = schema.position(of: "id"), unitID = schema.position(of: "unit_id")
    private static let name = schema.position(of: "name"), sector = schema.position(of: "sector")
    private static let startedOn = schema.position(of: "started_on"), scaleUnit = schema.position(of: "scale_unit")
    private static let baselineLabel = schema.position(of: "baseline_label")
    private static let baseline = schema.position(of: "baseline_revenue_per_ha_vnd")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        let baseline = row.number(Self.baseline)
        if let baseline, baseline <= 0 {
            checks.report("baseline_revenue_per_ha_vnd", Message("must be more than 0 (\(baseline))"))
        }
        guard let id = row.text(Self.id), let unit = row.text(Self.unitID), let name = row.text(Self.name),
              let sector = row.choice(Self.sector, as: EconomicSector.self), checks.problems.isEmpty
        else { return nil }
        self.init(id: id, unitID: unit, name: name, sector: sector, startedOn: row.day(Self.startedOn),
                  scaleUnit: row.text(Self.scaleUnit), baselineLabel: row.text(Self.baselineLabel),
                  baselineRevenuePerHa: baseline, source: row.source)
    }
}

extension EconomicResult {
    private static let schema = TableSchema.economicResults
    private static let modelID = schema.position(of: "model_id"), period = schema.position(of: "period")
    private static let households = schema.position(of: "households"), area = schema.position(of: "area_ha")
    private static let scale = schema.position(of: "scale_quantity"), output = schema.position(of: "output_tonnes")
    private static let revenue = schema.position(of: "revenue_vnd"), cost = schema.position(of: "cost_vnd")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        guard let model = row.text(Self.modelID), let period = row.period(Self.period),
              let revenue = row.number(Self.revenue), let cost = row.number(Self.cost), checks.problems.isEmpty
        else { return nil }
        self.init(modelID: model, period: period, households: row.number(Self.households),
                  areaHa: row.number(Self.area), scaleQuantity: row.number(Self.scale),
                  outputTonnes: row.number(Self.output), revenue: revenue, cost: cost, source: row.source)
    }
}

extension IndicatorValue {
    private static let schema = TableSchema.indicators
    private static let unitID = schema.position(of: "unit_id"), period = schema.position(of: "period")
    private static let indicator = schema.position(of: "indicator"), value = schema.position(of: "value")
    private static let target = schema.position(of: "target")

    init?(_ row: TableRow, _ checks: inout RowChecks) {
        guard let unit = row.text(Self.unitID), let period = row.period(Self.period),
              let indicator = row.text(Self.indicator), let value = row.number(Self.value), checks.problems.isEmpty
        else { return nil }
        self.init(unitID: unit, period: period, indicator: indicator, value: value, target: row.number(Self.target),
                  source: row.source)
    }
}
