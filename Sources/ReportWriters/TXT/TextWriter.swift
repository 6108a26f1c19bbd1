public import Foundation
public import ReportModel

/// `--format txt`: the whole bundle as one plain-text file laid out like the
/// paper report, `UNIT_PERIOD.txt`, UTF-8 (NFC, no byte order mark) with LF
/// line ends, `WriterOptions.textWidth` columns wide (at least 40).
///
/// ```
///              ĐẢNG BỘ TỈNH SƠN LA                             ĐẢNG CỘNG SẢN VIỆT NAM
///               HUYỆN ỦY SỐP CỘP                               ──────────────────────
///                       *                                 Sốp Cộp, ngày 05 tháng 7 năm 2024
///
///                                               BÁO CÁO
///                         kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024
///
/// I. TÌNH HÌNH PHÁT TRIỂN ĐẢNG VIÊN
///
///     6 tháng đầu năm 2024, toàn Đảng bộ kết nạp 111 đảng viên, đạt 123,3% kế hoạch năm; chuyển chính
/// thức cho 98 đảng viên dự bị. …
///
///                                     Biểu 1: Biến động đảng viên
/// ────────────────────────────────────────────────────────────────────────────
/// …
///
/// Nơi nhận:                                                       T/M BAN THƯỜNG VỤ
/// - Ban Thường vụ Tỉnh ủy (b/c),                                       BÍ THƯ
/// - Các chi, đảng bộ trực thuộc,
/// - Lưu Văn phòng Huyện ủy.
///
///                                                                  Quàng Văn Tiêu
/// ```
///
/// Each document gets a heading (Roman numeral and title in capitals), its
/// narrative paragraphs wrapped to the width with a four-space first-line
/// indent, and its tables (`TextTable`), numbered within the document. A
/// table wider than the page is printed whole rather than broken. Trailing
/// spaces are trimmed.
public struct TextWriter: ReportWriter {
    public let format = "txt"
    /// The words the page prints itself; nil: those of the options' language.
    public var labels: WriterLabels?

    /// The page is never narrower than this, whatever `--width` says.
    public static let minimumWidth = 40

    public init(labels: WriterLabels? = nil) {
        self.labels = labels
    }

    public func write(_ bundle: ReportBundle, to output: OutputDirectory, options: WriterOptions) throws -> [URL] {
        let text = render(bundle, width: max(Self.minimumWidth, options.textWidth),
                          labels: labels ?? .of(options.language))
        return [try output.writeData(named: "\(bundle.baseName).txt", Data(text.utf8))]
    }

    /// The file's text; `labels` nil: the writer's own, else Vietnamese.
    func render(_ bundle: ReportBundle, width: Int, labels: WriterLabels? = nil) -> String {
        let labels = labels ?? self.labels ?? .vietnamese
        var page = Page(width: width)
        page.header(bundle.header)
        // Several reports: list them under the title, as the workbook's cover does.
        if bundle.reports.count > 1 {
            page.blank()
            for (index, document) in bundle.reports.enumerated() {
                page.wrapped("\(index + 1). \(document.title)", indent: 4, hanging: 3)
            }
        }
        for (index, document) in bundle.reports.enumerated() {
            page.blank()
            page.wrapped("\(Roman.numeral(index + 1)). \(document.title.nfc.uppercased())", indent: 0, hanging: 4)
            for paragraph in document.narrative {
                page.blank()
                page.wrapped(paragraph, indent: 4, hanging: 0)
            }
            for (number, table) in document.tables.enumerated() {
                page.blank()
                let caption = "\(labels.tableCaption) \(number + 1): \(table.title)".nfc
                guard !table.rows.isEmpty else {
                    page.centered(caption, inWidth: width, wrapAt: width * 4 / 5)
                    page.centered(labels.noData, inWidth: width)
                    continue
                }
                let parts = TextTable(table: table, rowLabelHeader: labels.rowLabelHeader, pageWidth: width,
                                      notation: labels.notation).parts()
                for (index, body) in parts.enumerated() {
                    if index > 0 { page.blank() }
                    let tableWidth = body.first.map { DisplayWidth.of($0) } ?? 0
                    let title = index == 0 ? caption : "\(labels.tableCaption) \(number + 1) (\(labels.continued))".nfc
                    let captionWidth = min(width, max(tableWidth, DisplayWidth.of(title)))
                    page.centered(title, inWidth: captionWidth, wrapAt: captionWidth)
                    page.lines += body
                }
            }
        }
        page.blank()
        page.foot(bundle.header)
        return page.text
    }
}

/// The lines of a TXT file being built.
private struct Page {
    let width: Int
    var lines: [String] = []

    /// The left column of the header and foot: ~45 % of the page.
    var leftWidth: Int { width * 45 / 100 }
    var rightWidth: Int { width - leftWidth }

    var text: String {
        lines.map { line in
            var line = line.nfc
            while line.last == " " { line.removeLast() }
            return line
        }
        .joined(separator: "\n") + "\n"
    }

    mutating func blank() { lines.append("") }

    mutating func wrapped(_ text: String, indent: Int, hanging: Int) {
        lines += Wrap.lines(text.nfc, width: width, firstIndent: indent, indent: hanging)
    }

    /// `text` wrapped to `wrapWidth` (default: `width`) and each line centred in `width`.
    mutating func centered(_ text: String, inWidth width: Int, wrapAt wrapWidth: Int? = nil) {
        lines += centeredBlock([text], width: width, wrapAt: wrapWidth)
    }

    /// Two columns side by side: `left` padded to the left column's width.
    mutating func columns(_ left: [String], _ right: [String]) {
        for index in 0..<max(left.count, right.count) {
            let leftText = index < left.count ? left[index] : ""
            let rightText = index < right.count ? right[index] : ""
            lines.append(leftText.padded(toWidth: leftWidth) + rightText)
        }
    }

    /// Each text wrapped to `wrapWidth` (default: `width`) and each line
    /// centred in `width`; an empty text keeps its (blank) line.
    private func centeredBlock(_ texts: [String], width: Int, wrapAt wrapWidth: Int? = nil) -> [String] {
        texts.flatMap { text in
            let wrapped = Wrap.lines(text.nfc, width: wrapWidth ?? width)
            return (wrapped.isEmpty ? [""] : wrapped).map { $0.centered(inWidth: width) }
        }
    }

    /// Issuing body, `*` and the number on the left; the party line, a rule
    /// under it and the place and date on the right, on the number's line;
    /// then the document kind and subject.
    mutating func header(_ header: DocumentHeader) {
        // The number is not wrapped: its blank, to fill in by hand, must keep its spaces.
        let left = centeredBlock(header.issuingBodyLines + ["*"], width: leftWidth, wrapAt: leftWidth - 2)
            + [header.number].compactMap { $0?.nfc.centered(inWidth: leftWidth) }
        var right = centeredBlock([header.partyLine], width: rightWidth)
        let ruleWidth = min(rightWidth, DisplayWidth.of(header.partyLine.nfc))
        right.append(String(repeating: "─", count: ruleWidth).centered(inWidth: rightWidth))
        // The date goes on the last line at the left (the number's, or the `*`'s), or under the rule.
        while right.count < max(2, left.count - 1) { right.append("") }
        right += centeredBlock([header.placeAndDate], width: rightWidth)
        columns(left, right)
        blank()
        centered(header.documentKind, inWidth: width)
        centered(header.subject, inWidth: width, wrapAt: width * 4 / 5)
    }

    /// Recipients on the left, the signature block on the right with room
    /// for the signature (three blank lines) before the name.
    mutating func foot(_ header: DocumentHeader) {
        var left = header.recipientsHeading.isEmpty ? [] : [header.recipientsHeading.nfc]
        for (index, recipient) in header.recipients.enumerated() {
            let isLast = index == header.recipients.count - 1
            left += Wrap.lines(
                "- " + Self.punctuated(recipient, last: isLast), width: leftWidth - 2, indent: 2)
        }
        var right: [String] = []
        if let name = header.signature.last {
            right = centeredBlock(header.signature.dropLast(), width: rightWidth)
            right += ["", "", ""]
            right += centeredBlock([name], width: rightWidth)
        }
        columns(left, right)
    }

    /// A recipient line ends with `,`, the last one with `.`, as on paper;
    /// punctuation already there is kept.
    static func punctuated(_ recipient: String, last: Bool) -> String {
        let text = recipient.trimmingCharacters(in: .whitespaces).nfc
        guard let end = text.last, !",.;:".contains(end) else { return text }
        return text + (last ? "." : ",")
    }
}

/// Roman numerals for document headings: `I`, `II`, … `XII`.
enum Roman {
    static func numeral(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        let values = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = number
        var text = ""
        for (value, letters) in values {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }
}
