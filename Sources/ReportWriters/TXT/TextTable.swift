internal import ReportModel

/// One report table laid out in fixed-width text, the way a statistics table
/// (biểu) looks on paper:
///
/// ```
/// ─────────────────────────────────────────────────────────────
///                                         Tăng
///                                ──────────────────────
///                          Đầu   Kết  Phục hồi   Chuyển   Cuối
///        Nội dung          kỳ    nạp  đảng tịch   đến      kỳ
/// ─────────────────────────────────────────────────────────────
///   Đảng bộ xã Mường Lèo    321   12          0       2    331
///   Đảng bộ xã Sốp Cộp    1.204   45          1       5  1.248
/// ─────────────────────────────────────────────────────────────
/// Cộng các đảng bộ xã     1.525   57          1       7  1.579
/// Chi bộ Công an huyện    2.190   54          0       3  2.233
/// ─────────────────────────────────────────────────────────────
/// Toàn Đảng bộ            3.715  111          1      10  3.812
/// ─────────────────────────────────────────────────────────────
/// ```
///
/// The row-label column comes first, left-aligned, each label indented by two
/// spaces per outline level below 1. Numbers are right-aligned in Vietnamese
/// notation (`TextTable.display(_:as:)`), text is left-aligned. Column labels
/// are centred and wrapped rather than widening a column: a label longer than
/// `headerWrapWidth` wraps, which sets how many lines the header has, and then
/// every column is made as narrow as its data and that many lines allow
/// (`Kết nạp` over two lines above a column of `111`). Columns that
/// share a `group` get the group label centred over them with a rule under it.
/// A rule goes above a `total` row, and above a `subtotal` row that follows a
/// data row. Every line of a part has the same display width, trailing
/// spaces included; the caller trims them.
///
/// A table wider than the page is cut into parts, as a printed spreadsheet
/// is: each part repeats the row labels and takes as many whole columns — a
/// group's columns together where they fit — as the page holds. A text
/// column that only repeats each row's label (a model's name) is left out.
struct TextTable {
    let table: ReportTable
    /// The header of the row-label column (`Nội dung`).
    let rowLabelHeader: String
    /// The page width no line may pass.
    var pageWidth = Int.max
    /// How numbers are written: `3.812` or `3,812`.
    var notation = Notation.vietnamese

    /// Spaces between two columns.
    static let gap = 2
    /// Column labels wider than this wrap, unless the data is wider.
    static let headerWrapWidth = 12
    /// Row labels wider than this wrap onto a second line (less on a narrow page).
    static let labelWrapWidth = 40
    /// Text cells wider than this wrap onto a second line.
    static let textWrapWidth = 30

    /// A column of the laid-out table: the row-label column, then one per
    /// `ReportTable` column.
    private struct Layout {
        var header: String
        var group: String?
        var leftAligned: Bool
        /// Each row's cell, already split into lines.
        var cells: [[String]]
        var width: Int
    }

    /// The table as one block of lines, however wide.
    func lines() -> [String] {
        var columns = layoutColumns(labelWrap: Self.labelWrapWidth)
        widenForGroups(&columns)
        return render(columns)
    }

    /// The table in parts no wider than `pageWidth`, each repeating the row-label column.
    func parts() -> [[String]] {
        var columns = layoutColumns(labelWrap: min(Self.labelWrapWidth, max(12, pageWidth / 2 - Self.gap)))
        widenForGroups(&columns)
        guard spanWidth(columns, columns.indices) > pageWidth, columns.count > 2 else { return [render(columns)] }
        let labels = columns[0]
        let room = pageWidth - labels.width - Self.gap
        // Whole group runs where they fit, else column by column.
        var pieces: [Range<Int>] = []
        var index = 1
        let runs = groupRuns(columns)
        while index < columns.count {
            if let run = runs.first(where: { $0.range.lowerBound == index }), spanWidth(columns, run.range) <= room {
                pieces.append(run.range)
                index = run.range.upperBound
            } else {
                pieces.append(index..<index + 1)
                index += 1
            }
        }
        var parts: [[Layout]] = []
        var current: [Layout] = []
        for piece in pieces {
            let candidate = current + columns[piece]
            if !current.isEmpty, spanWidth(candidate, candidate.indices) > room {
                parts.append(current)
                current = Array(columns[piece])
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.map { render([labels] + $0) }
    }

    private func render(_ columns: [Layout]) -> [String] {
        let totalWidth = columns.map(\.width).reduce(0, +) + Self.gap * (columns.count - 1)
        let rule = String(repeating: "─", count: totalWidth)

        var lines = [rule]
        lines += headerLines(columns)
        lines.append(rule)
        var previous: RowKind?
        for (index, row) in table.rows.enumerated() {
            let needsRule = switch row.kind {
            case .total: previous != nil
            case .subtotal: previous == .data
            case .data: false
            }
            if needsRule { lines.append(rule) }
            lines += rowLines(index, columns)
            previous = row.kind
        }
        lines.append(rule)
        return lines
    }

    // MARK: Columns

    private var shownColumns: [Column] { table.printedColumns }

    private func layoutColumns(labelWrap: Int) -> [Layout] {
        // The row-label column, then the table's columns: header, alignment,
        // each row's text and whether it may wrap.
        let shown = shownColumns
        var headers = [rowLabelHeader.nfc]
        var texts = [table.rows.map { String(repeating: " ", count: indent($0)) + $0.label.nfc }]
        var wrapWidths: [Int?] = [labelWrap]
        for column in shown {
            headers.append(column.label.nfc)
            texts.append(table.rows.map { Self.display($0[column.id], as: column.type, decimals: column.decimals(in: $0), notation: notation).nfc })
            wrapWidths.append(column.type == .text ? Self.textWrapWidth : nil)
        }
        let dataWidths = texts.indices.map { index in
            let widest = texts[index].map { DisplayWidth.of($0) }.max() ?? 0
            return wrapWidths[index].map { min($0, widest) } ?? widest
        }
        // Labels wrap at `headerWrapWidth`; then every column is made as narrow
        // as its data and that many header lines allow.
        let headerHeight = headers.map { header in
            Wrap.lines(header, width: max(Self.headerWrapWidth, Wrap.longestWord(header))).count
        }.max() ?? 1
        let widths = headers.indices.map { index in
            max(dataWidths[index], Self.narrowestWidth(of: headers[index], lines: headerHeight), 1)
        }

        var result: [Layout] = []
        for index in headers.indices {
            let width = widths[index]
            let cells: [[String]] = texts[index].enumerated().map { row, text in
                guard wrapWidths[index] != nil else { return [text] }
                let lead = index == 0 ? indent(table.rows[row]) : 0
                let lines = Wrap.lines(text, width: width, firstIndent: lead, indent: lead + (index == 0 ? 2 : 0))
                return lines.isEmpty ? [""] : lines
            }
            result.append(Layout(
                header: headers[index], group: index == 0 ? nil : shown[index - 1].group?.nfc,
                leftAligned: index == 0 || shown[index - 1].type == .text, cells: cells, width: width))
        }
        return result
    }

    /// Two spaces per outline level below 1.
    private func indent(_ row: Row) -> Int { 2 * max(0, row.level - 1) }

    /// The narrowest width at which `header` wraps onto at most `lines` lines
    /// (never narrower than its longest word).
    static func narrowestWidth(of header: String, lines: Int) -> Int {
        var width = Wrap.longestWord(header)
        while Wrap.lines(header, width: width).count > lines { width += 1 }
        return width
    }

    /// Runs of neighbouring columns with the same group, as index ranges.
    private func groupRuns(_ columns: [Layout]) -> [(group: String, range: Range<Int>)] {
        var runs: [(group: String, range: Range<Int>)] = []
        var index = 0
        while index < columns.count {
            guard let group = columns[index].group else {
                index += 1
                continue
            }
            var end = index + 1
            while end < columns.count, columns[end].group == group { end += 1 }
            runs.append((group, index..<end))
            index = end
        }
        return runs
    }

    private func spanWidth(_ columns: [Layout], _ range: Range<Int>) -> Int {
        columns[range].map(\.width).reduce(0, +) + Self.gap * max(0, range.count - 1)
    }

    /// Widens the columns under a group label that is wider than they are, so
    /// the label fits on one line (wrapped at twice `headerWrapWidth` when
    /// longer: a group usually spans several columns).
    private func widenForGroups(_ columns: inout [Layout]) {
        for run in groupRuns(columns) {
            let needed = min(DisplayWidth.of(run.group), max(2 * Self.headerWrapWidth, Wrap.longestWord(run.group)))
            var missing = needed - spanWidth(columns, run.range)
            var index = run.range.lowerBound
            while missing > 0 {
                columns[index].width += 1
                missing -= 1
                index = index + 1 == run.range.upperBound ? run.range.lowerBound : index + 1
            }
        }
    }

    // MARK: Header

    /// A block of header lines, all `width` columns wide.
    private struct Block {
        var width: Int
        var lines: [String]

        /// The block with blank lines added on top up to `height`.
        func bottomAligned(height: Int) -> [String] {
            Array(repeating: String(repeating: " ", count: width), count: max(0, height - lines.count))
                + lines
        }
    }

    private func labelBlock(_ column: Layout) -> Block {
        let lines = Wrap.lines(column.header, width: column.width).map { $0.centered(inWidth: column.width) }
        return Block(width: column.width, lines: lines)
    }

    /// Group labels share the top lines and their rules one line; the column
    /// labels under groups are bottom-aligned above the rule under the
    /// header, and so are the labels of columns outside any group.
    private func headerLines(_ columns: [Layout]) -> [String] {
        let runs = groupRuns(columns)
        let labels = columns.map(labelBlock)
        let groupLabels = runs.map { run in
            let width = spanWidth(columns, run.range)
            return Block(width: width, lines: Wrap.lines(run.group, width: width).map { $0.centered(inWidth: width) })
        }
        let groupHeight = groupLabels.map(\.lines.count).max() ?? 0
        let groupedLabelHeight = runs.flatMap { $0.range.map { labels[$0].lines.count } }.max() ?? 0

        var blocks: [Block] = []
        var index = 0
        while index < columns.count {
            guard let runIndex = runs.firstIndex(where: { $0.range.lowerBound == index }) else {
                blocks.append(labels[index])
                index += 1
                continue
            }
            let run = runs[runIndex]
            let width = groupLabels[runIndex].width
            let labelRows = run.range.map { labels[$0].bottomAligned(height: groupedLabelHeight) }
            var lines = groupLabels[runIndex].bottomAligned(height: groupHeight)
            lines.append(String(repeating: "─", count: width))
            for line in 0..<groupedLabelHeight {
                lines.append(labelRows.map { $0[line] }.joined(separator: Self.spacer))
            }
            blocks.append(Block(width: width, lines: lines))
            index = run.range.upperBound
        }
        let height = blocks.map(\.lines.count).max() ?? 0
        let aligned = blocks.map { $0.bottomAligned(height: height) }
        return (0..<height).map { line in aligned.map { $0[line] }.joined(separator: Self.spacer) }
    }

    private static let spacer = String(repeating: " ", count: gap)

    // MARK: Rows

    private func rowLines(_ row: Int, _ columns: [Layout]) -> [String] {
        let height = columns.map { $0.cells[row].count }.max() ?? 1
        return (0..<height).map { line in
            columns.map { column in
                let cell = column.cells[row]
                let text = line < cell.count ? cell[line] : ""
                return column.leftAligned
                    ? text.padded(toWidth: column.width) : text.rightAligned(inWidth: column.width)
            }
            .joined(separator: Self.spacer)
        }
    }
}

extension TextTable {
    /// A cell as printed in a text table: numbers in the language's notation with
    /// `decimals` decimals (default the type's: `integer` and `money` whole,
    /// `3.812`; `decimal` and `percent` one, `123,3` — a percent value is
    /// already a percentage, and the `%` sign is left to the column label),
    /// dates as `05/07/2024`, null as nothing. A value of another kind than
    /// its column expects is shown as best it can be.
    static func display(_ value: CellValue, as type: ColumnType, decimals: Int? = nil,
                        notation: Notation = .vietnamese) -> String {
        let digits = decimals ?? type.defaultDecimals
        switch (value, type) {
        case (.null, _): return ""
        case (.text(let text), _): return text
        case (.date(let day), _): return notation.shortDate(day)
        case (.integer(let number), .text), (.integer(let number), .date): return notation.number(number)
        case (.integer(let number), _):
            return digits == 0 ? notation.number(number) : notation.number(Double(number), fractionDigits: digits)
        case (.number(let number), .text): return notation.trimmed(number, fractionDigits: 1)
        case (.number(let number), .date): return notation.number(number)
        case (.number(let number), _): return notation.number(number, fractionDigits: digits)
        }
    }
}
