/// Reads `xl/styles.xml` as far as dates need: for each cell format
/// (`cellXfs`' `xf`, the index in a cell's `s`), whether its number format
/// shows a date.
final class StylesReader: XMLPartHandler {
    /// Indexed by a cell's style index `s`.
    private(set) var dateStyles: [Bool] = []
    let place: (file: String, line: Int?)
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    init(file: String) { place = (file, nil) }

    func start(_ name: String, attributes: XMLAttributes) throws(XLSXError) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    func end(_ name: String) throws(XLSXError) {
        guard name == "cellXfs" else { return }
        inCellFormats = false
        dateStyles = formatIDs.map { NumberFormat.isDate(id: $0, code: customFormats[$0]) }
    }
}
