internal import CXlsxWriter

/// A cell format made by `Workbook.format(_:)`, to pass to a worksheet's
/// write calls. It keeps its workbook alive and owns nothing: libxlsxwriter
/// frees formats when the workbook closes. Use it only with worksheets of
/// the workbook that made it.
public final class Format {
    let handle: UnsafeMutablePointer<lxw_format>
    let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_format>, workbook: Workbook) {
        self.handle = handle
        self.workbook = workbook
    }
}

@available(*, unavailable, message: "libxlsxwriter objects are not thread-safe")
extension Format: Sendable {}

/// How a cell looks: font, alignment, borders, fill and number format.
/// A value type, so styles can be built, compared and cached freely; turn one
/// into a `Format` with `Workbook.format(_:)`.
public struct CellStyle: Hashable, Sendable {
    public enum HorizontalAlignment: Hashable, Sendable {
        /// Text to the left edge.
        case left
        /// Centred in the cell.
        case center
        /// To the right edge.
        case right
        /// Both edges, for wrapped paragraphs.
        case justify
        /// Centred over this cell and the empty cells to its right, without merging.
        case centerAcross
    }

    public enum VerticalAlignment: Hashable, Sendable {
        /// At the top of the row.
        case top
        /// In the middle of the row.
        case center
        /// At the bottom of the row (Excel's default).
        case bottom
    }

    public enum Border: Hashable, Sendable {
        /// A thin line on all four sides.
        case thin
        /// A medium line on all four sides.
        case medium
    }

    public var fontName: String?
    /// Points.
    public var fontSize: Double?
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    /// RGB, e.g. `0xFF0000` for red; nil for automatic (black).
    public var fontColor: UInt32?
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?
    public var wrap: Bool
    /// Indent steps (about one character each) from the aligned edge.
    public var indent: Int
    public var border: Border?
    /// RGB of a solid background fill; nil for none.
    public var fillColor: UInt32?
    /// An Excel number format code, e.g. `#,##0`, `0.0`, `dd/mm/yyyy`.
    public var numberFormat: String?

    public init(
        fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
        underline: Bool = false, fontColor: UInt32? = nil,
        horizontalAlignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
        wrap: Bool = false, indent: Int = 0, border: Border? = nil, fillColor: UInt32? = nil,
        numberFormat: String? = nil
    ) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrap = wrap
        self.indent = indent
        self.border = border
        self.fillColor = fillColor
        self.numberFormat = numberFormat
    }

    /// Sets every property on a fresh libxlsxwriter format (which copies the strings).
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if let fontName { format_set_font_name(format, fontName) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        // 0 is "unset" to libxlsxwriter; its black is a separate constant.
        if let fontColor { format_set_font_color(format, fontColor == 0 ? LXW_COLOR_BLACK.rawValue : fontColor & 0xFFFFFF) }
        if let horizontalAlignment {
            let align: lxw_format_alignments = switch horizontalAlignment {
            case .left: LXW_ALIGN_LEFT
            case .center: LXW_ALIGN_CENTER
            case .right: LXW_ALIGN_RIGHT
            case .justify: LXW_ALIGN_JUSTIFY
            case .centerAcross: LXW_ALIGN_CENTER_ACROSS
            }
            format_set_align(format, UInt8(align.rawValue))
        }
        if let verticalAlignment {
            let align: lxw_format_alignments = switch verticalAlignment {
            case .top: LXW_ALIGN_VERTICAL_TOP
            case .center: LXW_ALIGN_VERTICAL_CENTER
            case .bottom: LXW_ALIGN_VERTICAL_BOTTOM
            }
            format_set_align(format, UInt8(align.rawValue))
        }
        if wrap { format_set_text_wrap(format) }
        if indent > 0 { format_set_indent(format, UInt8(min(indent, 15))) }
        if let border {
            let style: lxw_format_borders = switch border {
            case .thin: LXW_BORDER_THIN
            case .medium: LXW_BORDER_MEDIUM
            }
            format_set_border(format, UInt8(style.rawValue))
        }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fillColor == 0 ? LXW_COLOR_BLACK.rawValue : fillColor & 0xFFFFFF)
        }
        if let numberFormat { format_set_num_format(format, numberFormat) }
    }
}
