/// Greedy word wrapping by display width (`DisplayWidth`).
enum Wrap {
    /// `text` broken into lines of at most `width` display columns.
    ///
    /// Words are separated by any run of whitespace, newlines included (so a
    /// paragraph's own line breaks are not kept). The first line starts with
    /// `firstIndent` spaces and the others with `indent`; both count towards
    /// the width. A word longer than a whole line is cut at the width. Empty
    /// or blank text gives no lines.
    ///
    /// ```swift
    /// Wrap.lines("kết nạp 111 đảng viên", width: 12)   // ["kết nạp 111", "đảng viên"]
    /// ```
    static func lines(_ text: String, width: Int, firstIndent: Int = 0, indent: Int = 0) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lead = firstIndent

        func finishLine() {
            lines.append(String(repeating: " ", count: lead) + line)
            line = ""
            lineWidth = 0
            lead = indent
        }

        for word in words {
            var word = word
            var wordWidth = DisplayWidth.of(word)
            if lineWidth > 0, lead + lineWidth + 1 + wordWidth > width {
                finishLine()
            }
            // A word too long for an empty line is cut at the width.
            while lineWidth == 0, lead + wordWidth > width, wordWidth > 1 {
                let (head, tail) = split(word, atWidth: max(1, width - lead))
                line = head
                lineWidth = DisplayWidth.of(head)
                finishLine()
                word = tail
                wordWidth = DisplayWidth.of(tail)
            }
            if wordWidth == 0 { continue }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
        }
        if lineWidth > 0 { finishLine() }
        return lines
    }

    /// The longest prefix of `word` that fits in `width` columns (at least one
    /// character), and the rest.
    private static func split(_ word: String, atWidth width: Int) -> (String, String) {
        var head = ""
        var headWidth = 0
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            let characterWidth = DisplayWidth.of(String(character))
            if headWidth + characterWidth > width, !head.isEmpty { break }
            head.append(character)
            headWidth += characterWidth
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }

    /// The width of the longest word of `text`.
    static func longestWord(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).map { DisplayWidth.of($0) }.max() ?? 0
    }
}
