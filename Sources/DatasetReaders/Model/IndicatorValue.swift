public import ReportModel

/// A socio-economic indicator's value for a unit and period (SPEC §1.3, `indicators`).
public struct IndicatorValue: Hashable, Sendable {
    public let unitID: String
    public let period: Period
    public let indicator: String
    public let value: Double
    public let target: Double?
    public let source: SourceLocation
}

/// What an indicator is: its label, unit of measure and which way is better.
/// The known ones are built in (SPEC §1.3); others come from `dataset.yaml`.
public struct IndicatorDefinition: Hashable, Sendable, Decodable {
    public let id: String
    public let label: String
    public let unit: String?
    public let better: IndicatorDirection
    /// Decimals its values are shown with (`precision:` in dataset.yaml): 0
    /// for đồng and counts, 1 for rates; nil for the table's default.
    public let precision: Int?

    public init(id: String, label: String, unit: String?, better: IndicatorDirection, precision: Int? = nil) {
        self.id = id
        self.label = label
        self.unit = unit
        self.better = better
        self.precision = precision
    }

    public static let builtIn: [IndicatorDefinition] = [
        IndicatorDefinition(id: "income_per_capita_vnd", label: "Thu nhập bình quân đầu người",
                            unit: "đồng/người/năm", better: .higher, precision: 0),
        IndicatorDefinition(id: "poor_household_rate", label: "Tỷ lệ hộ nghèo", unit: "%", better: .lower, precision: 1),
        IndicatorDefinition(id: "near_poor_household_rate", label: "Tỷ lệ hộ cận nghèo", unit: "%", better: .lower,
                            precision: 1),
        IndicatorDefinition(id: "new_rural_criteria", label: "Số tiêu chí nông thôn mới đạt", unit: "tiêu chí",
                            better: .higher, precision: 0),
    ]
}
