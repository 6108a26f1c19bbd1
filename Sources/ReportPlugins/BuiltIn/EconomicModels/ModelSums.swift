/// The sums over a group of models: a unit's subtotal, a sector, the total.
///
/// Households, area and output are nil when no model of the group has a
/// value. Profit per hectare (per household) is recomputed from the sums over
/// the models that have an area (households) above 0, so a fish-cage model
/// with no area does not inflate the profit per hectare of its unit.
struct ModelSums {
    private(set) var models = 0
    private(set) var households: Double?
    private(set) var areaHa: Double?
    private(set) var outputTonnes: Double?
    private(set) var revenue = 0.0
    private(set) var cost = 0.0
    private var profitOverArea = 0.0, areaWithProfit = 0.0
    private var profitOverHouseholds = 0.0, householdsWithProfit = 0.0

    init() {}

    init(_ results: some Sequence<ModelResult>) {
        for result in results { add(result) }
    }

    mutating func add(_ result: ModelResult) {
        models += 1
        if let value = result.households { households = (households ?? 0) + value }
        if let value = result.areaHa { areaHa = (areaHa ?? 0) + value }
        if let value = result.outputTonnes { outputTonnes = (outputTonnes ?? 0) + value }
        revenue += result.revenue
        cost += result.cost
        if let area = result.areaHa, area > 0 {
            profitOverArea += result.profit
            areaWithProfit += area
        }
        if let households = result.households, households > 0 {
            profitOverHouseholds += result.profit
            householdsWithProfit += households
        }
    }

    var profit: Double { revenue - cost }

    var profitPerHa: Double? { areaWithProfit > 0 ? profitOverArea / areaWithProfit : nil }

    var profitPerHousehold: Double? { householdsWithProfit > 0 ? profitOverHouseholds / householdsWithProfit : nil }
}
