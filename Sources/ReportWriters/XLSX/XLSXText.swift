import Foundation
import ReportModel

/// How wide text looks in a cell, to fit columns and rows without measuring
/// fonts. Widths are in Excel's column units (about one digit of the default
/// 11 pt font); our 12 pt Times New Roman is a little wider.
enum XLSXText {
    /// Column units one character of 12 pt Times New Roman takes: digits
    /// are wider than the default font's, most letters narrower.
    static let unitsPerDigit = 1.15
    static let unitsPerCapital = 1.25
    static let unitsPerLetter = 0.9
    /// Bold glyphs are wider.
    static let boldFactor = 1.1
    /// For wrapping, where only a count of characters per line is needed.
    static let averageUnitsPerCharacter = 1.0
    /// Points per line of 12 pt text, with leading.
    static let lineHeight = 16.0
    /// Excel's tallest row.
    static let maximumRowHeight = 409.0

    /// Characters as a reader counts them: after NFC, so a Vietnamese letter
    /// with its diacritics is one character, however it was typed.
    static func displayWidth(_ text: String) -> Int {
        text.precomposedStringWithCanonicalMapping.count
    }

    /// Column units a one-line `text` needs, with a little padding.
    static func units(_ text: String, bold: Bool = false) -> Double {
        var units = 0.0
        for character in text.precomposedStringWithCanonicalMapping {
            if character.isNumber || ".,%-+".contains(character) {
                units += unitsPerDigit
            } else if character.isUppercase {
                units += unitsPerCapital
            } else {
                units += unitsPerLetter
            }
        }
        return units * (bold ? boldFactor : 1) + 1.5
    }

    /// Characters that fit on one line of a cell `width` units wide.
    static func charactersPerLine(width: Double, bold: Bool = false) -> Int {
        max(1, Int((width - 1.5) / (averageUnitsPerCharacter * (bold ? boldFactor : 1))))
    }

    /// The lines `text` wraps into at `width` characters, breaking at spaces
    /// as Excel does (a word longer than a line is cut).
    static func wrap(_ text: String, charactersPerLine width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                let candidate = line.isEmpty ? word : line + " " + word
                if displayWidth(candidate) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                while displayWidth(word) > width {
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }

    /// Lines `text` takes in a wrapped cell `width` units wide.
    static func lineCount(_ text: String, width: Double, bold: Bool = false) -> Int {
        if !text.contains("\n"), units(text, bold: bold) <= width { return 1 }
        return wrap(text, charactersPerLine: charactersPerLine(width: width, bold: bold)).count
    }

    /// The fewest characters per line that wrap `text` into at most `lines`
    /// lines (never less than its longest word).
    static func charactersToWrap(_ text: String, into lines: Int) -> Int {
        let length = displayWidth(text)
        var width = max(1, longestWord(text))
        while width < length, wrap(text, charactersPerLine: width).count > lines { width += 1 }
        return width
    }

    /// Row height for `lines` lines of text.
    static func rowHeight(lines: Int, lineHeight: Double = lineHeight) -> Double {
        min(maximumRowHeight, Double(max(1, lines)) * lineHeight + 4)
    }

    /// The longest word, which a wrapped header cannot break.
    static func longestWord(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { displayWidth(String($0)) }.max() ?? 0
    }

    /// The text a cell shows for `value` in a column of `type`, as Excel
    /// displays it through our number formats.
    static func display(_ value: CellValue, as type: ColumnType) -> String {
        switch value {
        case .null: return ""
        case .text(let text): return text
        case .date(let day): return VietnameseDate.short(day)
        case .integer(let number):
            switch type {
            case .decimal, .percent: return VietnameseNumber.format(Double(number), fractionDigits: 1)
            default: return VietnameseNumber.format(number)
            }
        case .number(let number):
            switch type {
            case .decimal, .percent: return VietnameseNumber.format(number, fractionDigits: 1)
            case .integer, .money: return VietnameseNumber.format(number)
            case .text, .date: return "\(number)"
            }
        }
    }
}
