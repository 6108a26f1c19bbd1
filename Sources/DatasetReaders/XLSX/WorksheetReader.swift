internal import ReportModel

/// Reads a worksheet part (`xl/worksheets/sheetN.xml`) row by row, handing
/// each row to `consume` as a `SourceRecord` once it is read: only the row
/// being read is kept.
///
/// A record's `line` is the row number (`<row r="7">`, or one more than the
/// previous row's when absent); its fields are placed by column letter
/// (`<c r="C7">`; a cell without `r` follows the previous one), gaps are
/// empty, and fields end at the last non-empty cell. Rows whose cells are all
/// empty (formatted but blank, as Excel keeps around a list) give no record.
final class WorksheetReader: XMLPartHandler {
    /// `danh-sach.xlsx[members]`.
    let location: String
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let dateSystem: ExcelDateSystem
    private let consume: (SourceRecord) -> Void

    private var inSheetData = false
    private var rowNumber: Int?
    private var rowCells: [(column: Int, text: String, isNumber: Bool)] = []
    private var previousColumn = -1
    private var cell: OpenCell?
    private var collecting: Buffer = .none
    private var phoneticDepth = 0

    /// The cell being read: where it is, how it is typed, and its text so far.
    private struct OpenCell {
        let column: Int
        let reference: String
        let type: String?
        let style: Int
        var value = ""
        var inlineText = ""
    }

    private enum Buffer { case none, value, inlineText }

    init(location: String, sharedStrings: [String], dateStyles: [Bool], dateSystem: ExcelDateSystem,
         consume: @escaping (SourceRecord) -> Void) {
        self.location = location
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.dateSystem = dateSystem
        self.consume = consume
    }

    var place: (file: String, line: Int?) { (location, rowNumber) }

    func start(_ name: String, attributes: XMLAttributes) throws(XLSXError) {
        switch name {
        case "sheetData":
            inSheetData = true
        case "row" where inSheetData:
            let number = attributes["r"].map { Int($0) } ?? (rowNumber ?? 0) + 1
            guard let number, (1...CellReference.rowLimit).contains(number) else {
                // Named at the row before it, the nearest known place.
                let given = attributes["r"] ?? "\((rowNumber ?? 0) + 1)"
                throw XLSXError(file: location, line: rowNumber, message: Message("a row is numbered \"\(given)\", "
                                                                                + "which is not a row number "
                                                                                + "(Excel's rows are 1 to "
                                                                                + "\(CellReference.rowLimit))"))
            }
            rowNumber = number
            rowCells.removeAll(keepingCapacity: true)
            previousColumn = -1
        case "c" where inSheetData && rowNumber != nil:
            try openCell(attributes)
        case "v" where cell != nil:
            collecting = .value
        case "rPh":
            phoneticDepth += 1
        case "t" where cell != nil && phoneticDepth == 0:
            collecting = .inlineText
        default:
            break
        }
    }

    func end(_ name: String) throws(XLSXError) {
        switch name {
        case "sheetData": inSheetData = false
        case "row" where inSheetData: finishRow()
        case "c" where cell != nil: try closeCell()
        case "v", "t": collecting = .none
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func text(_ text: String) {
        switch collecting {
        case .none: break
        case .value: cell?.value += text
        case .inlineText: cell?.inlineText += text
        }
    }

    private func openCell(_ attributes: XMLAttributes) throws(XLSXError) {
        let column: Int
        let reference: String
        if let given = attributes["r"] {
            guard let index = CellReference.columnIndex(given) else {
                throw XLSXError(file: location, line: rowNumber, message:
                    Message("cell reference \"\(given)\" is not valid"))
            }
            column = index
            reference = given
        } else {
            column = previousColumn + 1
            guard column < CellReference.columnLimit else {
                throw XLSXError(file: location, line: rowNumber, message: Message("the row has more than 16384 cells"))
            }
            reference = CellReference.name(ofColumn: column) + String(rowNumber ?? 0)
        }
        previousColumn = column
        cell = OpenCell(column: column, reference: reference, type: attributes["t"],
                        style: attributes["s"].flatMap { Int($0) } ?? 0)
    }

    private func closeCell() throws(XLSXError) {
        guard let open = cell else { return }
        cell = nil
        collecting = .none
        let isDateStyle = dateStyles.indices.contains(open.style) && dateStyles[open.style]
        let value: CellValue
        do {
            value = try CellValue(type: open.type, value: open.value, inlineText: open.inlineText,
                                  isDateStyle: isDateStyle, sharedStrings: sharedStrings, dateSystem: dateSystem)
        } catch {
            throw XLSXError(file: location, line: rowNumber, message: Message("cell \(open.reference): "
                                                                            + "\(error.message)"))
        }
        if !value.text.isEmpty { rowCells.append((open.column, value.text, value.isNumber)) }
    }

    private func finishRow() {
        guard let rowNumber, !rowCells.isEmpty else { return }
        let width = rowCells.reduce(0) { max($0, $1.column + 1) }
        var fields = [String](repeating: "", count: width)
        var numeric: Set<Int> = []
        for cell in rowCells {
            fields[cell.column] = cell.text
            if cell.isNumber { numeric.insert(cell.column) } else { numeric.remove(cell.column) }
        }
        consume(SourceRecord(line: rowNumber, fields: fields, numericFields: numeric))
    }
}
