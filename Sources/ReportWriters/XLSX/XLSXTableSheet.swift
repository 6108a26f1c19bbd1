import ReportModel
import XlsxWriter

/// One table on a sheet of its own, as an office files a statistics table
/// (biểu): the issuing body at the top left and `Biểu số N` at the top right,
/// the title, unit and period centred, then the table — its header frozen,
/// printed on every page, with filter buttons when it is long — and the
/// signature lines of the person who made it and of the head who checks it.
///
/// The paper is chosen so that no printed text is smaller than 8 pt: A4
/// portrait, else A4 landscape, else A3 landscape, at the scale that makes
/// the table one page wide; a table too wide for that spreads over several
/// pages wide. A fixed scale, not "fit to width": LibreOffice reads the
/// latter as one page in all, shrinking a long table to nothing.
struct XLSXTableSheet {
    let table: ReportTable
    /// `N` of `Biểu số N`: the table's place in the workbook.
    let number: Int
    /// The issuing body's line (the last of the document header's left block).
    let issuingBody: String
    let unit: String
    let period: PeriodReference
    let labels: WriterLabels

    /// Tables with more data rows than this get filter buttons.
    static let autofilterRowThreshold = 8
    /// Never freeze more than this (points) above the table: a frozen block
    /// taller than the window could not be scrolled past.
    static let maximumFrozenHeight = 360.0
    static let defaultRowHeight = 15.0
    /// The title block spans at least this many column units.
    static let minimumTitleWidth = 60.0
    static let fillerWidth = 10.0
    /// No printed text smaller than this: the body is `XLSXStyles.bodySize`.
    static let smallestPrintedSize = 8.0

    var block: XLSXTableBlock { XLSXTableBlock(table: table, labelHeader: labels.rowLabelHeader) }

    func write(on sheet: Worksheet, styles: XLSXStyles) throws {
        let block = self.block
        // Headers wrap into more lines when the table would not fit A3 landscape otherwise.
        var widths = block.columnWidths()
        if !Self.fitsOnePage(widths) { widths = block.columnWidths(compact: true) }
        while widths.reduce(0, +) < Self.minimumTitleWidth { widths.append(Self.fillerWidth) }
        for (column, width) in widths.enumerated() {
            try sheet.setColumns(column...column, width: width)
        }
        let all = 0...(widths.count - 1)
        let totalWidth = widths.reduce(0, +)
        var heights: [Int: Double] = [:]
        var row = 0

        // Issuing body at the left, the table's number at the right.
        let split = max(1, widths.count / 2)
        try sheet.merge(rows: row...row, columns: 0...(split - 1), text: issuingBody,
                        format: try styles.text(bold: true, align: .left))
        try sheet.merge(rows: row...row, columns: split...(widths.count - 1), text: "\(labels.tableNumber) \(number)",
                        format: try styles.text(bold: true, align: .right))
        row += 1
        let title = table.title.uppercased()
        try sheet.merge(rows: row...row, columns: all, text: title,
                        format: try styles.text(size: 14, bold: true, align: .center, wrap: true))
        heights[row] = XLSXText.rowHeight(lines: XLSXText.lineCount(title, width: totalWidth / 14 * 12, bold: true),
                                          lineHeight: 19)
        try sheet.setRow(row, height: heights[row])
        row += 1
        let subtitle = "\(unit), \(XLSXReportText.periodText(period, notation: labels.notation))"
        try sheet.merge(rows: row...row, columns: all, text: subtitle,
                        format: try styles.text(italic: true, align: .center, wrap: true))
        heights[row] = XLSXText.rowHeight(lines: XLSXText.lineCount(subtitle, width: totalWidth))
        try sheet.setRow(row, height: heights[row])
        row += 2

        let placement = try block.write(on: sheet, at: row, widths: widths, styles: styles, heights: &heights,
                                        withTitle: false)
        let frozenRows = placement.headerRows.upperBound + 1
        let frozenHeight = (0..<frozenRows).reduce(0) { $0 + (heights[$1] ?? Self.defaultRowHeight) }
        try sheet.freezePanes(row: frozenHeight <= Self.maximumFrozenHeight ? frozenRows : 0, column: 1)
        if table.rows.count > Self.autofilterRowThreshold {
            try sheet.autofilter(rows: placement.headerRows.upperBound...(placement.dataRows.upperBound - 1),
                                 columns: 0...(block.columnCount - 1))
        }
        try sheet.setOutlineSettings(symbolsBelow: !block.summaryAbove)

        // The signature lines: who made the table, and who checks it.
        row = placement.nextRow + 2
        let left = 0...(split - 1), right = split...(widths.count - 1)
        try sheet.merge(rows: row...row, columns: left, text: labels.preparedBy,
                        format: try styles.text(bold: true, align: .center))
        try sheet.merge(rows: row...row, columns: right, text: labels.approvedBy,
                        format: try styles.text(bold: true, align: .center))

        // The chart under the signatures, as wide as the table; columns of
        // another scale in one of their own under it. Charts that would not
        // fit under the table on its page start a page of their own.
        let page = Self.page(forWidths: widths)
        let charts = charts(placement: placement, title: table.title)
        let chartHeight = charts.count > 1 ? 300 : 360   // two fit on an A4 landscape page
        let chartWidth = min(720, Int(totalWidth * 7) + 5 * widths.count)
        let chartRows = Int((Double(chartHeight) * 0.75 / Self.defaultRowHeight).rounded(.up)) + 1
        var chartRow = row + 2
        let tableHeight = (0..<chartRow).reduce(0) { $0 + (heights[$1] ?? Self.defaultRowHeight) }
        let chartsHeight = Double(charts.count * chartRows) * Self.defaultRowHeight
        if !charts.isEmpty, tableHeight + chartsHeight > Self.printableHeight(page) {
            try sheet.setPageBreaks(beforeRows: [chartRow])
        }
        for chart in charts {
            try sheet.insertChart(chart, row: chartRow, column: 0, width: chartWidth, height: chartHeight)
            chartRow += chartRows
        }

        try sheet.setPageSetup(PageSetup(
            orientation: page.orientation, paper: page.paper, scale: page.scale, repeatRows: placement.headerRows,
            margins: .init(left: 0.4, right: 0.4, top: 0.5, bottom: 0.5), centerHorizontally: true,
            footer: "&C&P/&N"))
    }

    /// The table's charts over its own cells: a category per row but the
    /// total, a series per declared column, named by its header cell; the
    /// `secondary` columns as columns in a second chart.
    func charts(placement: XLSXTableBlock.Placement, title: String) -> [ChartSpec] {
        guard let declaration = table.chart else { return [] }
        let kind: ChartSpec.Kind = switch declaration.kind {
        case .column: .column
        case .bar: .bar
        case .line: .line
        case .pie: .pie
        }
        return [chart(kind, declaration.series, placement: placement, title: title),
                chart(.column, declaration.secondary ?? [], placement: placement, title: title)].compactMap { $0 }
    }

    private func chart(_ kind: ChartSpec.Kind, _ columns: [String], placement: XLSXTableBlock.Placement,
                       title: String) -> ChartSpec? {
        let plotted = table.rows.indices.filter { table.rows[$0].kind != .total }
        guard let first = plotted.first, let last = plotted.last else { return nil }
        let rows = (placement.dataRows.lowerBound + first)...(placement.dataRows.lowerBound + last)
        let series = columns.compactMap { id -> ChartSpec.Series? in
            guard let index = table.columns.firstIndex(where: { $0.id == id }) else { return nil }
            // An ungrouped label is merged down the header and held by its top cell.
            let nameRow = table.columns[index].group == nil ? placement.headerRows.lowerBound
                : placement.headerRows.upperBound
            return ChartSpec.Series(nameCell: (nameRow, index + 1), values: (rows, index + 1))
        }
        guard !series.isEmpty else { return nil }
        return ChartSpec(kind: kind, title: title, categories: (rows, 0), series: series)
    }

    /// Points of sheet a page prints down, at its scale, inside the margins
    /// and the footer.
    static func printableHeight(_ page: (paper: PageSetup.Paper, orientation: PageSetup.Orientation, scale: Int))
        -> Double {
        let paperHeight: Double = switch (page.paper, page.orientation) {
        case (.a3, .landscape), (.a4, .portrait), (.printerDefault, .portrait): 842   // 297 mm
        case (.a3, .portrait): 1191
        default: 595   // A4 landscape: 210 mm
        }
        return (paperHeight - 72 - 24) * 100 / Double(page.scale)
    }

    /// The paper and print scale for columns of `widths` (Excel's units):
    /// the first of A4 portrait, A4 landscape and A3 landscape on which the
    /// table fits one page wide at a scale that prints no text smaller than
    /// 8 pt, at that scale (100 % at most); else A3 landscape at the smallest
    /// such scale, over several pages wide.
    static func page(forWidths widths: [Double])
        -> (paper: PageSetup.Paper, orientation: PageSetup.Orientation, scale: Int)
    {
        let width = points(ofWidths: widths)
        let smallest = Int((smallestPrintedSize / XLSXStyles.bodySize * 100).rounded(.up))
        for (paper, orientation, printable) in printableWidths {
            let scale = min(100, Int(printable / width * 100))
            if scale >= smallest { return (paper, orientation, scale) }
        }
        return (.a3, .landscape, smallest)
    }

    /// Whether a table of `widths` prints one page wide at no less than 8 pt.
    static func fitsOnePage(_ widths: [Double]) -> Bool {
        let smallest = Int((smallestPrintedSize / XLSXStyles.bodySize * 100).rounded(.up))
        return printableWidths.contains { Int($0.2 / points(ofWidths: widths) * 100) >= smallest }
    }

    /// Width inside 0,4" margins, in points.
    static let printableWidths: [(PageSetup.Paper, PageSetup.Orientation, Double)] = [
        (.a4, .portrait, 595 - 57.6), (.a4, .landscape, 842 - 57.6), (.a3, .landscape, 1191 - 57.6),
    ]

    /// Columns of Excel's units as printed points, with room to spare: Excel
    /// draws a unit as 7 pixels (plus 5 a column) at 96 dpi, but LibreOffice
    /// was seen drawing the columns of a sheet with group headers a third
    /// wider (measured on its PDF). Too wide an estimate only prints a little
    /// smaller, never below 8 pt; too narrow would cut the table over two pages.
    static func points(ofWidths widths: [Double]) -> Double {
        widths.reduce(0) { $0 + ($1 * 7 + 5) * 0.75 } * 1.35
    }
}
