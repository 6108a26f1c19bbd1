internal import DatasetReaders

/// One model's result over a report period (SPEC §1.3, `economic_results`).
struct ModelResult {
    let id: String
    let unitID: String
    let unitName: String
    let name: String
    let sector: EconomicSector
    let scaleUnit: String?
    let baselineLabel: String?
    let baselineRevenuePerHa: Double?
    /// The report period's length: the baseline is per year.
    let months: Int
    /// Stocks, from the latest row.
    private(set) var households: Double?
    private(set) var areaHa: Double?
    private(set) var scaleQuantity: Double?
    /// Flows, summed; output is nil when no row has one.
    private(set) var outputTonnes: Double?
    private(set) var revenue = 0.0
    private(set) var cost = 0.0

    init(id: String, unitID: String, unitName: String, name: String, sector: EconomicSector,
         scaleUnit: String?, baselineLabel: String?, baselineRevenuePerHa: Double?, months: Int) {
        self.id = id
        self.unitID = unitID
        self.unitName = unitName
        self.name = name
        self.sector = sector
        self.scaleUnit = scaleUnit
        self.baselineLabel = baselineLabel
        self.baselineRevenuePerHa = baselineRevenuePerHa
        self.months = months
    }

    /// Adds a result row later than every row added before.
    mutating func add(households: Double?, areaHa: Double?, scaleQuantity: Double?, outputTonnes: Double?,
                      revenue: Double, cost: Double) {
        self.households = households
        self.areaHa = areaHa
        self.scaleQuantity = scaleQuantity
        if let outputTonnes { self.outputTonnes = (self.outputTonnes ?? 0) + outputTonnes }
        self.revenue += revenue
        self.cost += cost
    }

    var profit: Double { revenue - cost }

    /// Nil without an area or with an area of 0.
    var profitPerHa: Double? { areaHa.flatMap { $0 > 0 ? profit / $0 : nil } }

    /// Nil without households or with 0 households.
    var profitPerHousehold: Double? { households.flatMap { $0 > 0 ? profit / $0 : nil } }

    /// How many times the revenue per hectare the land earned before (*gấp N
    /// lần so với cấy lúa*), like with like (SPEC §5.3): the baseline is per
    /// year, so a quarter's revenue is set against a quarter of it —
    /// `revenue / area / (baseline × months / 12)`; nil when any of the three
    /// is missing or 0.
    var baselineMultiple: Double? {
        guard let area = areaHa, area > 0, let baseline = baselineRevenuePerHa, baseline > 0, revenue != 0
        else { return nil }
        return revenue / area / (baseline * Double(months) / 12)
    }
}
