/// Vietnamese text compared the way people type it: without its marks.
public enum VietnameseText {
    /// Lower case, without tone and vowel marks: `Đảng bộ xã Mường Lèo` →
    /// `dang bo xa muong leo`, so that `muong leo` finds it.
    public static func plain(_ text: String) -> String {
        String(text.lowercased().map(unmarked))
    }

    private static let groups: [(Character, String)] = [
        ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"), ("o", "òóỏõọôồốổỗộơờớởỡợ"),
        ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
    ]

    private static func unmarked(_ character: Character) -> Character {
        for (plain, marked) in groups where marked.contains(character) { return plain }
        return character
    }

    /// The edit distance between two texts (insertions, deletions, substitutions).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
