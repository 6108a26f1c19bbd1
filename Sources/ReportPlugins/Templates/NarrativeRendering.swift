internal import Mustache

/// How every narrative template is rendered, a built-in's or a plugin.yaml's.
enum NarrativeRendering {
    /// Each paragraph rendered with `values`; runs of spaces (left by sections
    /// that rendered empty) become one, and empty paragraphs are dropped.
    static func paragraphs(_ templates: [MustacheTemplate], _ values: [String: Any]) -> [String] {
        let values = withSingularFlags(values)
        return templates.compactMap { template in
            let text = collapsingSpaces(template.render(values))
            return text.isEmpty ? nil : text
        }
    }

    /// `text` with each run of whitespace made one space and none left at
    /// either end, as splitting its characters on `isWhitespace` would make it.
    /// Done on bytes when there is no other whitespace than ASCII's and every
    /// scalar beside a space is a Latin or Vietnamese letter, digit or sign
    /// (U+0021–02FF, U+1E00–1EFF), which never joins a space into a wider
    /// character as a combining mark after it would; otherwise by characters.
    static func collapsingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { (0x09...0x0D).contains(scalar.value) || scalar == " " }
        // Not whitespace, and never joined into one character with a space beside it.
        func standsApart(_ scalar: Unicode.Scalar) -> Bool {
            (0x21..<0x300).contains(scalar.value) && scalar.value != 0x85 && scalar.value != 0xA0
                || (0x1E00..<0x1F00).contains(scalar.value)
        }
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let joinsOrIsSpace = if isSpace(scalar) {
                previous.map { !isSpace($0) && !standsApart($0) } ?? false
            } else {
                !standsApart(scalar) && (previous.map(isSpace) ?? false || scalar.properties.isWhitespace)
            }
            if joinsOrIsSpace { return text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            previous = scalar
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var spaceBefore = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                spaceBefore = !bytes.isEmpty
            } else {
                if spaceBefore { bytes.append(0x20) }
                spaceBefore = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `values` with `NAME_one: true` beside every value that is the count 1,
    /// at every depth, so that a language with plurals can write
    /// `{{admitted}} member{{^admitted_one}}s{{/admitted_one}}`.
    static func withSingularFlags(_ values: [String: Any]) -> [String: Any] {
        var flagged = values
        for (key, value) in values {
            switch value {
            case let text as String:
                if text == "1" { flagged[key + "_one"] = true }
            case is Bool, is [String: Bool]:
                // No count among them; a cast to [String: Any] would copy every `has` table.
                break
            case let nested as [String: Any]:
                flagged[key] = withSingularFlags(nested)
            case let list as [[String: Any]]:
                flagged[key] = list.map(withSingularFlags)
            default:
                break
            }
        }
        return flagged
    }
}
