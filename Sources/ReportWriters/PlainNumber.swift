/// Numbers for machines (JSON, CSV): unrounded and locale-independent.
enum PlainNumber {
    /// Swift's shortest text that reads back as the same `Double`
    /// (`123.33333333333333`, `0.1`, `-5.25`), a whole number without `.0`
    /// (`5`, `-1250000000`); nil for NaN and infinities. Magnitudes from 2⁵³
    /// up use exponent form (`1e+16`), as Swift writes them.
    static func text(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return value.description
    }
}
