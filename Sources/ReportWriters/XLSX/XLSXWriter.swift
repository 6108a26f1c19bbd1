public import Foundation
public import ReportModel
import XlsxWriter

/// Writes a bundle as one workbook, `UNIT_PERIOD.xlsx`, as an office files
/// it (SPEC §6): first the report itself (`XLSXCoverSheet`: header,
/// narratives, signature), then one sheet per table, `Biểu 1`, `Biểu 2`…
/// (`XLSXTableSheet`), each with its own title block, frozen header, print
/// titles and paper.
///
/// Cells are typed: numbers are numbers (`#,##0`, one decimal for decimals
/// and percentages), dates are Excel dates (`dd/mm/yyyy`), text is text and
/// never a formula, even when it starts with `=`, `+`, `-` or `@`. The
/// creation time is the document date at 00:00 UTC, so identical bundles
/// give byte-identical files. The file is written under a temporary name
/// and renamed into place only when complete.
public struct XLSXWriter: ReportWriter {
    public let format = "xlsx"
    /// The words the workbook prints itself: sheet names, the row-label header, the signature lines;
    /// nil: those of the options' language.
    public var labels: WriterLabels?

    public init(labels: WriterLabels? = nil) {
        self.labels = labels
    }

    public func write(_ bundle: ReportBundle, to output: OutputDirectory, options: WriterOptions) throws -> [URL] {
        let name = "\(bundle.baseName).xlsx"
        let final = output.url.appendingPathComponent(name).path
        let url = try output.write(named: name) { temporary in
            let workbook: Workbook
            do {
                workbook = try build(bundle, at: temporary.path, labels: labels ?? .of(options.language))
            } catch let error as XlsxError {
                throw OutputError(path: final, reason: error.description)   // says which sheet and cell
            }
            do {
                try workbook.close()
            } catch let error as XlsxError {
                // libxlsxwriter's words, without the temporary name that would only confuse.
                throw OutputError(path: final, reason: error.message)
            }
        }
        return [url]
    }

    /// Where libxlsxwriter writes a workbook's parts before zipping them,
    /// some forty temporary files a workbook: a memory file system when
    /// there is one with room, where making and removing a file costs no
    /// journal write (a tenth of a batch's time on ext4); otherwise nil,
    /// libxlsxwriter's own `tmpfile()`. `TMPDIR`, when set to a folder, is used instead.
    static let scratchFolder = scratchFolder(environment: ProcessInfo.processInfo.environment)

    static func scratchFolder(environment: [String: String], memory: String = "/dev/shm",
                              room: UInt64 = 256 << 20) -> String? {
        func writable(_ folder: String) -> Bool { !folder.isEmpty && access(folder, W_OK | X_OK) == 0 }
        if let folder = environment["TMPDIR"], writable(folder) { return folder }
        var stats = statvfs()
        guard writable(memory), statvfs(memory, &stats) == 0, UInt64(stats.f_bavail) * UInt64(stats.f_frsize) >= room
        else { return nil }
        return memory
    }

    /// Builds the whole workbook for `path`, ready to close.
    func build(_ bundle: ReportBundle, at path: String, labels: WriterLabels? = nil) throws -> Workbook {
        let labels = labels ?? self.labels ?? .vietnamese
        let workbook = try Workbook(path: path, options: .init(temporaryDirectory: Self.scratchFolder))
        let header = bundle.header
        try workbook.setProperties(DocumentProperties(
            title: header.subject, subject: "\(bundle.unit.name), \(bundle.period.id)", author: header.author,
            company: header.issuingBodyLines.last, created: Self.midnightUTC(header.date)))
        let styles = XLSXStyles(workbook: workbook)

        var sections: [(document: ReportDocument, firstTable: Int)] = []
        var next = 1
        for document in bundle.reports {
            sections.append((document, next))
            next += document.tables.count
        }
        let cover = try workbook.addWorksheet(named: labels.coverSheetName)
        try XLSXCoverSheet(header: header, sections: sections, labels: labels).write(on: cover, styles: styles)

        for (document, first) in sections {
            for (offset, table) in document.tables.enumerated() {
                let number = first + offset
                let sheet = try workbook.addWorksheet(named: "\(labels.tableCaption) \(number)")
                try XLSXTableSheet(table: table.printed, number: number, issuingBody: header.issuingBodyLines.last ?? "",
                                   unit: document.unit.name, period: document.period, labels: labels)
                    .write(on: sheet, styles: styles)
            }
        }
        return workbook
    }

    /// `day` at 00:00 UTC.
    static func midnightUTC(_ day: Day) -> Date {
        let epoch = Day(year: 1970, month: 1, day: 1)!
        return Date(timeIntervalSince1970: Double(day.ordinal - epoch.ordinal) * 86_400)
    }
}
