/// Reads a relationships part (`xl/_rels/workbook.xml.rels`): which part each
/// id points to, with its path resolved inside the package.
final class RelationshipsReader: XMLPartHandler {
    struct Relationship: Equatable {
        let id: String
        /// The relationship type's URI, e.g. `…/officeDocument/2006/relationships/worksheet`.
        let type: String
        /// The part's path inside the ZIP, without a leading slash: `xl/worksheets/sheet1.xml`.
        let path: String
    }

    private(set) var relationships: [Relationship] = []
    /// The folder relative targets start from: `xl` for the workbook's relationships.
    let baseFolder: String
    let place: (file: String, line: Int?)

    init(file: String, baseFolder: String) {
        place = (file, nil)
        self.baseFolder = baseFolder
    }

    func start(_ name: String, attributes: XMLAttributes) throws(XLSXError) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
              attributes["TargetMode"] != "External"
        else { return }
        relationships.append(Relationship(
            id: id, type: attributes["Type"] ?? "", path: Self.resolve(target, from: baseFolder)))
    }

    func path(forID id: String) -> String? { relationships.first { $0.id == id }?.path }

    /// The first part whose relationship type ends with `/suffix` (`sharedStrings`, `styles`).
    func path(ofType suffix: String) -> String? {
        relationships.first { $0.type.hasSuffix("/" + suffix) }?.path
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`;
    /// `/xl/worksheets/sheet1.xml` is absolute; `..` and `.` are resolved.
    static func resolve(_ target: String, from baseFolder: String) -> String {
        let joined = target.hasPrefix("/") ? target : baseFolder + "/" + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
