import ReportModel
import XlsxWriter

/// The workbook's cell formats by what they are for. Times New Roman
/// throughout, as on paper. Asking twice is cheap: the workbook caches
/// formats by style, so equal styles share one format.
struct XLSXStyles {
    static let fontName = "Times New Roman"
    static let bodySize = 12.0
    /// The light grey behind table headers.
    static let headerFill: UInt32 = 0xD9D9D9

    let workbook: Workbook
    /// Table cells' formats by what picks them: asked for every cell, and a
    /// `CellStyle` (texts and all) is costly to hash.
    private let cells = CellFormats()

    init(workbook: Workbook) {
        self.workbook = workbook
    }

    private final class CellFormats {
        struct Key: Hashable {
            let type: ColumnType?
            let decimals: Int?
            let bold: Bool
            let align: CellStyle.HorizontalAlignment?
            let wrap: Bool
            let indent: Int
        }

        var formats: [Key: Format] = [:]
    }

    /// Free text outside tables: the document header, titles, narrative.
    func text(size: Double = bodySize, bold: Bool = false, italic: Bool = false, underline: Bool = false,
              align: CellStyle.HorizontalAlignment? = nil, vertical: CellStyle.VerticalAlignment = .center,
              wrap: Bool = false, indent: Int = 0) throws -> Format {
        try workbook.format(CellStyle(
            fontName: Self.fontName, fontSize: size, bold: bold, italic: italic, underline: underline,
            horizontalAlignment: align, verticalAlignment: vertical, wrap: wrap, indent: indent))
    }

    /// Table header cells: bold, bordered, wrapped, centred, grey.
    func header() throws -> Format {
        try workbook.format(CellStyle(
            fontName: Self.fontName, fontSize: Self.bodySize, bold: true, horizontalAlignment: .center,
            verticalAlignment: .center, wrap: true, border: .thin, fillColor: Self.headerFill))
    }

    /// A bordered table cell; `type` and `decimals` pick the number format.
    func cell(_ type: ColumnType?, decimals: Int? = nil, bold: Bool = false,
              align: CellStyle.HorizontalAlignment? = nil, wrap: Bool = false, indent: Int = 0) throws -> Format {
        let key = CellFormats.Key(type: type, decimals: decimals, bold: bold, align: align, wrap: wrap, indent: indent)
        if let known = cells.formats[key] { return known }
        let format = try workbook.format(CellStyle(
            fontName: Self.fontName, fontSize: Self.bodySize, bold: bold, horizontalAlignment: align,
            verticalAlignment: .center, wrap: wrap, indent: indent, border: .thin,
            numberFormat: type.flatMap { Self.numberFormat($0, decimals: decimals) }))
        cells.formats[key] = format
        return format
    }

    /// Excel number formats per column type and decimals (default the
    /// type's). Excel shows `#,##0` as `3.812` and `#,##0.0` as `123,3` under
    /// a Vietnamese locale. Percent values are percentage numbers already
    /// (`123.33` is 123,33 %): the `%` is a literal (`0.0"%"`), not Excel's
    /// percent format, which would multiply by 100; the cell stays a number.
    static func numberFormat(_ type: ColumnType, decimals: Int? = nil) -> String? {
        let digits = decimals ?? type.defaultDecimals
        let fraction = digits > 0 ? "." + String(repeating: "0", count: digits) : ""
        return switch type {
        case .integer, .money, .decimal: "#,##0" + fraction
        case .percent: "0" + fraction + "\"%\""
        case .date: "dd/mm/yyyy"
        case .text: nil
        }
    }
}
