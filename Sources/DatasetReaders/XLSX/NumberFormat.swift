/// Whether a cell's number format shows its number as a date.
///
/// Excel keeps dates as numbers (days since its epoch); only the format tells
/// a date from a count. Built-in formats are known by id; a custom format is
/// a date when, outside quoted text, escaped characters and `[…]` sections
/// (colours, locales such as `[$-42A]`, elapsed time `[h]`), it has a day or
/// year code (`d`, `y`), or a month code `m` in a format without hours or
/// seconds (there `m` means minutes). Formats that show only a time of day
/// (`h:mm`, ids 18–21 and 45–47) are not dates: such a cell reads as its number.
enum NumberFormat {
    /// Built-in dates and dates with times: 14–17, 22, and the East Asian 27–36, 50–58.
    static let builtInDateIDs: Set<Int> = Set([14, 15, 16, 17, 22]).union(27...36).union(50...58)

    static func isDate(id: Int, code: String?) -> Bool {
        if let code { return isDate(code: code) }
        return builtInDateIDs.contains(id)
    }

    static func isDate(code: String) -> Bool {
        var codes = Set<Character>()
        var quoted = false, bracketed = false, skipNext = false
        for character in code.lowercased() {
            if skipNext { skipNext = false; continue }
            switch character {
            case "\"": quoted.toggle()
            case _ where quoted: continue
            case "[": bracketed = true
            case "]": bracketed = false
            case _ where bracketed: continue
            // `\x` shows x; `_x` leaves x's width; `*x` fills with x.
            case "\\", "_", "*": skipNext = true
            case "d", "m", "y", "h", "s": codes.insert(character)
            default: continue
            }
        }
        if codes.contains("d") || codes.contains("y") { return true }
        return codes.contains("m") && !codes.contains("h") && !codes.contains("s")
    }
}
