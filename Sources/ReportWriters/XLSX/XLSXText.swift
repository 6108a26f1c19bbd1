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

    /// Characters as a reader counts them: a Vietnamese letter with its
    /// diacritics is one character, however it was typed (precomposed or
    /// with combining marks, which take no room of their own). Counted by
    /// scalar: this runs for every cell of every workbook of a batch.
    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !takesNoRoom(scalar) { count += 1 }
        return count
    }

    /// Column units a one-line `text` needs, with a little padding.
    static func units(_ text: String, bold: Bool = false) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            if value < 0x370 {
                units += commonScalarUnits[value]
            } else if (0x1E00..<0x1F00).contains(value) {
                units += commonScalarUnits[0x370 + value - 0x1E00]
            } else {
                units += scalarUnits(scalar)
            }
        }
        return units * (bold ? boldFactor : 1) + 1.5
    }

    /// `scalarUnits` of every scalar up to the combining diacritics and of
    /// Latin Extended Additional (ạ, ế, ữ…), worked out once: Unicode's
    /// properties cost hundreds of instructions a scalar, for every cell of a batch.
    private static let commonScalarUnits: [Double] =
        (0..<0x370).map { scalarUnits(Unicode.Scalar($0)!) } + (0x1E00..<0x1F00).map { scalarUnits(Unicode.Scalar($0)!) }

    /// Column units one scalar takes.
    private static func scalarUnits(_ scalar: Unicode.Scalar) -> Double {
        if takesNoRoom(scalar) { return 0 }
        if scalar.isASCII {
            switch scalar.value {
            case 0x30...0x39, 0x2E, 0x2C, 0x25, 0x2D, 0x2B: return unitsPerDigit   // 0-9 . , % - +
            case 0x41...0x5A: return unitsPerCapital
            default: return unitsPerLetter
            }
        }
        if scalar.properties.numericType != nil { return unitsPerDigit }
        return scalar.properties.isUppercase ? unitsPerCapital : unitsPerLetter
    }

    /// A combining mark (or joiner) drawn on the character before it.
    private static func takesNoRoom(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case ..<0x300: false
        case 0x300...0x36F: true   // combining diacritical marks: all Grapheme_Extend
        case 0x1E00...0x1EFF: false   // Latin Extended Additional (ạ, ế, ữ…): letters, asked of every Vietnamese cell
        default: scalar.properties.isGraphemeExtend
        }
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
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var wordWidth = displayWidth(word)
                if line.isEmpty, wordWidth <= width {
                    (line, lineWidth) = (word, wordWidth)
                    continue
                }
                if !line.isEmpty, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                while wordWidth > width {
                    lines.append(String(word.prefix(width)))
                    word = String(word.dropFirst(width))
                    wordWidth = displayWidth(word)
                }
                (line, lineWidth) = (word, wordWidth)
            }
            lines.append(line)
        }
        return lines
    }

    /// How many lines `wrap` makes of `text`, counted without making them:
    /// every cover paragraph and long header of every workbook is counted.
    /// A text of Latin letters, Vietnamese ones included, is counted in its
    /// bytes (each of its characters is one scalar, so spaces and newlines
    /// split it as its characters would); any other as `wrap` makes it.
    static func wrappedLineCount(_ text: String, charactersPerLine width: Int) -> Int {
        let oneScalarPerCharacter = text.unicodeScalars.allSatisfy { scalar in
            (scalar.value < 0x300 && scalar != "\r") || (0x1E00...0x1EFF).contains(scalar.value)
        }
        guard oneScalarPerCharacter else { return wrap(text, charactersPerLine: width).count }
        var count = 0
        var lineIsEmpty = true, lineWidth = 0, wordWidth = 0
        func endWord() {
            defer { wordWidth = 0 }
            guard wordWidth > 0 else { return }
            if lineIsEmpty, wordWidth <= width {
                (lineIsEmpty, lineWidth) = (false, wordWidth)
            } else if !lineIsEmpty, lineWidth + 1 + wordWidth <= width {
                lineWidth += 1 + wordWidth
            } else {
                if !lineIsEmpty { count += 1 }
                while wordWidth > width {   // a word longer than a line is cut
                    count += 1
                    wordWidth -= width
                }
                (lineIsEmpty, lineWidth) = (false, wordWidth)
            }
        }
        for byte in text.utf8 {
            switch byte {
            case 0x20: endWord()
            case 0x0A:
                endWord()
                count += 1
                (lineIsEmpty, lineWidth) = (true, 0)
            case 0x80...0xBF: break   // a scalar's continuation byte
            default: wordWidth += 1
            }
        }
        endWord()
        return count + 1
    }

    /// Lines `text` takes in a wrapped cell `width` units wide.
    static func lineCount(_ text: String, width: Double, bold: Bool = false) -> Int {
        if !text.utf8.contains(0x0A), units(text, bold: bold) <= width { return 1 }   // a byte test: Foundation's contains searches
        return wrappedLineCount(text, charactersPerLine: charactersPerLine(width: width, bold: bold))
    }

    /// The fewest characters per line that wrap `text` into at most `lines`
    /// lines (never less than its longest word).
    static func charactersToWrap(_ text: String, into lines: Int) -> Int {
        let length = displayWidth(text)
        var width = max(1, longestWord(text))
        while width < length, wrappedLineCount(text, charactersPerLine: width) > lines { width += 1 }
        return width
    }

    /// Row height for `lines` lines of text.
    static func rowHeight(lines: Int, lineHeight: Double = lineHeight) -> Double {
        min(maximumRowHeight, Double(max(1, lines)) * lineHeight + 4)
    }

    /// The longest word, which a wrapped header cannot break.
    static func longestWord(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { displayWidth($0) }.max() ?? 0
    }

    /// The text a cell shows for `value` in a column of `type`, as Excel
    /// displays it through our number formats (`XLSXStyles.numberFormat`).
    static func display(_ value: CellValue, as type: ColumnType, decimals: Int? = nil) -> String {
        let digits = decimals ?? type.defaultDecimals
        switch value {
        case .null: return ""
        case .text(let text): return text
        case .date(let day): return VietnameseDate.short(day)
        case .integer, .number:
            guard let number = value.number else { return "" }
            switch type {
            case .text, .date: return "\(number)"
            case .percent: return VietnameseNumber.format(number, fractionDigits: digits) + "%"
            default: return VietnameseNumber.format(number, fractionDigits: digits)
            }
        }
    }
}
