internal import Foundation

/// A seedable pseudo-random generator (xoshiro256**, seeded through
/// SplitMix64): the same seed gives the same stream on every platform and
/// Swift version, which `SystemRandomNumberGenerator` cannot promise.
struct SampleRandom: RandomNumberGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform number in `0 ..< 1`.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A uniform integer in `range` (the slight modulo bias does not matter for demo data).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// An index drawn with the given weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        var r = unit() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            r -= weight
            if r < 0 { return index }
        }
        return weights.count - 1
    }

    /// A Poisson-distributed count with mean `mean` (Knuth's method for small
    /// means, a rounded normal approximation above 30).
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean > 30 {
            let u1 = max(unit(), 1e-12), u2 = unit()
            let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            return max(0, Int((mean + normal * mean.squareRoot()).rounded()))
        }
        let limit = exp(-mean)
        var k = 0, p = 1.0
        repeat { k += 1; p *= unit() } while p > limit
        return k - 1
    }

    /// A generator for a sub-stream, so that one part of the data does not
    /// shift when another part draws more numbers.
    static func derived(_ seed: UInt64, _ parts: Int...) -> SampleRandom {
        var h = seed ^ 0x5851_F42D_4C95_7F2D
        for part in parts { h = (h ^ UInt64(bitPattern: Int64(part))) &* 0x100_0000_01B3 &+ 0x9E37_79B9 }
        return SampleRandom(seed: h)
    }
}

