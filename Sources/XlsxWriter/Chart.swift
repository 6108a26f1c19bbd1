internal import CXlsxWriter

/// A native, editable Excel chart whose series read cells of a worksheet:
/// change a number in the table and the chart follows. Describe it, then
/// place it with `Worksheet.insertChart(_:row:column:)`.
public struct ChartSpec: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case column, bar, line, pie
    }

    /// One series: a name cell and a range of value cells.
    public struct Series: Hashable, Sendable {
        /// The cell holding the series' name (a column label).
        public var nameCell: (row: Int, column: Int)
        public var values: (rows: ClosedRange<Int>, column: Int)

        public init(nameCell: (row: Int, column: Int), values: (rows: ClosedRange<Int>, column: Int)) {
            self.nameCell = nameCell
            self.values = values
        }

        public static func == (lhs: Series, rhs: Series) -> Bool {
            lhs.nameCell == rhs.nameCell && lhs.values.rows == rhs.values.rows && lhs.values.column == rhs.values.column
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(nameCell.row)
            hasher.combine(nameCell.column)
            hasher.combine(values.rows)
            hasher.combine(values.column)
        }
    }

    public var kind: Kind
    public var title: String
    /// The category labels: the row labels beside the values.
    public var categories: (rows: ClosedRange<Int>, column: Int)
    public var series: [Series]
    /// Points of the legend and axis labels (the title is 2 larger): a point
    /// above the table's text, as LibreOffice draws chart text a little smaller.
    public var fontSize: Double

    public init(kind: Kind, title: String, categories: (rows: ClosedRange<Int>, column: Int), series: [Series],
                fontSize: Double = 13) {
        self.kind = kind
        self.title = title
        self.categories = categories
        self.series = series
        self.fontSize = fontSize
    }

    public static func == (lhs: ChartSpec, rhs: ChartSpec) -> Bool {
        lhs.kind == rhs.kind && lhs.title == rhs.title && lhs.categories.rows == rhs.categories.rows
            && lhs.categories.column == rhs.categories.column && lhs.series == rhs.series && lhs.fontSize == rhs.fontSize
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(title)
        hasher.combine(categories.rows)
        hasher.combine(categories.column)
        hasher.combine(series)
        hasher.combine(fontSize)
    }
}

extension Worksheet {
    /// Adds `chart`, reading this sheet's cells, with its top-left corner at
    /// the cell (`row`, `column`), `width` × `height` pixels.
    public func insertChart(_ chart: ChartSpec, row: Int, column: Int, width: Int = 720, height: Int = 360)
        throws(XlsxError)
    {
        let operation = "insert chart \"\(chart.title)\" on sheet \"\(name)\""
        let book = try workbook.pointer(operation)
        try XlsxError.checkText(chart.title, operation)
        let kind: UInt8 = switch chart.kind {
        case .column: UInt8(LXW_CHART_COLUMN.rawValue)
        case .bar: UInt8(LXW_CHART_BAR.rawValue)
        case .line: UInt8(LXW_CHART_LINE.rawValue)
        case .pie: UInt8(LXW_CHART_PIE.rawValue)
        }
        guard let handle = workbook_add_chart(book, kind) else {
            throw XlsxError(operation: operation, message: "libxlsxwriter could not make the chart")
        }
        chart_title_set_name(handle, chart.title)
        chart_legend_set_position(handle, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        // Sizes as the sheet's text, so a chart on a sheet printed smaller stays as readable as its table.
        var font = lxw_chart_font()
        font.size = chart.fontSize
        chart_legend_set_font(handle, &font)
        if chart.kind != .pie {   // a pie has no axes
            chart_axis_set_num_font(handle.pointee.x_axis, &font)
            chart_axis_set_num_font(handle.pointee.y_axis, &font)
        }
        var titleFont = lxw_chart_font()
        titleFont.size = chart.fontSize + 2
        titleFont.bold = 1
        chart_title_set_name_font(handle, &titleFont)
        let (c0, cc) = try cell(chart.categories.rows.lowerBound, chart.categories.column, operation)
        let (c1, _) = try cell(chart.categories.rows.upperBound, chart.categories.column, operation)
        for series in chart.series {
            guard let added = chart_add_series(handle, nil, nil) else {
                throw XlsxError(operation: operation, message: "libxlsxwriter could not add a series")
            }
            chart_series_set_categories(added, name, c0, cc, c1, cc)
            let (v0, vc) = try cell(series.values.rows.lowerBound, series.values.column, operation)
            let (v1, _) = try cell(series.values.rows.upperBound, series.values.column, operation)
            chart_series_set_values(added, name, v0, vc, v1, vc)
            let (nr, nc) = try cell(series.nameCell.row, series.nameCell.column, operation)
            chart_series_set_name_range(added, name, nr, nc)
        }
        let (r, c) = try cell(row, column, operation)
        var options = lxw_chart_options()
        options.x_scale = Double(width) / 480
        options.y_scale = Double(height) / 288
        try XlsxError.check(worksheet_insert_chart_opt(self.handle, r, c, handle, &options), operation)
    }
}
