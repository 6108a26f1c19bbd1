import ReportModel
import Synchronization
import XlsxWriter

/// One report table on a sheet: a bold title row, one or two header rows
/// (group labels merged over their columns, ungrouped labels merged down
/// both rows), then one row per report row. Column 0 holds the row labels.
struct XLSXTableBlock {
    let table: ReportTable
    /// Header of the row-label column.
    let labelHeader: String

    /// Where the block landed on the sheet.
    struct Placement {
        let titleRow: Int
        let headerRows: ClosedRange<Int>
        /// Empty for a table without rows.
        let dataRows: Range<Int>
        /// The first row after the block.
        var nextRow: Int { dataRows.upperBound }
    }

    static let minimumWidth = 6.0
    static let maximumWidth = 50.0

    /// Label column plus one per table column.
    var columnCount: Int { 1 + table.columns.count }

    var hasGroups: Bool { table.columns.contains { $0.group != nil } }

    var headerRowCount: Int { hasGroups ? 2 : 1 }

    /// Whether subtotal rows come before the outlined rows they sum (then
    /// outline buttons belong above each group, not below): a summary row
    /// followed by deeper rows and not preceded by any.
    var summaryAbove: Bool {
        let rows = table.rows
        return rows.indices.dropLast().contains { index in
            let row = rows[index], next = rows[index + 1]
            guard row.kind != .data, next.level > row.level, Self.outlineLevel(next) > 0 else { return false }
            return index == 0 || rows[index - 1].level <= row.level
        }
    }

    /// Runs of neighbouring columns with the same group: (first, last, group)
    /// as table-column indices; ungrouped columns are runs of one with nil.
    var groupRuns: [(first: Int, last: Int, group: String?)] {
        var runs: [(first: Int, last: Int, group: String?)] = []
        for (index, column) in table.columns.enumerated() {
            if let group = column.group, let last = runs.last, last.group == group, last.last == index - 1 {
                runs[runs.count - 1].last = index
            } else {
                runs.append((index, index, column.group))
            }
        }
        return runs
    }

    // MARK: Widths

    /// Column widths this table needs, fitted to the longest shown value and
    /// to the header's longest word (headers wrap, so at most about three
    /// lines; `compact`, four), within 6…50 units.
    func columnWidths(compact: Bool = false) -> [Double] {
        var widths = [Double](repeating: Self.minimumWidth, count: columnCount)
        widths[0] = max(widths[0], headerWidth(labelHeader))
        for row in table.rows {
            let indent = Double(Self.indent(row)) * 2
            widths[0] = max(widths[0], XLSXText.units(row.label, bold: row.kind != .data) + indent)
        }
        for (index, column) in table.columns.enumerated() {
            var width = headerWidth(column.label, compact: compact)
            for row in table.rows {
                let text = XLSXText.display(row[column.id], as: column.type, decimals: column.decimals(in: row))
                width = max(width, XLSXText.units(text, bold: row.kind != .data))
            }
            widths[index + 1] = width
        }
        widths = widths.map { min(Self.maximumWidth, max(Self.minimumWidth, $0)) }
        // A group label wider than its columns widens them evenly.
        for run in groupRuns where run.group != nil && run.last > run.first {
            let columns = (run.first + 1)...(run.last + 1)
            let have = columns.reduce(0) { $0 + widths[$1] }
            let need = groupWidth(run.group!)
            if need > have {
                let extra = (need - have) / Double(columns.count)
                for column in columns { widths[column] = min(Self.maximumWidth, widths[column] + extra) }
            }
        }
        return widths
    }

    /// Short headers stay on one line; longer ones wrap into two lines, or
    /// three when two would need lines longer than 20 characters. `compact`
    /// (a table too wide for the paper otherwise) wraps them into as many as
    /// four lines of about 10 characters.
    private func headerWidth(_ label: String, compact: Bool = false) -> Double {
        // Every workbook of a batch has the same headers: each is measured once.
        let key = compact ? "compact\u{1F}" + label : label
        if let known = Self.headerWidths.withLock({ $0[key] }) { return known }
        let width = Self.measureHeader(label, compact: compact)
        Self.headerWidths.withLock { $0[key] = width }
        return width
    }

    private static let headerWidths = Mutex<[String: Double]>([:])

    private static func measureHeader(_ label: String, compact: Bool) -> Double {
        var characters = XLSXText.displayWidth(label)
        if compact {
            for lines in 2...4 where characters > 10 { characters = XLSXText.charactersToWrap(label, into: lines) }
        } else if characters > 10 {
            characters = XLSXText.charactersToWrap(label, into: 2)
            if characters > 20 { characters = XLSXText.charactersToWrap(label, into: 3) }
        }
        return Double(characters) * XLSXText.averageUnitsPerCharacter * XLSXText.boldFactor + 1.5
    }

    private func groupWidth(_ label: String) -> Double {
        Double(XLSXText.displayWidth(label)) * XLSXText.averageUnitsPerCharacter * XLSXText.boldFactor + 1.5
    }

    // MARK: Writing

    /// Writes the block with its top at `row`, into columns of `widths`
    /// (the sheet's, at least `columnCount` of them): a title row first
    /// unless `withTitle` is false (the sheet has its own). Row heights are
    /// recorded in `heights`.
    func write(on sheet: Worksheet, at row: Int, widths: [Double], styles: XLSXStyles,
               heights: inout [Int: Double], withTitle: Bool = true) throws -> Placement {
        let lastColumn = columnCount - 1
        let span = widths[0...lastColumn].reduce(0, +)

        let titleRow = row
        if withTitle {
            try sheet.merge(rows: titleRow...titleRow, columns: 0...lastColumn, text: table.title,
                            format: try styles.text(bold: true, align: .left, wrap: true))
            try setHeight(sheet, titleRow, lines: XLSXText.lineCount(table.title, width: span, bold: true), &heights)
        }

        let firstHeader = withTitle ? titleRow + 1 : titleRow
        let headerRows = firstHeader...(firstHeader + headerRowCount - 1)
        try writeHeader(on: sheet, rows: headerRows, widths: widths, styles: styles, heights: &heights)

        let firstData = headerRows.upperBound + 1
        for (offset, reportRow) in table.rows.enumerated() {
            try writeRow(reportRow, on: sheet, at: firstData + offset, widths: widths, styles: styles,
                         heights: &heights)
        }
        return Placement(titleRow: titleRow, headerRows: headerRows,
                         dataRows: firstData..<(firstData + table.rows.count))
    }

    private func writeHeader(on sheet: Worksheet, rows: ClosedRange<Int>, widths: [Double], styles: XLSXStyles,
                             heights: inout [Int: Double]) throws {
        let header = try styles.header()
        let top = rows.lowerBound
        let bottom = rows.upperBound
        // Lines each header row needs, and lines of labels merged down both rows.
        var topLines = 1
        var bottomLines = 1
        var spanningLines = XLSXText.lineCount(labelHeader, width: widths[0], bold: true)

        try sheet.merge(rows: rows, columns: 0...0, text: labelHeader, format: header)
        for run in groupRuns {
            let columns = (run.first + 1)...(run.last + 1)
            if let group = run.group, hasGroups {
                let width = columns.reduce(0) { $0 + widths[$1] }
                try sheet.merge(rows: top...top, columns: columns, text: group, format: header)
                topLines = max(topLines, XLSXText.lineCount(group, width: width, bold: true))
                for column in columns {
                    let label = table.columns[column - 1].label
                    try sheet.write(label, row: bottom, column: column, format: header)
                    bottomLines = max(bottomLines, XLSXText.lineCount(label, width: widths[column], bold: true))
                }
            } else {
                for column in columns {
                    let label = table.columns[column - 1].label
                    try sheet.merge(rows: rows, columns: column...column, text: label, format: header)
                    spanningLines = max(spanningLines, XLSXText.lineCount(label, width: widths[column], bold: true))
                }
            }
        }
        if hasGroups {
            // The rows together must hold the tallest label merged down both.
            bottomLines = max(bottomLines, spanningLines - topLines)
            try setHeight(sheet, top, lines: topLines, &heights)
            try setHeight(sheet, bottom, lines: bottomLines, &heights)
        } else {
            try setHeight(sheet, top, lines: max(topLines, spanningLines), &heights)
        }
    }

    private func writeRow(_ row: Row, on sheet: Worksheet, at sheetRow: Int, widths: [Double],
                          styles: XLSXStyles, heights: inout [Int: Double]) throws {
        let bold = row.kind != .data
        let indent = Self.indent(row)
        try sheet.write(row.label, row: sheetRow, column: 0,
                        format: try styles.cell(.text, bold: bold, align: .left, wrap: true, indent: indent))
        var lines = XLSXText.lineCount(row.label, width: widths[0] - Double(indent) * 2, bold: bold)
        for (index, column) in table.columns.enumerated() {
            let value = row[column.id]
            try Self.writeValue(value, type: column.type, decimals: column.decimals(in: row), bold: bold, on: sheet,
                                row: sheetRow, column: index + 1, styles: styles)
            if case .text(let text) = value {
                lines = max(lines, XLSXText.lineCount(text, width: widths[index + 1], bold: bold))
            }
        }
        try sheet.setRow(sheetRow, height: XLSXText.rowHeight(lines: lines), level: Self.outlineLevel(row))
        heights[sheetRow] = XLSXText.rowHeight(lines: lines)
    }

    /// Writes one typed cell: numbers as numbers, dates as Excel dates, text
    /// as text (never a formula), null as a bordered blank.
    static func writeValue(_ value: CellValue, type: ColumnType, decimals: Int? = nil, bold: Bool, on sheet: Worksheet,
                           row: Int, column: Int, styles: XLSXStyles) throws {
        switch value {
        case .null:
            try sheet.writeBlank(row: row, column: column, format: try styles.cell(type, bold: bold))
        case .integer(let number):
            try sheet.write(Double(number), row: row, column: column,
                            format: try styles.cell(numericType(type), decimals: decimals, bold: bold))
        case .number(let number):
            // NaN and infinities have no spreadsheet form: leave the cell empty.
            guard number.isFinite else {
                try sheet.writeBlank(row: row, column: column, format: try styles.cell(type, bold: bold))
                return
            }
            try sheet.write(number, row: row, column: column,
                            format: try styles.cell(numericType(type), decimals: decimals, bold: bold))
        case .date(let day):
            try writeDay(day, bold: bold, on: sheet, row: row, column: column, styles: styles)
        case .text(let text):
            if type == .date, let day = Day(iso: text) {
                try writeDay(day, bold: bold, on: sheet, row: row, column: column, styles: styles)
            } else {
                try sheet.write(text, row: row, column: column,
                                format: try styles.cell(.text, bold: bold, align: type == .text ? .left : .right,
                                                        wrap: true))
            }
        }
    }

    private static func writeDay(_ day: Day, bold: Bool, on sheet: Worksheet, row: Int, column: Int,
                                 styles: XLSXStyles) throws {
        // Excel's calendar starts in 1900; earlier days stay readable as text.
        guard day.year >= 1900 else {
            try sheet.write(VietnameseDate.short(day), row: row, column: column,
                            format: try styles.cell(.text, bold: bold, align: .center))
            return
        }
        try sheet.write(ExcelDate(year: day.year, month: day.month, day: day.day), row: row, column: column,
                        format: try styles.cell(.date, bold: bold, align: .center))
    }

    /// A number in a text or date column gets no special format.
    private static func numericType(_ type: ColumnType) -> ColumnType? {
        switch type {
        case .text, .date: nil
        default: type
        }
    }

    /// Rows under a subtotal (level 2 and deeper) are indented one step per level.
    static func indent(_ row: Row) -> Int { min(10, max(0, row.level - 1)) }

    /// Level 0 (total) and 1 (rows under it) are not grouped; deeper rows are
    /// grouped under their subtotal, one outline level per level below 1.
    static func outlineLevel(_ row: Row) -> Int { min(7, max(0, row.level - 1)) }

    private func setHeight(_ sheet: Worksheet, _ row: Int, lines: Int, _ heights: inout [Int: Double]) throws {
        let height = XLSXText.rowHeight(lines: lines)
        try sheet.setRow(row, height: height)
        heights[row] = height
    }
}
