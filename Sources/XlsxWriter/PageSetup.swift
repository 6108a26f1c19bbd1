internal import CXlsxWriter

/// How a worksheet prints: paper, orientation, scaling, margins, repeated
/// rows, header and footer. Apply with `Worksheet.setPageSetup(_:)`.
public struct PageSetup: Hashable, Sendable {
    public enum Orientation: Hashable, Sendable {
        /// Taller than wide.
        case portrait
        /// Wider than tall, for wide tables.
        case landscape
    }

    /// Excel's paper codes; the ones a Vietnamese office uses.
    public enum Paper: UInt8, Hashable, Sendable {
        /// The printer's default.
        case printerDefault = 0
        /// A4, 210 × 297 mm.
        case a4 = 9
        /// A3, 297 × 420 mm.
        case a3 = 8
    }

    /// Page margins in inches.
    public struct Margins: Hashable, Sendable {
        public var left: Double
        public var right: Double
        public var top: Double
        public var bottom: Double

        public init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }

    public var orientation: Orientation
    public var paper: Paper
    /// Pages wide and tall to shrink the print to; 0 means "as many as
    /// needed" (`(1, 0)`: one page wide, any number tall). nil: no scaling.
    public var fitToPages: (width: Int, height: Int)?
    /// A fixed print scale in percent (10…400), used when `fitToPages` is nil:
    /// spreadsheets agree on it, where fitting to "any number of pages tall"
    /// is read by some (LibreOffice) as one page tall.
    public var scale: Int?
    /// Rows printed at the top of every page (zero-based).
    public var repeatRows: ClosedRange<Int>?
    /// nil keeps Excel's defaults.
    public var margins: Margins?
    public var centerHorizontally: Bool
    public var centerVertically: Bool
    /// Excel header/footer codes, e.g. `&CPage &P of &N`; at most 255 characters.
    public var header: String?
    public var footer: String?

    public init(
        orientation: Orientation = .portrait, paper: Paper = .a4, fitToPages: (width: Int, height: Int)? = nil,
        scale: Int? = nil, repeatRows: ClosedRange<Int>? = nil, margins: Margins? = nil, centerHorizontally: Bool = false,
        centerVertically: Bool = false, header: String? = nil, footer: String? = nil
    ) {
        self.orientation = orientation
        self.paper = paper
        self.fitToPages = fitToPages
        self.scale = scale
        self.repeatRows = repeatRows
        self.margins = margins
        self.centerHorizontally = centerHorizontally
        self.centerVertically = centerVertically
        self.header = header
        self.footer = footer
    }

    public static func == (lhs: PageSetup, rhs: PageSetup) -> Bool {
        lhs.orientation == rhs.orientation && lhs.paper == rhs.paper
            && lhs.fitToPages?.width == rhs.fitToPages?.width && lhs.fitToPages?.height == rhs.fitToPages?.height
            && lhs.scale == rhs.scale && lhs.repeatRows == rhs.repeatRows && lhs.margins == rhs.margins
            && lhs.centerHorizontally == rhs.centerHorizontally && lhs.centerVertically == rhs.centerVertically
            && lhs.header == rhs.header && lhs.footer == rhs.footer
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(orientation)
        hasher.combine(paper)
        hasher.combine(fitToPages?.width)
        hasher.combine(fitToPages?.height)
        hasher.combine(scale)
        hasher.combine(repeatRows)
        hasher.combine(margins)
        hasher.combine(centerHorizontally)
        hasher.combine(centerVertically)
        hasher.combine(header)
        hasher.combine(footer)
    }
}

extension Worksheet {
    /// Applies every print setting of `setup`.
    public func setPageSetup(_ setup: PageSetup) throws(XlsxError) {
        let operation = "set page setup on sheet \"\(name)\""
        _ = try workbook.pointer(operation)
        switch setup.orientation {
        case .portrait: worksheet_set_portrait(handle)
        case .landscape: worksheet_set_landscape(handle)
        }
        worksheet_set_paper(handle, setup.paper.rawValue)
        if let fit = setup.fitToPages {
            guard (0...Int(UInt16.max)).contains(fit.width), (0...Int(UInt16.max)).contains(fit.height) else {
                throw XlsxError(operation: operation, message: "fit to \(fit.width) × \(fit.height) pages is out of range")
            }
            worksheet_fit_to_pages(handle, UInt16(fit.width), UInt16(fit.height))
        } else if let scale = setup.scale {
            guard (10...400).contains(scale) else {
                throw XlsxError(operation: operation, message: "a print scale of \(scale) % is outside 10…400")
            }
            worksheet_set_print_scale(handle, UInt16(scale))
        }
        if let rows = setup.repeatRows {
            let (r0, _) = try cell(rows.lowerBound, 0, operation)
            let (r1, _) = try cell(rows.upperBound, 0, operation)
            try XlsxError.check(worksheet_repeat_rows(handle, r0, r1), operation)
        }
        if let m = setup.margins { worksheet_set_margins(handle, m.left, m.right, m.top, m.bottom) }
        if setup.centerHorizontally { worksheet_center_horizontally(handle) }
        if setup.centerVertically { worksheet_center_vertically(handle) }
        if let header = setup.header {
            try XlsxError.checkText(header, operation)
            try XlsxError.check(worksheet_set_header(handle, header), operation)
        }
        if let footer = setup.footer {
            try XlsxError.checkText(footer, operation)
            try XlsxError.check(worksheet_set_footer(handle, footer), operation)
        }
    }
}
