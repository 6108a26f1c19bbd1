internal import ReportModel

/// Reads `xl/workbook.xml`: the sheets in tab order, each with the
/// relationship id of its part, and whether dates count from 1904.
final class WorkbookPartReader: XMLPartHandler {
    struct Sheet: Equatable {
        let name: String
        let relationshipID: String
    }

    private(set) var sheets: [Sheet] = []
    private(set) var uses1904DateSystem = false
    let place: (file: String, line: Int?)

    init(file: String) { place = (file, nil) }

    func start(_ name: String, attributes: XMLAttributes) throws(XLSXError) {
        switch name {
        case "workbookPr":
            // xsd:boolean: "1" or "true".
            let value = attributes["date1904"]?.lowercased()
            uses1904DateSystem = value == "1" || value == "true"
        case "sheet":
            guard let sheetName = attributes["name"], let id = attributes["id"] else {
                throw .damaged(place.file, Message("a sheet in xl/workbook.xml has no name or no r:id"))
            }
            sheets.append(Sheet(name: sheetName, relationshipID: id))
        default:
            break
        }
    }
}
