internal import Foundation
internal import XlsxWriter
internal import ReportModel

/// One `dataset.xlsx` with a sheet per table, written through `XlsxWriter` in
/// libxlsxwriter's constant-memory mode (rows stream to disk): canonical
/// headers in bold, numbers as numbers, dates as real date cells shown
/// `dd/mm/yyyy`. A table that would not fit a sheet (1.048.576 rows) stops the
/// run with a usage error rather than leaving a truncated workbook.
final class XLSXSampleSink: SampleSink {
    private let file: PendingFile
    private var workbook: Workbook?
    private var sheets: [Worksheet] = []
    private var nextRow: [Int]
    private let dateFormat: Format

    init(folder: URL) throws(SampleError) {
        file = PendingFile(folder: folder, name: "dataset.xlsx")
        nextRow = Array(repeating: 1, count: SampleTable.allCases.count)
        do {
            let workbook = try Workbook(path: file.temporary.path, options: .init(constantMemory: true))
            // A pinned creation time: the same request gives the same bytes.
            try workbook.setProperties(DocumentProperties(
                title: "baocao sample dataset", author: "baocao sample",
                created: Date(timeIntervalSince1970: 1_767_225_600)))   // 2026-01-01
            let bold = try workbook.format(CellStyle(bold: true))
            dateFormat = try workbook.format(CellStyle(numberFormat: "dd/mm/yyyy"))
            for table in SampleTable.allCases {
                let sheet = try workbook.addWorksheet(named: table.name)
                for (column, schema) in table.schema.columns.enumerated() {
                    try sheet.write(schema.name, row: 0, column: column, format: bold)
                }
                sheets.append(sheet)
            }
            self.workbook = workbook
        } catch {
            throw .output(path: file.final.path, reason: error.message)
        }
    }

    func append(_ table: SampleTable, _ cells: [SampleCell]) throws(SampleError) {
        let row = nextRow[table.rawValue]
        guard row < Worksheet.rowCount else {
            throw .tooBigForWorkbook(Message("table \(table.name) has more rows than an Excel sheet holds "
                                     + "(\(Worksheet.rowCount - 1) after the header)"))
        }
        nextRow[table.rawValue] = row + 1
        let sheet = sheets[table.rawValue]
        do {
            for (column, cell) in cells.enumerated() {
                switch cell {
                case .text(let text): try sheet.write(text, row: row, column: column)
                case .int(let value): try sheet.write(Double(value), row: row, column: column)
                case .hundredths(let value): try sheet.write(Double(value) / 100, row: row, column: column)
                case .date(let day):
                    try sheet.write(ExcelDate(year: day.year, month: day.month, day: day.day), row: row, column: column,
                                    format: dateFormat)
                case .empty: break
                }
            }
        } catch {
            throw .output(path: file.final.path, reason: error.description)
        }
    }

    func finish() throws(SampleError) -> [String] {
        do {
            try workbook?.close()
        } catch {
            file.remove()
            throw .output(path: file.final.path, reason: error.description)
        }
        workbook = nil
        sheets = []
        try file.commit()
        return [file.final.lastPathComponent]
    }

    func discard() {
        sheets = []
        workbook = nil   // dropped without close(): frees memory, writes nothing
        file.remove()
    }
}
