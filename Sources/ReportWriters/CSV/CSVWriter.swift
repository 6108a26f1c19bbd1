public import Foundation
public import ReportModel

/// `--format csv`: one file per table, `UNIT_PERIOD_PLUGIN_TABLE.csv`, in
/// document then table order, for Excel and for scripts.
///
/// Each file is RFC 4180: a header row, then one record per report row; CRLF
/// line ends; a field is quoted (with `""` for a quote) when it holds the
/// delimiter, a quote, CR or LF. UTF-8 with a byte order mark unless
/// `WriterOptions.csvByteOrderMark` is off (Excel needs the mark to read
/// Vietnamese as UTF-8); the delimiter is `WriterOptions.csvDelimiter`.
///
/// - The header row is the row-label column's header (`WriterLabels`,
///   `Nội dung`), then each column's label. Group headers (*Tăng*, *Giảm*)
///   have no place in a one-line header and are left out; row kinds and
///   outline levels are left out too (the JSON has them).
/// - Numbers are unformatted: integers as they are (`3812`), other numbers
///   unrounded in Swift's shortest round-trip form (`123.33333333333333`),
///   whole ones without `.0` (`5`), with `WriterOptions.csvDecimal` as the
///   decimal point: `,` with a `;` delimiter (`187,5`), which is how a
///   Vietnamese-locale Excel reads a number, not as text. Dates are
///   `YYYY-MM-DD`. A null cell (or a NaN) is an empty field.
/// - Formula injection: a text field — cell, row label or column label —
///   that starts with `=`, `+`, `-`, `@`, tab or CR gets a `'` in front
///   (OWASP's advice), so a spreadsheet shows it as text instead of running
///   it. Numbers are never changed: `-5` stays `-5`.
public struct CSVWriter: ReportWriter {
    public let format = "csv"
    /// The row-label column's header; nil: that of the options' language.
    public var labels: WriterLabels?

    public init(labels: WriterLabels? = nil) {
        self.labels = labels
    }

    /// The delimiters spreadsheets read: comma, semicolon (Excel in a locale
    /// whose decimal point is a comma, Vietnamese among them) and tab.
    public static let delimiters: [Character] = [",", ";", "\t"]

    /// Refuses a delimiter spreadsheets do not read, and a decimal point that
    /// is not `.` or `,` or is the delimiter itself.
    public static func check(_ options: WriterOptions) throws(InvalidCSVOption) {
        guard delimiters.contains(options.csvDelimiter) else { throw .delimiter(options.csvDelimiter) }
        guard [".", ","].contains(options.csvDecimal) else { throw .decimal(options.csvDecimal) }
        guard options.csvDecimal != options.csvDelimiter else { throw .decimalIsDelimiter(options.csvDecimal) }
    }

    public func write(_ bundle: ReportBundle, to output: OutputDirectory, options: WriterOptions) throws -> [URL] {
        try Self.check(options)
        let delimiter = options.csvDelimiter
        var urls: [URL] = []
        for document in bundle.reports {
            for table in document.tables {
                let name = "\(bundle.baseName)_\(document.plugin)_\(table.id).csv"
                var text = options.csvByteOrderMark ? "\u{FEFF}" : ""
                text += render(table, delimiter: delimiter, decimal: options.csvDecimal,
                               labels: labels ?? .of(options.language))
                urls.append(try output.writeData(named: name, Data(text.utf8)))
            }
        }
        return urls
    }

    /// The records of one table, each ending in CRLF, without the byte order mark.
    func render(_ table: ReportTable, delimiter: Character, decimal: Character = ".",
                labels: WriterLabels? = nil) -> String {
        let labels = labels ?? self.labels ?? .vietnamese
        var records: [[String]] = [[Self.text(labels.rowLabelHeader)] + table.columns.map { Self.text($0.label) }]
        for row in table.rows {
            records.append([Self.text(row.label)] + table.columns.map { Self.field(row[$0.id], decimal: decimal) })
        }
        return records.map { fields in
            fields.map { Self.quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + "\r\n"
        }
        .joined()
    }

    /// A cell's field before quoting.
    static func field(_ value: CellValue, decimal: Character = ".") -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .number(let number):
            decimal == "." ? PlainNumber.text(number) ?? ""
                : (PlainNumber.text(number) ?? "").replacingOccurrences(of: ".", with: String(decimal))
        case .text(let text): Self.text(text)
        case .date(let day): day.description
        }
    }

    /// Text neutralised against formula injection: a leading `'` when it
    /// starts with `=`, `+`, `-`, `@`, tab or CR.
    static func text(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
            return text
        }
        return "'" + text
    }

    /// The field quoted when RFC 4180 needs it.
    static func quoted(_ field: String, delimiter: Character) -> String {
        let needsQuotes = field.unicodeScalars.contains { scalar in
            scalar == "\"" || scalar == "\r" || scalar == "\n"
        } || field.contains(delimiter)
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A CSV delimiter or decimal point a spreadsheet would not read.
public enum InvalidCSVOption: MessageError, Hashable {
    case delimiter(Character)
    case decimal(Character)
    case decimalIsDelimiter(Character)

    public var message: Message {
        switch self {
        case .delimiter(let delimiter):

                Message("\(String(reflecting: String(delimiter))) is not a CSV delimiter spreadsheets read; expected , "
                        + "; or tab")
        case .decimal(let decimal):
            Message("\(String(reflecting: String(decimal))) is not a decimal point; expected . or ,")
        case .decimalIsDelimiter(let decimal):
            Message("the decimal point \(String(reflecting: String(decimal))) cannot also be the delimiter; "
                    + "use ; as delimiter with ,")
        }
    }
}
