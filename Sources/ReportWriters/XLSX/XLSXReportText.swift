import ReportModel

/// Text the workbook's sheets share: how a period is written, and a long
/// paragraph cut into pieces one row can hold.
enum XLSXReportText {
    /// A paragraph taller than this many lines is cut into several rows
    /// (Excel rows stop at 409 points).
    static let maximumLinesPerRow = 20

    /// `năm 2021`, `quý II năm 2024`…; the day range when the id is not a period.
    static func periodText(_ period: PeriodReference, notation: Notation) -> String {
        if let parsed = try? Period(parsing: period.id) { return notation.period(parsed) }
        return "\(notation.shortDate(period.start)) – \(notation.shortDate(period.end))"
    }

    /// A paragraph cut at line ends into pieces short enough for one row.
    static func pieces(of text: String, width: Double) -> [String] {
        let perLine = XLSXText.charactersPerLine(width: width)
        // Most paragraphs fit one row: counted without making their lines.
        guard XLSXText.wrappedLineCount(text, charactersPerLine: perLine) > maximumLinesPerRow else { return [text] }
        let lines = XLSXText.wrap(text, charactersPerLine: perLine)
        return stride(from: 0, to: lines.count, by: maximumLinesPerRow).map {
            lines[$0..<min(lines.count, $0 + maximumLinesPerRow)].joined(separator: " ")
        }
    }
}
