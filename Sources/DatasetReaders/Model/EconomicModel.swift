public import ReportModel

/// A local economic model (mô hình kinh tế; SPEC §1.3, `economic_models`).
public struct EconomicModel: Hashable, Sendable {
    public let id: String
    /// The commune-level unit it belongs to.
    public let unitID: String
    public let name: String
    public let sector: EconomicSector
    public let startedOn: Day?
    /// `lồng`, `con`, `ha`…
    public let scaleUnit: String?
    /// What the land was used for before, e.g. `cấy lúa`.
    public let baselineLabel: String?
    /// What the same land earned per hectare before.
    public let baselineRevenuePerHa: Double?
    public let source: SourceLocation
}

/// A model's results over one period (SPEC §1.3, `economic_results`).
public struct EconomicResult: Hashable, Sendable {
    public let modelID: String
    public let period: Period
    public let households: Double?
    public let areaHa: Double?
    public let scaleQuantity: Double?
    public let outputTonnes: Double?
    public let revenue: Double
    public let cost: Double
    public let source: SourceLocation
}
