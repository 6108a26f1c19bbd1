/// Excel writes characters XML cannot hold (and some it can, such as carriage
/// returns) in text as `_xHHHH_`, e.g. `Dòng 1_x000D_`; `_x005F_` escapes an
/// underscore that would otherwise start such a sequence.
enum XLSXEscapes {
    static func decode(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", hex.dropLast().allSatisfy(\.isHexDigit),
               let code = UInt32(hex.dropLast(), radix: 16),
               let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// Whether `_x` occurs, in pure Swift (Foundation's `contains` is slow on Linux).
    private static func mayContainEscape(_ text: String) -> Bool {
        var afterUnderscore = false
        for byte in text.utf8 {
            if afterUnderscore, byte == UInt8(ascii: "x") { return true }
            afterUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }
}
