import Foundation

/// Turns report titles into worksheet names Excel accepts: none of
/// `[]:*?/\`, no apostrophe at either end, at most 31 characters, and
/// unique ignoring case (`Biến động (2)` for a second `Biến động`).
struct XLSXSheetNames {
    static let maximumLength = 31
    private var used: Set<String> = []

    init(reserved: [String] = []) {
        for name in reserved { used.insert(Self.key(name)) }
    }

    /// A new unique name for a sheet titled `title`; `fallback` when the
    /// title has nothing usable left.
    mutating func name(for title: String, fallback: String) -> String {
        var base = Self.clean(title)
        if base.isEmpty { base = Self.clean(fallback) }
        if base.isEmpty { base = "Sheet" }
        var candidate = Self.truncated(base, to: Self.maximumLength)
        var number = 2
        while used.contains(Self.key(candidate)) {
            let suffix = " (\(number))"
            candidate = Self.truncated(base, to: Self.maximumLength - suffix.utf16.count) + suffix
            number += 1
        }
        used.insert(Self.key(candidate))
        return candidate
    }

    static func clean(_ title: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let kept = title.precomposedStringWithCanonicalMapping
            .filter { !forbidden.contains($0) && !$0.isNewline && $0 != "\t" && $0 != "\u{0}" }
        return trimmed(kept)
    }

    /// At most `length` UTF-16 units (Excel's count; each is also at most one
    /// character for libxlsxwriter), never splitting a character.
    static func truncated(_ text: String, to length: Int) -> String {
        var result = ""
        for character in text {
            guard result.utf16.count + String(character).utf16.count <= length else { break }
            result.append(character)
        }
        return trimmed(result)
    }

    private static func trimmed(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first == "'" || first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last == "'" || last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    private static func key(_ name: String) -> String { name.precomposedStringWithCanonicalMapping.lowercased() }
}
