internal import DatasetReaders

/// One indicator value of one unit for the report period (SPEC §1.3, `indicators`).
struct IndicatorFigure {
    let unitID: String
    let unitName: String
    let indicator: String
    var label: String
    /// The unit of measure, e.g. `%`, `đồng/người/năm`.
    var measure: String?
    let better: IndicatorDirection
    let value: Double
    let target: Double?
    /// The value for the same period last year; nil when there is none.
    let priorYear: Double?

    /// Whether the target is met in the indicator's direction (`higher`:
    /// value ≥ target; `lower`: value ≤ target); nil without a target.
    var achieved: Bool? {
        guard let target else { return nil }
        return better == .higher ? value >= target : value <= target
    }

    var change: Double? { priorYear.map { value - $0 } }
}
