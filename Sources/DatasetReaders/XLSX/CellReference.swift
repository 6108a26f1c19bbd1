/// The column of an A1-style cell reference: `C7` → 2 (0-based).
enum CellReference {
    /// Excel's last column, XFD.
    static let columnLimit = 16_384
    static let rowLimit = 1_048_576

    /// nil when `reference` is not letters then digits, or lies beyond column XFD.
    static func columnIndex(_ reference: String) -> Int? {
        var column = 0
        var letters = 0
        var digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                digits += 1
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
            if letters > 3 { return nil }
        }
        guard letters > 0, digits > 0, column <= columnLimit else { return nil }
        return column - 1
    }

    /// `2` → `C`, for messages about cells without a reference.
    static func name(ofColumn index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}
