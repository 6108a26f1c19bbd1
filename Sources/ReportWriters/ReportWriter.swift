public import Foundation
public import ReportModel

/// Renders a bundle of report documents into files of one format.
///
/// How to implement: write every file through `OutputDirectory.write(named:_:)`
/// (or `writeData`), which gives a temporary path in the same folder and renames
/// it into place only when the body returns, so a failing writer never leaves a
/// partial file behind. Identical bundles and options must give identical bytes.
///
/// ```swift
/// struct MarkdownWriter: ReportWriter {
///     let format = "md"
///     func write(_ bundle: ReportBundle, to out: OutputDirectory, options: WriterOptions) throws -> [URL] {
///         [try out.writeData(named: bundle.baseName + ".md", Data(render(bundle).utf8))]
///     }
/// }
/// ```
public protocol ReportWriter: Sendable {
    /// The `--format` name, e.g. `xlsx`.
    var format: String { get }
    /// Writes the files for `bundle` and returns their URLs, in a fixed order.
    func write(_ bundle: ReportBundle, to output: OutputDirectory, options: WriterOptions) throws -> [URL]
}

/// Options a user sets on the command line that writers honour.
public struct WriterOptions: Hashable, Sendable {
    /// `--csv-delimiter`: `,`, `;` or tab.
    public var csvDelimiter: Character
    /// `--csv-decimal`: `.` or `,`; by default `,` with `;` as delimiter, as
    /// a Vietnamese-locale spreadsheet reads numbers, else `.`.
    public var csvDecimal: Character
    /// `--csv-no-bom` sets this to false.
    public var csvByteOrderMark: Bool
    /// `--width`: TXT page width in columns.
    public var textWidth: Int
    /// `vi` or `en`: the words and notation writers use themselves (`WriterLabels`).
    public var language: String

    public init(csvDelimiter: Character = ",", csvDecimal: Character? = nil, csvByteOrderMark: Bool = true,
                textWidth: Int = 100, language: String = "vi") {
        self.language = language
        self.csvDelimiter = csvDelimiter
        self.csvDecimal = csvDecimal ?? (csvDelimiter == ";" ? "," : ".")
        self.csvByteOrderMark = csvByteOrderMark
        self.textWidth = textWidth
    }
}
