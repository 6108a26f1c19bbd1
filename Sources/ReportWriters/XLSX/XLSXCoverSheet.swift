import ReportModel
import XlsxWriter

/// The workbook's first sheet: the report itself, laid out like the paper
/// document (GLOSSARY, "How a Party report looks on paper") and printable on
/// A4 portrait — the header, one section per report with its narrative and
/// the tables attached to it (each on its own sheet), the recipients and
/// the signature:
///
/// ```
/// ĐẢNG BỘ TỈNH SƠN LA                     ĐẢNG CỘNG SẢN VIỆT NAM
/// HUYỆN ỦY SỐP CỘP
///         *
///   Số 45-BC/HU                  Sốp Cộp, ngày 05 tháng 7 năm 2024
///                              BÁO CÁO
///       kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024
/// I. TÌNH HÌNH PHÁT TRIỂN ĐẢNG VIÊN
///     6 tháng đầu năm 2024, Đảng bộ huyện kết nạp 111 đảng viên, …
///     (Kèm theo: Biểu số 1. Biến động đảng viên; Biểu số 2. …)
/// Nơi nhận:                                 T/M BAN THƯỜNG VỤ
/// - Ban Thường vụ Tỉnh ủy (b/c),                 BÍ THƯ
/// - Lưu Văn phòng Huyện ủy.
///                                            Quàng Văn Tiêu
/// ```
/// Eight equal columns: the left block takes A–D, the right block E–H.
struct XLSXCoverSheet {
    let header: DocumentHeader
    /// Each report, with the number of its first table (`Biểu số N`).
    let sections: [(document: ReportDocument, firstTable: Int)]
    let labels: WriterLabels

    static let columnWidth = 11.5
    static let columns = 0...7
    static let left = 0...3
    static let right = 4...7
    static let size = 13.0
    static let lineHeight = 18.0
    /// Prose is mostly lower-case letters and spaces, narrower than the
    /// average character columns are sized by: LibreOffice was seen setting
    /// 116 characters of a paragraph on a line estimated at 83. Rows of prose
    /// are sized for lines this much longer (still short of what was seen).
    static let proseWidening = 1.25
    /// Blank lines left for the signature above the signer's name.
    static let signatureGap = 3

    func write(on sheet: Worksheet, styles: XLSXStyles) throws {
        try sheet.setColumns(Self.columns, width: Self.columnWidth)
        let blockWidth = Self.columnWidth * Double(Self.left.count) * 12 / Self.size
        let pageWidth = Self.columnWidth * Double(Self.columns.count) * 12 / Self.size
        var row = 0

        // Issuing body at the left, in capitals, the issuing body itself bold;
        // the Party line at the right.
        let bodyLines = header.issuingBodyLines.map { $0.uppercased() }
        for (index, line) in bodyLines.enumerated() {
            let isLast = index == bodyLines.count - 1
            try sheet.merge(rows: row...row, columns: Self.left, text: line,
                            format: try styles.text(size: Self.size, bold: isLast, align: .center, wrap: true))
            if index == 0 {
                try sheet.merge(rows: row...row, columns: Self.right, text: header.partyLine,
                                format: try styles.text(size: Self.size, bold: true, underline: true,
                                                        align: .center, wrap: true))
            }
            try setHeight(sheet, row, XLSXText.lineCount(line, width: blockWidth, bold: isLast))
            row += 1
        }
        if bodyLines.isEmpty {
            try sheet.merge(rows: row...row, columns: Self.right, text: header.partyLine,
                            format: try styles.text(size: Self.size, bold: true, underline: true, align: .center))
            row += 1
        }
        // "*" under the left block, then the number; place and date in
        // italics at the right, on the number's row (the "*"'s without one).
        try sheet.merge(rows: row...row, columns: Self.left, text: "*",
                        format: try styles.text(size: Self.size, align: .center))
        if let number = header.number {
            row += 1
            try sheet.merge(rows: row...row, columns: Self.left, text: number,
                            format: try styles.text(size: Self.size, align: .center))
        }
        try sheet.merge(rows: row...row, columns: Self.right, text: header.placeAndDate,
                        format: try styles.text(size: Self.size, italic: true, align: .center, wrap: true))
        try setHeight(sheet, row, XLSXText.lineCount(header.placeAndDate, width: blockWidth))
        row += 3

        // BÁO CÁO and the subject, centred across the page.
        try sheet.merge(rows: row...row, columns: Self.columns, text: header.documentKind,
                        format: try styles.text(size: 16, bold: true, align: .center))
        try sheet.setRow(row, height: 24)
        row += 1
        try sheet.merge(rows: row...row, columns: Self.columns, text: header.subject,
                        format: try styles.text(size: 14, bold: true, align: .center, wrap: true))
        try setHeight(sheet, row, XLSXText.lineCount(header.subject, width: pageWidth * 13 / 14, bold: true))
        row += 2

        // One section per report: its heading, its narrative, the tables attached.
        let paragraph = try styles.text(size: Self.size, align: .justify, vertical: .top, wrap: true, indent: 1)
        for (index, section) in sections.enumerated() {
            let heading = "\(Roman.numeral(index + 1)). \(section.document.title.uppercased())"
            try sheet.merge(rows: row...row, columns: Self.columns, text: heading,
                            format: try styles.text(size: Self.size, bold: true, align: .left, wrap: true))
            try setHeight(sheet, row, XLSXText.lineCount(heading, width: pageWidth, bold: true))
            row += 1
            for text in section.document.narrative {
                let proseWidth = (pageWidth - 2) * Self.proseWidening
                for piece in XLSXReportText.pieces(of: text, width: proseWidth) {
                    try sheet.merge(rows: row...row, columns: Self.columns, text: piece, format: paragraph)
                    try setHeight(sheet, row, XLSXText.lineCount(piece, width: proseWidth))
                    row += 1
                }
            }
            let tables = section.document.tables.enumerated().map { offset, table in
                "\(labels.tableNumber) \(section.firstTable + offset). \(table.title)"
            }
            if !tables.isEmpty {
                let attached = "(\(labels.attached): \(tables.joined(separator: "; ")))"
                try sheet.merge(rows: row...row, columns: Self.columns, text: attached,
                                format: try styles.text(size: Self.size, italic: true, align: .left, wrap: true,
                                                        indent: 1))
                try setHeight(sheet, row, XLSXText.lineCount(attached, width: (pageWidth - 2) * Self.proseWidening))
                row += 1
            }
            row += 1
        }
        row += 1

        // Foot: recipients at the left, signature at the right, side by side.
        let foot = row
        try sheet.merge(rows: foot...foot, columns: Self.left, text: header.recipientsHeading,
                        format: try styles.text(size: 12, bold: true, italic: true, align: .left))
        for (index, recipient) in header.recipients.enumerated() {
            try sheet.merge(rows: (foot + 1 + index)...(foot + 1 + index), columns: Self.left, text: "- \(recipient)",
                            format: try styles.text(size: 11, align: .left, wrap: true))
        }
        let titles = header.signature.dropLast()
        for (index, line) in titles.enumerated() {
            try sheet.merge(rows: (foot + index)...(foot + index), columns: Self.right, text: line,
                            format: try styles.text(size: Self.size, bold: true, align: .center, wrap: true))
        }
        if let name = header.signature.last {
            let nameRow = foot + titles.count + Self.signatureGap
            try sheet.merge(rows: nameRow...nameRow, columns: Self.right, text: name,
                            format: try styles.text(size: Self.size, bold: true, align: .center))
        }
        let lastRow = max(foot + header.recipients.count, foot + titles.count + Self.signatureGap)
        for footRow in foot...lastRow {
            let recipientIndex = footRow - foot - 1
            let lines = header.recipients.indices.contains(recipientIndex)
                ? XLSXText.lineCount("- " + header.recipients[recipientIndex], width: blockWidth * 13 / 11) : 1
            try setHeight(sheet, footRow, lines)
        }

        // A fixed scale that fits the eight columns on A4 portrait (see XLSXTableSheet on fitting).
        let columns = [Double](repeating: Self.columnWidth, count: Self.columns.count)
        let scale = min(100, Int((595 - 1.4 * 72) / XLSXTableSheet.points(ofWidths: columns) * 100))
        try sheet.setPageSetup(PageSetup(
            orientation: .portrait, paper: .a4, scale: scale,
            margins: .init(left: 0.8, right: 0.6, top: 0.6, bottom: 0.6), centerHorizontally: true))
    }

    private func setHeight(_ sheet: Worksheet, _ row: Int, _ lines: Int) throws {
        try sheet.setRow(row, height: XLSXText.rowHeight(lines: lines, lineHeight: Self.lineHeight))
    }
}
