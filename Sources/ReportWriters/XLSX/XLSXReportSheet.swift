import ReportModel
import XlsxWriter

/// The sheet of one report document: the issuing body at the top left, the
/// title and period centred, the narrative paragraphs, then every table.
/// Panes freeze under the first table's header and right of the label
/// column; the header rows repeat on every printed page.
struct XLSXReportSheet {
    let document: ReportDocument
    /// The issuing body's line (the last of the document header's left block).
    let issuingBody: String
    let labelHeader: String

    /// Narrative rows span at least this many column units, so a narrow
    /// table does not squeeze its paragraphs into a tall column.
    static let minimumTextWidth = 90.0
    /// Width of the columns added for that, beyond the table.
    static let fillerWidth = 10.0
    /// Tables wider than this many columns print landscape.
    static let portraitColumnLimit = 8
    /// Tables with more data rows than this get filter buttons.
    static let autofilterRowThreshold = 8
    /// Never freeze more than this (points) above the table: a frozen block
    /// taller than the window could not be scrolled past.
    static let maximumFrozenHeight = 360.0
    /// Excel's row height in points when none is set.
    static let defaultRowHeight = 15.0
    /// A paragraph taller than this many lines is cut into several rows
    /// (Excel rows stop at 409 points).
    static let maximumLinesPerRow = 24

    var blocks: [XLSXTableBlock] { document.tables.map { XLSXTableBlock(table: $0, labelHeader: labelHeader) } }

    func write(on sheet: Worksheet, styles: XLSXStyles) throws {
        let blocks = self.blocks
        let widths = Self.sheetWidths(blocks)
        for (column, width) in widths.enumerated() {
            try sheet.setColumns(column...column, width: width)
        }
        let textColumns = 0...(widths.count - 1)
        let textWidth = widths.reduce(0, +)
        var heights: [Int: Double] = [:]
        var row = 0

        // Header: issuing body, title, unit and period.
        try sheet.write(issuingBody, row: row, column: 0, format: try styles.text(bold: true))
        heights[row] = XLSXText.rowHeight(lines: 1)
        try sheet.setRow(row, height: heights[row])
        row += 1
        let title = document.title.uppercased()
        try sheet.merge(rows: row...row, columns: textColumns, text: title,
                        format: try styles.text(size: 14, bold: true, align: .center, wrap: true))
        heights[row] = XLSXText.rowHeight(lines: XLSXText.lineCount(title, width: textWidth / 14 * 12, bold: true),
                                          lineHeight: 19)
        try sheet.setRow(row, height: heights[row])
        row += 1
        let subtitle = "\(document.unit.name), \(Self.periodText(document.period))"
        try sheet.merge(rows: row...row, columns: textColumns, text: subtitle,
                        format: try styles.text(italic: true, align: .center, wrap: true))
        heights[row] = XLSXText.rowHeight(lines: XLSXText.lineCount(subtitle, width: textWidth))
        try sheet.setRow(row, height: heights[row])
        row += 2

        // Narrative, a merged wrapped row per paragraph (or per piece of one).
        let paragraph = try styles.text(align: .justify, vertical: .top, wrap: true)
        for text in document.narrative {
            for piece in Self.pieces(of: text, width: textWidth) {
                try sheet.merge(rows: row...row, columns: textColumns, text: piece, format: paragraph)
                heights[row] = XLSXText.rowHeight(lines: XLSXText.lineCount(piece, width: textWidth))
                try sheet.setRow(row, height: heights[row])
                row += 1
            }
        }
        if !document.narrative.isEmpty { row += 1 }

        // Tables, a blank row between them.
        var placements: [XLSXTableBlock.Placement] = []
        for block in blocks {
            let placement = try block.write(on: sheet, at: row, widths: widths, styles: styles, heights: &heights)
            placements.append(placement)
            row = placement.nextRow + 1
        }

        if let first = placements.first {
            let frozenRows = first.headerRows.upperBound + 1
            let frozenHeight = (0..<frozenRows).reduce(0) { $0 + (heights[$1] ?? Self.defaultRowHeight) }
            try sheet.freezePanes(row: frozenHeight <= Self.maximumFrozenHeight ? frozenRows : 0, column: 1)
        }
        // Excel allows one filter per sheet: the first table long enough to need one.
        if let index = blocks.indices.first(where: { blocks[$0].table.rows.count > Self.autofilterRowThreshold }) {
            let placement = placements[index]
            try sheet.autofilter(rows: placement.headerRows.upperBound...(placement.dataRows.upperBound - 1),
                                 columns: 0...(blocks[index].columnCount - 1))
        }
        try sheet.setOutlineSettings(symbolsBelow: !blocks.contains { $0.summaryAbove })

        let widest = blocks.map(\.columnCount).max() ?? 0
        try sheet.setPageSetup(PageSetup(
            orientation: widest > Self.portraitColumnLimit ? .landscape : .portrait, paper: .a4,
            fitToPages: (1, 0), repeatRows: placements.first?.headerRows,
            margins: .init(left: 0.4, right: 0.4, top: 0.5, bottom: 0.5), centerHorizontally: true,
            footer: "&C&P/&N"))
    }

    /// Each sheet column's width: the widest any table needs there, plus
    /// filler columns so the text above spans at least `minimumTextWidth`.
    static func sheetWidths(_ blocks: [XLSXTableBlock]) -> [Double] {
        var widths: [Double] = []
        for block in blocks {
            for (column, width) in block.columnWidths().enumerated() {
                if column < widths.count { widths[column] = max(widths[column], width) } else { widths.append(width) }
            }
        }
        while widths.reduce(0, +) < minimumTextWidth { widths.append(fillerWidth) }
        return widths
    }

    /// `năm 2021`, `quý II năm 2024`…; the day range when the id is not a period.
    static func periodText(_ period: PeriodReference) -> String {
        if let parsed = try? Period(parsing: period.id) { return VietnameseDate.period(parsed) }
        return "\(VietnameseDate.short(period.start)) – \(VietnameseDate.short(period.end))"
    }

    /// A paragraph cut at line ends into pieces short enough for one row.
    static func pieces(of text: String, width: Double) -> [String] {
        let lines = XLSXText.wrap(text, charactersPerLine: XLSXText.charactersPerLine(width: width))
        guard lines.count > maximumLinesPerRow else { return [text] }
        return stride(from: 0, to: lines.count, by: maximumLinesPerRow).map {
            lines[$0..<min(lines.count, $0 + maximumLinesPerRow)].joined(separator: " ")
        }
    }
}
