internal import ReportModel

/// Organisation-level tables: ratings of organisations, inspection campaigns,
/// petitions, economic models and indicators of communes, branch meetings.
extension SampleGenerator {
    private func conclusion(_ random: inout SampleRandom, _ day: Day, _ weights: [Double]) -> String {
        day > Day(year: Self.lastYear, month: 10, day: 31)! ? "pending"
            : ["good", "shortcomings", "violation", "discipline"][random.weighted(weights)]
    }

    private mutating func campaign(_ sink: some SampleSink, _ random: inout SampleRandom, id: String, unit: Int,
                                   body: String, kind: String, year: Int, targets: [Int],
                                   weights: [Double] = [80, 16, 3, 1]) throws(SampleError) {
        let day = Day(year: year, month: 2 + random.int(0...9), day: 1 + random.int(0...27))!
        for target in targets {
            try emitRow(sink, .inspections, [.text(id), .text(tree.units[unit].id), .text(body), .text(kind), .date(day),
                                             .text("organization"), .text(tree.units[target].id),
                                             .text(conclusion(&random, day, weights))])
        }
    }

    private func some(_ random: inout SampleRandom, _ pool: [Int], _ count: ClosedRange<Int>) -> [Int] {
        var left = pool, chosen: [Int] = []
        for _ in 0..<min(random.int(count), pool.count) { chosen.append(left.remove(at: random.int(0...(left.count - 1)))) }
        return chosen
    }

    mutating func writeOrganisationWork(_ sink: some SampleSink) throws(SampleError) {
        var random = SampleRandom.derived(seed, 6)
        for year in Self.firstYear...Self.lastYear {
            // Ratings of every organisation (seed 001's shares).
            for (index, unit) in tree.units.enumerated() where unit.isBranch || unit.kind == "grassroots_committee"
                || unit.kind == "sub_committee" {
                let grassroots = unit.org == index && unit.kind != "branch"
                let weights: [Double] = grassroots ? [18, 75, 7, 0] : [20, 71, 8.5, 0.5]
                let rating = ["excellent", "good", "complete", "incomplete"][random.weighted(weights)]
                try emitRow(sink, .ratings, [.int(year), .text("organization"), .text(unit.id), .text(rating)])
            }
            // Each grassroots committee inspects and supervises some of its branches.
            for org in tree.orgs where tree.units[org].kind == "grassroots_committee" {
                let id = tree.units[org].id, branches = tree.branchesOfOrg[org] ?? []
                try campaign(sink, &random, id: "\(id)-KT\(year)", unit: org, body: "committee", kind: "inspection",
                             year: year, targets: some(&random, branches, 1...3))
                try campaign(sink, &random, id: "\(id)-GS\(year)", unit: org, body: "committee", kind: "supervision",
                             year: year, targets: some(&random, branches, 1...2))
                if random.chance(0.5) {
                    try campaign(sink, &random, id: "\(id)-TC\(year)", unit: org, body: "inspection_committee",
                                 kind: "finance", year: year, targets: some(&random, branches, 1...2))
                }
                for branch in branches where random.chance(0.001) {
                    try orgDiscipline(sink, &random, year: year, by: org, target: branch)
                }
            }
            // The district's standing committee and inspection committee.
            for district in tree.districtUnits {
                let id = tree.units[district].id, orgs = tree.orgsOfDistrict[district] ?? []
                for n in 1...random.int(2...4) {
                    try campaign(sink, &random, id: "\(id)-BTV-KT\(year)-\(n)", unit: district, body: "standing_committee",
                                 kind: "inspection", year: year, targets: some(&random, orgs, 2...6))
                }
                for n in 1...random.int(1...2) {
                    try campaign(sink, &random, id: "\(id)-BTV-GS\(year)-\(n)", unit: district, body: "standing_committee",
                                 kind: "supervision", year: year, targets: some(&random, orgs, 3...6))
                }
                for n in 0..<random.int(0...2) {
                    try campaign(sink, &random, id: "\(id)-UBKT-DH\(year)-\(n + 1)", unit: district,
                                 body: "inspection_committee", kind: "violation_signs", year: year,
                                 targets: some(&random, orgs, 1...1), weights: [0, 30, 50, 20])
                }
                try campaign(sink, &random, id: "\(id)-UBKT-CD\(year)", unit: district, body: "inspection_committee",
                             kind: "lower_level", year: year, targets: some(&random, orgs, 2...5))
                try campaign(sink, &random, id: "\(id)-UBKT-TC\(year)", unit: district, body: "inspection_committee",
                             kind: "finance", year: year, targets: some(&random, orgs, 1...3))
                try petitions(sink, &random, year: year, district: district)
            }
            if tree.units[0].kind == "province" {
                let districts = tree.districtUnits
                for n in 1...random.int(2...3) {
                    try campaign(sink, &random, id: "t-BTV-KT\(year)-\(n)", unit: 0, body: "standing_committee",
                                 kind: "inspection", year: year, targets: some(&random, districts, 2...4))
                }
                try campaign(sink, &random, id: "t-UBKT-CD\(year)", unit: 0, body: "inspection_committee",
                             kind: "lower_level", year: year, targets: some(&random, districts, 2...4))
            }
        }
    }

    private mutating func orgDiscipline(_ sink: some SampleSink, _ random: inout SampleRandom, year: Int, by org: Int,
                                        target: Int) throws(SampleError) {
        let day = Day(year: year, month: 1 + random.int(0...11), day: 1 + random.int(0...27))!
        try emitRow(sink, .disciplines, [.text("KL-TC-\(tree.units[target].id)-\(year)"), .date(day),
                                         .text(tree.units[org].id), .text("organization"), .text(tree.units[target].id),
                                         .text(random.chance(0.7) ? "reprimand" : "warning")])
    }

    /// Complaints, denunciations and petitions received by the district and its communes (seed 003: about 4 a year per 100 members).
    private mutating func petitions(_ sink: some SampleSink, _ random: inout SampleRandom, year: Int,
                                    district: Int) throws(SampleError) {
        let members = (tree.branchesOfDistrict[district] ?? []).reduce(0) { $0 + foundersOf($1) }
        let communes = (tree.orgsOfDistrict[district] ?? []).filter { tree.units[$0].isCommune }
        for n in 0..<random.poisson(Double(members) * 0.035) {
            let received = Day(year: year, month: 1 + random.int(0...11), day: 1 + random.int(0...27))!
            let unit = random.chance(0.7) || communes.isEmpty ? district : random.pick(communes)
            let kind = ["complaint", "denunciation", "petition"][random.weighted([12, 28, 60])]
            let closed = received.adding(days: 7 + random.int(0...75))
            var cells: [SampleCell] = [.text("\(tree.units[district].id)-DT\(year)-\(pad(n + 1, 4))"), .date(received),
                                       .text(tree.units[unit].id), .text(kind)]
            if closed <= Self.end && random.chance(0.98) {
                cells += [.date(closed), .text(["resolved", "archived", "forwarded"][random.weighted([88, 6, 6])])]
            } else {
                cells += [.empty, .empty]
            }
            try emitRow(sink, .petitions, cells)
        }
    }

    private static let models: [(name: String, sector: String, scale: String, baseline: String?, baselinePerHa: Int,
                                 revenuePerHa: Int, perScale: Double)] = [
        ("Trồng cây ăn quả trên đất dốc", "crops", "ha", "trồng ngô", 25_000_000, 120_000_000, 1),
        ("Trồng chè chất lượng cao", "crops", "ha", "trồng lúa nương", 20_000_000, 90_000_000, 1),
        ("Trồng rau an toàn", "crops", "ha", "cấy lúa", 60_000_000, 250_000_000, 1),
        ("Nuôi cá lồng lòng hồ thủy điện", "aquaculture", "lồng", nil, 0, 0, 0),
        ("Chăn nuôi bò sinh sản", "livestock", "con", nil, 0, 0, 0),
        ("Trồng rừng gỗ lớn", "forestry", "ha", "trồng sắn", 18_000_000, 40_000_000, 1),
        ("Du lịch cộng đồng bản văn hóa", "tourism", "homestay", nil, 0, 0, 0),
        ("Chế biến miến dong, măng khô", "processing", "cơ sở", nil, 0, 0, 0),
    ]

    /// Economic models with yearly results, and yearly indicators, for every commune committee.
    mutating func writeEconomy(_ sink: some SampleSink) throws(SampleError) {
        var random = SampleRandom.derived(seed, 7)
        for org in tree.orgs where tree.units[org].isCommune {
            let id = tree.units[org].id
            for n in 1...(size == .s ? 2 : random.int(1...2)) {
                let model = Self.models[random.int(0...(Self.models.count - 1))]
                let startYear = Self.firstYear + random.int(0...5)
                let modelID = "\(id)-MH\(n)"
                try emitRow(sink, .economicModels, [
                    .text(modelID), .text(id), .text(model.name), .text(model.sector),
                    .date(Day(year: startYear, month: 1 + random.int(0...11), day: 1)!), .text(model.scale),
                    Self.optionalText(model.baseline), model.baseline == nil ? .empty : .int(model.baselinePerHa)])
                var households = 8 + random.int(0...40)
                var hundredthsHa = model.perScale > 0 ? 500 + random.int(0...3000) : 0
                var scale = model.perScale > 0 ? hundredthsHa / 100 : 10 + random.int(0...80)
                var revenuePerUnit = model.perScale > 0 ? Double(model.revenuePerHa) : Double(15_000_000 + random.int(0...35_000_000))
                for year in startYear...Self.lastYear {
                    let revenue = model.perScale > 0 ? Int(revenuePerUnit * Double(hundredthsHa) / 100)
                        : Int(revenuePerUnit * Double(scale))
                    let cost = Int(Double(revenue) * (0.4 + 0.2 * random.unit()))
                    let tonnes = model.sector == "tourism" ? SampleCell.empty
                        : .hundredths(max(1, revenue / 12_000_000 * 100 / 100) * 100 + random.int(0...99))
                    try emitRow(sink, .economicResults, [
                        .text(modelID), .text(String(year)), .int(households),
                        hundredthsHa > 0 ? .hundredths(hundredthsHa) : .empty, .int(scale), tonnes,
                        .int(revenue / 1000 * 1000), .int(cost / 1000 * 1000)])
                    households += random.int(0...6)
                    hundredthsHa += hundredthsHa * random.int(0...15) / 100
                    scale = model.perScale > 0 ? max(1, hundredthsHa / 100) : scale + random.int(0...12)
                    revenuePerUnit *= 1.02 + 0.06 * random.unit()
                }
            }
            var income = 14_000_000 + random.int(0...20) * 1_000_000
            var poor = 800 + random.int(0...3700)          // hundredths of a per cent
            var nearPoor = 500 + random.int(0...1000)
            var criteria = 4 + random.int(0...8)
            for year in Self.firstYear...Self.lastYear {
                let period = SampleCell.text(String(year))
                let incomeTarget = income / 100_000 * 100_000 * (97 + random.int(0...6)) / 100
                try emitRow(sink, .indicators, [.text(id), period, .text("income_per_capita_vnd"), .int(income),
                                                .int(incomeTarget / 100_000 * 100_000)])
                try emitRow(sink, .indicators, [.text(id), period, .text("poor_household_rate"), .hundredths(poor),
                                                .hundredths(max(100, poor - 100 + random.int(-60...60)))])
                try emitRow(sink, .indicators, [.text(id), period, .text("near_poor_household_rate"), .hundredths(nearPoor),
                                                .empty])
                try emitRow(sink, .indicators, [.text(id), period, .text("new_rural_criteria"), .int(criteria),
                                                .int(min(19, criteria + random.int(0...1)))])
                income = income * (106 + random.int(0...5)) / 100
                poor = max(150, poor - 150 - random.int(0...250))
                nearPoor = max(200, nearPoor - random.int(0...120))
                criteria = min(19, criteria + random.int(0...2))
            }
        }
    }

    /// A regular meeting a month in every branch, a thematic one in most quarters; head counts replayed from the events.
    mutating func writeMeetings(_ sink: some SampleSink) throws(SampleError) {
        for branch in tree.branches {
            var random = SampleRandom.derived(seed, 8, branch)
            var history = takeChanges(branch)
            history.sort()
            var position = 0, members = 0
            let id = SampleCell.text(tree.units[branch].id)
            for year in Self.firstYear...Self.lastYear {
                for month in 1...12 {
                    var days = [(Day(year: year, month: month, day: 3 + random.int(0...7))!, "regular")]
                    if month % 3 == 2, random.chance(0.85) {
                        days.append((Day(year: year, month: month, day: 15 + random.int(0...10))!, "thematic"))
                    }
                    for (day, kind) in days {
                        let limit = Int32(day.ordinal) * 2 + 1
                        while position < history.count, history[position] <= limit {
                            members += history[position] & 1 == 1 ? 1 : -1
                            position += 1
                        }
                        guard members > 0 else { continue }
                        let absent = min(members, random.poisson(Double(members) * (kind == "regular" ? 0.06 : 0.04)))
                        try emitRow(sink, .meetings, [id, .date(day), .text(kind), .int(members), .int(members - absent),
                                                      .text(random.chance(0.65) ? "yes" : "no")])
                    }
                }
            }
        }
    }

    static func optionalText(_ text: String?) -> SampleCell { text.map { .text($0) } ?? .empty }
}
