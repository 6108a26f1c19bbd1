internal import CXlsxWriter

/// One sheet of a `Workbook`. It keeps its workbook alive and owns nothing:
/// libxlsxwriter frees worksheets when the workbook closes, and every call
/// after `Workbook.close()` throws.
///
/// Rows and columns are zero-based (`row: 0, column: 0` is A1). Text is
/// always written as a string, never as a formula: `=SUM(A1)`, `+1`, `-5`
/// and `@x` stay the characters they are.
public final class Worksheet {
    public let name: String
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let workbook: Workbook

    /// Excel's limits: 1,048,576 rows and 16,384 columns.
    public static let rowCount = 1_048_576
    public static let columnCount = 16_384

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
    }

    // MARK: Cells

    /// Writes a number. NaN and infinities have no XLSX form and are refused.
    public func write(_ number: Double, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        // Worded only when something fails: a workbook writes thousands of cells.
        func describe() -> String { self.operation("write number", row, column) }
        guard number.isFinite else { throw XlsxError(operation: describe(), message: "\(number) is not a finite number") }
        let (r, c) = try cell(row, column, describe())
        let f = try lxwFormat(format, describe())
        try XlsxError.check(worksheet_write_number(handle, r, c, number, f), describe())
    }

    public func write(_ number: Int, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        try write(Double(number), row: row, column: column, format: format)
    }

    /// Writes text as a string cell, never as a formula. Empty text with a
    /// format gives a formatted blank cell.
    public func write(_ text: String, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        func describe() -> String { self.operation("write string", row, column) }
        try XlsxError.checkText(text, describe())
        let (r, c) = try cell(row, column, describe())
        let f = try lxwFormat(format, describe())
        let code = text.isEmpty
            ? worksheet_write_blank(handle, r, c, f)
            : worksheet_write_string(handle, r, c, text, f)
        try XlsxError.check(code, describe())
    }

    /// Writes an empty cell that still shows its format (borders, fill).
    public func writeBlank(row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        func describe() -> String { self.operation("write blank", row, column) }
        let (r, c) = try cell(row, column, describe())
        let f = try lxwFormat(format, describe())
        try XlsxError.check(worksheet_write_blank(handle, r, c, f), describe())
    }

    public func write(_ value: Bool, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        func describe() -> String { self.operation("write boolean", row, column) }
        let (r, c) = try cell(row, column, describe())
        let f = try lxwFormat(format, describe())
        try XlsxError.check(worksheet_write_boolean(handle, r, c, value ? 1 : 0, f), describe())
    }

    /// Writes a calendar day as an Excel date: a serial number shown through
    /// the format's number format (give it one such as `dd/mm/yyyy`, or the
    /// cell shows a plain number).
    public func write(_ date: ExcelDate, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        func describe() -> String { self.operation("write date", row, column) }
        guard date.isValid else {
            throw XlsxError(operation: describe(), message: "\(date) is not a day Excel can store (1900-01-01 to 9999-12-31)")
        }
        let (r, c) = try cell(row, column, describe())
        let f = try lxwFormat(format, describe())
        var datetime = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
                                    hour: 0, min: 0, sec: 0)
        try XlsxError.check(worksheet_write_datetime(handle, r, c, &datetime, f), describe())
    }

    /// Merges a block of cells and writes `text` (as a string) in it. A
    /// single cell is simply written, since Excel has no one-cell merge.
    public func merge(rows: ClosedRange<Int>, columns: ClosedRange<Int>, text: String,
                      format: Format? = nil) throws(XlsxError) {
        if rows.count == 1 && columns.count == 1 {
            try write(text, row: rows.lowerBound, column: columns.lowerBound, format: format)
            return
        }
        func describe() -> String { "merge \(Self.range(rows, columns)) on sheet \"\(name)\"" }
        try XlsxError.checkText(text, describe())
        let (r0, c0) = try cell(rows.lowerBound, columns.lowerBound, describe())
        let (r1, c1) = try cell(rows.upperBound, columns.upperBound, describe())
        let f = try lxwFormat(format, describe())
        try XlsxError.check(worksheet_merge_range(handle, r0, c0, r1, c1, text, f), describe())
    }

    // MARK: Rows and columns

    /// Sets the width (in Excel's character units) of a range of columns, with
    /// an optional default format, hiding and outline level (0…7).
    public func setColumns(_ columns: ClosedRange<Int>, width: Double, format: Format? = nil,
                           hidden: Bool = false, level: Int = 0) throws(XlsxError) {
        func describe() -> String { "set columns \(Self.columnName(columns.lowerBound)):\(Self.columnName(columns.upperBound)) on sheet \"\(name)\"" }
        let (_, c0) = try cell(0, columns.lowerBound, describe())
        let (_, c1) = try cell(0, columns.upperBound, describe())
        let f = try lxwFormat(format, describe())
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: try outlineLevel(level, describe()), collapsed: 0)
        try XlsxError.check(worksheet_set_column_opt(handle, c0, c1, width, f, &options), describe())
    }

    /// Sets a row's height in points (nil keeps the default 15), its default
    /// format, hiding and outline level (0…7).
    public func setRow(_ row: Int, height: Double? = nil, format: Format? = nil, hidden: Bool = false,
                       level: Int = 0, collapsed: Bool = false) throws(XlsxError) {
        func describe() -> String { "set row \(row + 1) on sheet \"\(name)\"" }
        let (r, _) = try cell(row, 0, describe())
        let f = try lxwFormat(format, describe())
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: try outlineLevel(level, describe()),
                                          collapsed: collapsed ? 1 : 0)
        try XlsxError.check(worksheet_set_row_opt(handle, r, height ?? LXW_DEF_ROW_HEIGHT, f, &options), describe())
    }

    /// Where outline (group) buttons go: `symbolsBelow` puts a group's button
    /// on the summary row under it (Excel's default), false on the row above.
    public func setOutlineSettings(visible: Bool = true, symbolsBelow: Bool = true, symbolsRight: Bool = true,
                                   autoStyle: Bool = false) throws(XlsxError) {
        _ = try workbook.pointer("set outline settings on sheet \"\(name)\"")
        worksheet_outline_settings(handle, visible ? 1 : 0, symbolsBelow ? 1 : 0, symbolsRight ? 1 : 0, autoStyle ? 1 : 0)
    }

    // MARK: View

    /// Starts a new printed page at each of `rows` (0-based; row 0 cannot break).
    public func setPageBreaks(beforeRows rows: [Int]) throws(XlsxError) {
        let operation = "set page breaks on sheet \"\(name)\""
        var breaks: [lxw_row_t] = []
        for row in rows where row > 0 { breaks.append(try cell(row, 0, operation).0) }
        breaks.append(0)   // the list's end
        try XlsxError.check(worksheet_set_h_pagebreaks(handle, &breaks), operation)
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freezePanes(row: Int, column: Int) throws(XlsxError) {
        let operation = "freeze panes at \(Self.cellName(row, column)) on sheet \"\(name)\""
        let (r, c) = try cell(row, column, operation)
        worksheet_freeze_panes(handle, r, c)
    }

    /// Puts filter buttons on the first row of the block.
    public func autofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws(XlsxError) {
        let operation = "autofilter \(Self.range(rows, columns)) on sheet \"\(name)\""
        let (r0, c0) = try cell(rows.lowerBound, columns.lowerBound, operation)
        let (r1, c1) = try cell(rows.upperBound, columns.upperBound, operation)
        try XlsxError.check(worksheet_autofilter(handle, r0, c0, r1, c1), operation)
    }

    /// Makes this the sheet shown when the file opens.
    public func activate() throws(XlsxError) {
        _ = try workbook.pointer("activate sheet \"\(name)\"")
        worksheet_activate(handle)
    }

    // MARK: Helpers

    func cell(_ row: Int, _ column: Int, _ operation: @autoclosure () -> String) throws(XlsxError) -> (UInt32, UInt16) {
        _ = try workbook.pointer(operation())
        guard (0..<Self.rowCount).contains(row), (0..<Self.columnCount).contains(column) else {
            throw XlsxError(operation: operation(),
                            message: "row \(row) / column \(column) is outside the sheet (rows 0…\(Self.rowCount - 1), columns 0…\(Self.columnCount - 1))")
        }
        return (UInt32(row), UInt16(column))
    }

    func lxwFormat(_ format: Format?, _ operation: @autoclosure () -> String) throws(XlsxError) -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        guard format.workbook === workbook else {
            throw XlsxError(operation: operation(), message: "the format belongs to another workbook")
        }
        return format.handle
    }

    func outlineLevel(_ level: Int, _ operation: @autoclosure () -> String) throws(XlsxError) -> UInt8 {
        guard (0...7).contains(level) else {
            throw XlsxError(operation: operation(), message: "outline level \(level) is outside 0…7")
        }
        return UInt8(level)
    }

    func operation(_ verb: String, _ row: Int, _ column: Int) -> String {
        "\(verb) at \(Self.cellName(row, column)) on sheet \"\(name)\""
    }

    /// `A`, `Z`, `AA`… for a zero-based column.
    public static func columnName(_ column: Int) -> String {
        guard column >= 0 else { return "?" }
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `B3` for row 2, column 1.
    public static func cellName(_ row: Int, _ column: Int) -> String { "\(columnName(column))\(row + 1)" }

    static func range(_ rows: ClosedRange<Int>, _ columns: ClosedRange<Int>) -> String {
        "\(cellName(rows.lowerBound, columns.lowerBound)):\(cellName(rows.upperBound, columns.upperBound))"
    }
}

@available(*, unavailable, message: "libxlsxwriter objects are not thread-safe")
extension Worksheet: Sendable {}

/// A calendar day to write as an Excel date.
public struct ExcelDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Excel's date system starts in 1900; the day must exist.
    var isValid: Bool {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    public var description: String {
        let pad = { (value: Int, width: Int) in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
