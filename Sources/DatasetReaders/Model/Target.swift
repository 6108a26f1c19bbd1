/// A plan figure (kế hoạch, chỉ tiêu) for a unit, year and metric.
public struct Target: Hashable, Sendable {
    public let unitID: String
    public let year: Int
    public let metric: String
    public let value: Double
    public let source: SourceLocation
}
