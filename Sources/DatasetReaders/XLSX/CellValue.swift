internal import ReportModel

/// How one cell's stored value reads as text, by its type `t` (ECMA-376
/// §18.3.1.4, `ST_CellType`) and its style's number format.
///
/// Formulas are never evaluated: their cached result (`<v>`) is the value.
struct CellValue {
    /// The cell's text, cleaned (`CellText.clean`); empty for an empty cell.
    let text: String
    /// Whether it was a typed number, written plainly (`ExcelNumber`).
    let isNumber: Bool

    /// Reads a cell of type `type` (nil = number) holding `value` (`<v>`) or,
    /// for inline strings, `inlineText` (`<is>`). A problem throws its message;
    /// the caller adds where.
    init(type: String?, value: String, inlineText: String, isDateStyle: Bool,
         sharedStrings: [String], dateSystem: ExcelDateSystem) throws(CellValueError) {
        switch type {
        case "s":
            let trimmed = Self.clean(value)
            guard let index = Int(trimmed), sharedStrings.indices.contains(index) else {
                throw CellValueError(Message("shared string \(trimmed.isEmpty ? "\"\"" : trimmed) does not exist (the "
                                           + "workbook has \(sharedStrings.count))"))
            }
            self.init(text: sharedStrings[index], isNumber: false)
        case "inlineStr":
            self.init(text: Self.clean(XLSXEscapes.decode(inlineText)), isNumber: false)
        case "str", "e":
            // A formula's text result; an error such as #DIV/0!.
            self.init(text: Self.clean(XLSXEscapes.decode(value)), isNumber: false)
        case "b":
            let flag = Self.clean(value)
            self.init(text: flag == "1" || flag.lowercased() == "true" ? "1" : flag.isEmpty ? "" : "0", isNumber: false)
        case "d":
            // ISO 8601 date cells (strict OOXML): keep the day.
            self.init(text: String(Self.clean(value).prefix(10)), isNumber: false)
        case nil, "n":
            let trimmed = Self.clean(value)
            if trimmed.isEmpty {
                self.init(text: "", isNumber: false)
                return
            }
            guard let number = Double(trimmed), number.isFinite else {
                throw CellValueError(Message("\"\(trimmed)\" is stored as a number but is not one"))
            }
            if isDateStyle, let day = dateSystem.isoDay(serial: number) {
                self.init(text: day, isNumber: false)
            } else {
                self.init(text: ExcelNumber.plainText(number), isNumber: true)
            }
        case let other?:
            throw CellValueError(Message("unknown cell type \"\(other)\""))
        }
    }

    /// `CellText.clean`, without Foundation's trimming when there is nothing to trim
    /// (almost every cell): a sheet has millions of them.
    static func clean(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if isSpace(first) || isSpace(last) { return CellText.clean(text) }
        return CellText.nfc(text)
    }

    /// What `CharacterSet.whitespaces` holds: space separators (Zs) and the tab.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }

    init(text: String, isNumber: Bool) {
        self.text = text
        self.isNumber = isNumber
    }
}

/// What is wrong with one cell's value, without the cell's place.
struct CellValueError: Error {
    let message: Message
    init(_ message: Message) { self.message = message }
}
