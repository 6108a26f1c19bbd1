internal import Foundation
internal import ReportModel

/// Generates every table of a sample dataset into a sink, row by row: each
/// member's whole life is drawn, replayed against the SPEC §1.2 rules as it
/// is drawn, and written at once, so memory holds the units and per-branch
/// counters, never the members.
struct SampleGenerator {
    static let firstYear = 2016, lastYear = 2025
    static let start = Day(year: firstYear, month: 1, day: 1)!
    static let end = Day(year: lastYear, month: 12, day: 31)!

    let size: SampleSize
    let seed: UInt64
    let tree: SampleUnits
    private var rng: SampleRandom
    private(set) var rows: [Int] = Array(repeating: 0, count: SampleTable.allCases.count)
    /// Per branch: membership changes as `ordinal * 2 + (1 when joining)`, for meeting head counts.
    private var changes: [[Int32]]
    private var founders: [Int]
    private var memberCount = 0
    private var disciplineCount = 0

    init(size: SampleSize, seed: UInt64) {
        self.size = size
        self.seed = seed
        var unitRandom = SampleRandom.derived(seed, 1)
        let tree = SampleUnits(size: size, rng: &unitRandom)
        self.tree = tree
        rng = SampleRandom.derived(seed, 2)
        changes = Array(repeating: [], count: tree.units.count)
        // Founders per branch, scaled so the dataset ends near its size's member count
        // (admissions outrun leavers by about 1,5 % a year).
        let base = tree.branches.map { tree.units[$0].category.baseSize }
        let scale = Double(size.approximateMembers) / 1.15 / base.reduce(0, +)
        var foundersRandom = SampleRandom.derived(seed, 3)
        founders = Array(repeating: 0, count: tree.units.count)
        for (position, branch) in tree.branches.enumerated() {
            founders[branch] = max(3, Int((base[position] * scale * (0.7 + 0.6 * foundersRandom.unit())).rounded()))
        }
    }

    // MARK: Writing

    private mutating func emit(_ sink: some SampleSink, _ table: SampleTable, _ cells: [SampleCell]) throws(SampleError) {
        rows[table.rawValue] += 1
        try sink.append(table, cells)
    }

    mutating func emitRow(_ sink: some SampleSink, _ table: SampleTable, _ cells: [SampleCell]) throws(SampleError) {
        try emit(sink, table, cells)
    }

    func foundersOf(_ branch: Int) -> Int { founders[branch] }

    /// Hands over a branch's membership changes (and frees them).
    mutating func takeChanges(_ branch: Int) -> [Int32] {
        defer { changes[branch] = [] }
        return changes[branch]
    }

    private static func optional(_ text: String?) -> SampleCell { text.map { .text($0) } ?? .empty }

    mutating func generate(into sink: some SampleSink) throws(SampleError) {
        for unit in tree.units {
            try emit(sink, .units, [.text(unit.id), Self.optional(unit.parent.map { tree.units[$0].id }), .text(unit.name),
                                    .text(unit.kind), Self.optional(unit.sector), Self.optional(unit.header)])
        }
        try writeTargets(sink)
        for branch in tree.branches { try populate(branch, sink) }
        try writeOrganisationWork(sink)
        try writeEconomy(sink)
        try writeMeetings(sink)
    }

    // MARK: Members

    private var expectedAdmissions: [Int: Double] {
        var byOrg: [Int: Double] = [:]
        for branch in tree.branches {
            byOrg[tree.units[branch].org, default: 0] += tree.units[branch].category.admissionRate * Double(founders[branch])
        }
        return byOrg
    }

    private mutating func writeTargets(_ sink: some SampleSink) throws(SampleError) {
        var random = SampleRandom.derived(seed, 4)
        let expected = expectedAdmissions
        for org in tree.orgs {
            for year in Self.firstYear...Self.lastYear {
                let growth = 1 + 0.015 * Double(year - Self.firstYear)
                let value = max(1, Int((expected[org, default: 1] * growth * (0.8 + 0.25 * random.unit())).rounded()))
                try emit(sink, .targets, [.text(tree.units[org].id), .int(year), .text("admissions"), .int(value)])
            }
        }
    }

    /// The founders of `branch` (members on 1 January of the first year, with
    /// their earlier admission), then each year's admissions and transfers in.
    private mutating func populate(_ branch: Int, _ sink: some SampleSink) throws(SampleError) {
        let unit = tree.units[branch]
        let category = unit.category
        for _ in 0..<founders[branch] {
            let age = foundingAge()
            let birth = Self.start.adding(days: -(age * 365 + age / 4) - rng.int(1...364))
            if rng.chance(0.08) {
                let joined = Day(ordinal: Self.start.ordinal - rng.int(30...3650))
                try live(in: branch, birth: birth, joined: joined, how: .transferredIn, probationary: false, sink)
            } else {
                let admissionAge = 18 + Int(pow01(rng.unit(), 1.7) * Double(min(age - 18, 32)))
                var admitted = birth.adding(days: admissionAge * 365 + admissionAge / 4 + 2 + rng.int(0...300))
                if admitted >= Self.start { admitted = Self.start.adding(days: -rng.int(1...330)) }
                try live(in: branch, birth: birth, joined: admitted, how: .admitted, probationary: true, sink)
            }
        }
        for year in Self.firstYear...Self.lastYear {
            let growth = 1 + 0.015 * Double(year - Self.firstYear)
            let admissions = rng.poisson(category.admissionRate * Double(founders[branch]) * growth)
            for _ in 0..<admissions {
                let day = admissionDay(year)
                let age = 18 + Int(pow01(rng.unit(), 1.6) * 27)
                let birth = day.adding(days: -(age * 365 + age / 4 + 2) - rng.int(0...364))
                try live(in: branch, birth: birth, joined: day, how: .admitted, probationary: true, sink)
            }
            for _ in 0..<rng.poisson(category.transferRate * 0.8 * Double(founders[branch])) {
                let day = randomDay(year)
                let age = 22 + rng.int(0...33)
                let birth = day.adding(days: -(age * 365 + age / 4 + 2) - rng.int(0...364))
                try live(in: branch, birth: birth, joined: day, how: .transferredIn, probationary: rng.chance(0.1), sink)
            }
        }
    }

    private mutating func foundingAge() -> Int {
        // Completed years on 1 January 2016: a pyramid with its bulk between 30 and 55.
        let band = rng.weighted([16, 27, 23, 18, 10, 6])
        return [20, 31, 41, 51, 61, 71][band] + rng.int(0...(band == 5 ? 14 : 9))
    }

    /// Admissions cluster on anniversaries (3/2, 19/5, 2/9) and otherwise spread over the year.
    private mutating func admissionDay(_ year: Int) -> Day {
        if rng.chance(0.3) {
            let (month, day) = [(2, 3), (5, 19), (9, 2), (12, 22)][rng.int(0...3)]
            return Day(year: year, month: month, day: day)!.adding(days: -rng.int(0...6))
        }
        return randomDay(year)
    }

    private mutating func randomDay(_ year: Int) -> Day {
        let first = Day(year: year, month: 1, day: 1)!.ordinal
        return Day(ordinal: first + rng.int(0...(Day.isLeap(year) ? 365 : 364)))
    }

    private struct Event {
        let day: Day
        let type: EventType
        let unit: Int
        var from: Int = -1
        var note: String? = nil
    }

    private enum EventType: String {
        case admitted, madeOfficial = "made_official", transferredIn = "transferred_in", moved, restored
        case transferredOut = "transferred_out", died, expelled, removed, resigned
    }

    /// Draws one member's attributes and life from `joined` to the end of the
    /// last year, keeping only events that are possible at their moment, and
    /// writes the member, their events, ratings, member inspections and disciplines.
    private mutating func live(in branch: Int, birth: Day, joined: Day, how: EventType, probationary: Bool,
                               _ sink: some SampleSink) throws(SampleError) {
        memberCount += 1
        let id = "DV" + pad(memberCount, 7)
        let home = tree.units[branch]
        let group = home.mix[rng.weighted(home.mix.map(\.1))].0
        let female = rng.chance(home.category.female)
        let middle = rng.pick(female ? group.femaleMiddle : group.maleMiddle)
        let given = rng.pick(female ? group.femaleGiven : group.maleGiven)
        let name = "\(rng.pick(group.surnames)) \(middle) \(given)"
        let r = rng.unit()
        let religion: String
        switch group.ethnicity {
        case "Mông" where r < 0.08: religion = "Tin lành"
        case "Mông" where r < 0.10, "Kinh" where r < 0.03: religion = "Công giáo"
        case "Kinh" where r < 0.05, "Tày" where r < 0.02: religion = "Phật giáo"
        default: religion = rng.chance(0.45) ? "Không" : ""
        }
        let education: String
        if birth.year < 1972 {
            education = rng.chance(0.6) ? "10/10" : "7/10"
        } else if home.category == .village || home.category == .communeMilitia {
            education = ["5/12", "7/12", "9/12", "9/12", "12/12", "12/12", "12/12"][rng.int(0...6)]
        } else {
            education = rng.chance(0.3) ? "12/12, đại học" : "12/12"
        }
        var theoryWeights = home.category.theory
        if joined.year >= 2023 { theoryWeights = [60, 40, 0, 0] } else if joined.year >= 2020 { theoryWeights = [25, 70, 5, 0] }
        let theory = ["none", "basic", "intermediate", "advanced"][rng.weighted(theoryWeights)]
        try emit(sink, .members, [.text(id), .text(name), .text(female ? "female" : "male"), .date(birth),
                                  .text(group.ethnicity), religion.isEmpty ? .empty : .text(religion), .text(education),
                                  .text(theory)])

        // Candidate events, then a replay that keeps the possible ones.
        var candidates: [Event] = []
        if probationary {
            candidates.append(Event(day: joined.adding(days: 365 + rng.int(0...45)), type: .madeOfficial, unit: -1))
        }
        for year in max(Self.firstYear, joined.year)...Self.lastYear {
            let age = year - birth.year
            let death = age < 45 ? 0.0008 : age < 60 ? 0.004 : age < 70 ? 0.012 : age < 80 ? 0.035 : 0.09
            let draws: [(EventType, Double)] = [
                (.died, death), (.transferredOut, home.category.transferRate), (.moved, home.category.moveRate),
                (.removed, probationary && year <= joined.year + 1 ? 0.01 : 0.0007), (.resigned, 0.0002),
                (.expelled, 0.0003),
            ]
            for (type, p) in draws where rng.chance(p) {
                candidates.append(Event(day: randomDay(year), type: type, unit: -1))
            }
        }
        candidates.sort { $0.day < $1.day }

        var events = [Event(day: joined, type: how, unit: branch)]
        var current: Int? = branch
        var isProbationary = probationary
        var lastDay = joined
        var pausedUntil: Day?
        for candidate in candidates where candidate.day > lastDay && candidate.day <= Self.end {
            if let paused = pausedUntil {
                guard candidate.day > paused else { continue }
                pausedUntil = nil
            }
            guard let unit = current else { break }
            switch candidate.type {
            case .madeOfficial:
                guard isProbationary else { continue }
                isProbationary = false
                events.append(Event(day: candidate.day, type: .madeOfficial, unit: unit))
            case .moved:
                guard let destination = moveDestination(from: unit) else { continue }
                events.append(Event(day: candidate.day, type: .moved, unit: destination, from: unit))
                current = destination
            case .died, .transferredOut:
                let note = candidate.type == .transferredOut ? "Chuyển sinh hoạt đảng ra ngoài đảng bộ" : nil
                events.append(Event(day: candidate.day, type: candidate.type, unit: unit, note: note))
                current = nil
            case .removed, .resigned, .expelled:
                events.append(Event(day: candidate.day, type: candidate.type, unit: unit))
                if candidate.type == .expelled {
                    try discipline(sink, day: candidate.day, org: tree.units[unit].org, member: id, form: "expulsion")
                }
                current = nil
                isProbationary = false
                // A few are restored (phục hồi đảng tịch) one to three years later, as official members.
                let back = candidate.day.adding(days: rng.int(365...1000))
                if rng.chance(0.15), back <= Self.end {
                    events.append(Event(day: back, type: .restored, unit: unit))
                    current = unit
                    pausedUntil = back
                }
            default:
                continue
            }
            lastDay = events.last!.day
        }

        for event in events {
            var cells: [SampleCell] = [.text(id), .date(event.day), .text(event.type.rawValue),
                                       .text(tree.units[event.unit].id)]
            cells.append(event.from >= 0 ? .text(tree.units[event.from].id) : .empty)
            cells.append(event.type == .transferredIn ? .text(probationary ? "probationary" : "official") : .empty)
            cells.append(Self.optional(event.note))
            try emit(sink, .memberEvents, cells)
            let ordinal = Int32(event.day.ordinal)
            switch event.type {
            case .admitted, .transferredIn, .restored: changes[event.unit].append(ordinal * 2 + 1)
            case .moved:
                changes[event.from].append(ordinal * 2)
                changes[event.unit].append(ordinal * 2 + 1)
            case .madeOfficial: break
            default: changes[event.unit].append(ordinal * 2)
            }
        }
        try memberYears(sink, id: id, birth: birth, events: events)
    }

    /// Another branch of the same organisation, or sometimes of another one in the district.
    private mutating func moveDestination(from branch: Int) -> Int? {
        let unit = tree.units[branch]
        let pool = rng.chance(0.7) ? tree.branchesOfOrg[unit.org]! : tree.branchesOfDistrict[unit.district]!
        guard pool.count > 1 else { return nil }
        var destination = branch
        while destination == branch { destination = rng.pick(pool) }
        return destination
    }

    /// The branch the member is in on `day` (after that day's events), or nil.
    private static func unit(on day: Day, _ events: [Event]) -> Int? {
        var unit: Int?
        for event in events {
            guard event.day <= day else { break }
            switch event.type {
            case .admitted, .transferredIn, .restored, .moved: unit = event.unit
            case .madeOfficial: break
            default: unit = nil
            }
        }
        return unit
    }

    /// Yearly ratings (not for members exempt by age), member inspections and disciplines.
    private mutating func memberYears(_ sink: some SampleSink, id: String, birth: Day, events: [Event]) throws(SampleError) {
        let exemptAge = 70 + rng.int(0...25)
        let first = max(Self.firstYear, events[0].day.year)
        guard first <= Self.lastYear else { return }
        for year in first...Self.lastYear {
            let yearEnd = Day(year: year, month: 12, day: 31)!
            if Self.unit(on: yearEnd, events) != nil, birth.age(on: yearEnd) < exemptAge {
                let rating = ["excellent", "good", "complete", "incomplete"][rng.weighted([13, 73.5, 12, 1.5])]
                try emit(sink, .ratings, [.int(year), .text("member"), .text(id), .text(rating)])
            }
            let midYear = Day(year: year, month: 7, day: 1)!
            if let unit = Self.unit(on: midYear, events) {
                let org = tree.units[unit].org
                let (campaign, started) = memberCampaign(org: org, year: year)
                if rng.chance(0.04), let there = Self.unit(on: started, events), tree.units[there].org == org {
                    let conclusion = started > Day(year: Self.lastYear, month: 10, day: 31)! ? "pending"
                        : ["good", "shortcomings", "violation", "discipline"][rng.weighted([85, 10, 4, 1])]
                    try emit(sink, .inspections, [.text(campaign), .text(tree.units[org].id), .text("committee"),
                                                  .text("inspection"), .date(started), .text("member"), .text(id),
                                                  .text(conclusion)])
                }
                if rng.chance(0.0025) {
                    let day = randomDay(year)
                    if let there = Self.unit(on: day, events) {
                        let form = ["reprimand", "warning", "dismissal"][rng.weighted([65, 30, 5])]
                        try discipline(sink, day: day, org: tree.units[there].org, member: id, form: form)
                    }
                }
            }
        }
    }

    private mutating func discipline(_ sink: some SampleSink, day: Day, org: Int, member: String,
                                     form: String) throws(SampleError) {
        disciplineCount += 1
        try emit(sink, .disciplines, [.text("KL" + pad(disciplineCount, 6)), .date(day), .text(tree.units[org].id),
                                      .text("member"), .text(member), .text(form)])
    }

    /// The yearly campaign in which an organisation's committee inspects some of its members: id and start.
    private func memberCampaign(org: Int, year: Int) -> (String, Day) {
        var random = SampleRandom.derived(seed, 5, org, year)
        let day = Day(year: year, month: 3 + random.int(0...7), day: 1 + random.int(0...27))!
        return ("\(tree.units[org].id)-KTDV\(year)", day)
    }
}

func pow01(_ x: Double, _ p: Double) -> Double { pow(x, p) }
