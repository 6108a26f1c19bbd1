internal import Foundation
internal import ReportModel

/// An Excel workbook (`.xlsx`) read as dataset tables, one per sheet (SPEC §1.1).
///
/// Opening reads the workbook's small parts: its sheets, their parts, the
/// date system and which cell styles show dates. `table(sheet:name:)` then
/// gives a `SourceTable` that streams the worksheet, each cell read as the CSV rules
/// expect text: shared and inline strings, typed numbers written plainly,
/// booleans as `1`/`0`, formulas' cached results, error values such as
/// `#DIV/0!`, and date-formatted numbers as `YYYY-MM-DD`. The file is opened
/// read-only and never changed.
///
/// ```swift
/// let workbook = try XLSXWorkbook(url: folder.appendingPathComponent("danh-sach.xlsx"),
///                                 displayName: "danh-sach.xlsx")
/// if workbook.sheetNames.contains("members") {
///     let table = try workbook.table(sheet: "members", name: "members")  // danh-sach.xlsx[members]
///     _ = try table.readRecords { record in print(record.line, record.fields) }
/// }
/// ```
///
/// Not `Sendable`: it owns the open archive, which its tables keep open until read.
final class XLSXWorkbook {
    /// How messages name the file: `danh-sach.xlsx`.
    let displayName: String
    /// The sheets in tab order, hidden ones included.
    let sheetNames: [String]
    let dateSystem: ExcelDateSystem

    private let archive: XLSXArchive
    private let sheetParts: [String: RelationshipsReader.Relationship]
    private let dateStyles: [Bool]
    private let sharedStringsPath: String?
    /// Read when the first table needs them: they are looked up by index.
    private var sharedStrings: [String]?

    /// Opens `url`; `displayName` names it in messages.
    init(url: URL, displayName: String) throws(XLSXError) {
        self.displayName = displayName
        archive = try XLSXArchive(url: url, displayName: displayName)
        guard archive.contains("xl/workbook.xml") else { throw .notAWorkbook(displayName) }

        let relationships = RelationshipsReader(file: displayName, baseFolder: "xl")
        try archive.parse("xl/_rels/workbook.xml.rels", with: relationships)
        let workbook = WorkbookPartReader(file: displayName)
        try archive.parse("xl/workbook.xml", with: workbook)

        sheetNames = workbook.sheets.map(\.name)
        var sheetParts: [String: RelationshipsReader.Relationship] = [:]
        for sheet in workbook.sheets {
            sheetParts[sheet.name] = relationships.relationships.first { $0.id == sheet.relationshipID }
        }
        self.sheetParts = sheetParts
        dateSystem = workbook.uses1904DateSystem ? .from1904 : .from1900

        let stylesPath = relationships.path(ofType: "styles") ?? "xl/styles.xml"
        if archive.contains(stylesPath) {
            let styles = StylesReader(file: displayName)
            try archive.parse(stylesPath, with: styles)
            dateStyles = styles.dateStyles
        } else {
            dateStyles = []
        }
        let stringsPath = relationships.path(ofType: "sharedStrings") ?? "xl/sharedStrings.xml"
        sharedStringsPath = archive.contains(stringsPath) ? stringsPath : nil
    }

    /// The sheet named `sheet` as the table `name`, its place `displayName[sheet]`.
    /// The sheet is found here; its rows are read when the table's records are.
    func table(sheet: String, name: String) throws(XLSXError) -> SourceTable {
        guard let sheetName = sheetNames.first(where: { $0 == sheet })
            ?? sheetNames.first(where: { $0.lowercased() == sheet.lowercased() })
        else {
            let names = sheetNames.map { "\"\($0)\"" }.joined(separator: ", ")
            throw XLSXError(file: displayName, message: Message("no sheet named \"\(sheet)\" (the sheets are \(names))"))
        }
        let location = "\(displayName)[\(sheetName)]"
        guard let part = sheetParts[sheetName] else {
            throw XLSXError.damaged(location, Message("xl/_rels/workbook.xml.rels does not say where the sheet is"))
        }
        guard part.type.hasSuffix("/worksheet") else {
            throw XLSXError(file: location, message: Message("the sheet is a chart or dialog sheet, not a table"))
        }
        return SourceTable(name: name, location: location) { consume throws(SourceReadError) in
            do throws(XLSXError) {
                try self.readSheet(part.path, location: location, consume)
            } catch {
                throw SourceReadError(problem: error.problem)
            }
            return []
        }
    }

    private func readSheet(_ path: String, location: String,
                           _ consume: (SourceRecord) -> Void) throws(XLSXError) {
        let sharedStrings = try loadSharedStrings()
        // The reader outlives no call: it is dropped when the parse returns.
        try withoutActuallyEscaping(consume) { consume throws(XLSXError) in
            let reader = WorksheetReader(location: location, sharedStrings: sharedStrings,
                                         dateStyles: dateStyles, dateSystem: dateSystem, consume: consume)
            try archive.parse(path, with: reader)
        }
    }

    private func loadSharedStrings() throws(XLSXError) -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if let sharedStringsPath {
            let reader = SharedStringsReader(file: displayName)
            try archive.parse(sharedStringsPath, with: reader)
            strings = reader.strings
        }
        sharedStrings = strings
        return strings
    }
}
