public import Foundation
public import ReportModel

/// `--format json`: the bundle as one `baocao.bundle/1` file,
/// `UNIT_PERIOD.json` (SPEC §4), for other programs and tests to read every
/// number.
///
/// Keys come in the documented order and a row's cells in column order
/// (`OrderedJSONEncoder`), numbers unrounded, two-space indents, `/` not
/// escaped, UTF-8 without a byte order mark, a newline at the end. The same
/// bundle always gives the same bytes. The document header is not part of
/// the JSON.
public struct JSONWriter: ReportWriter {
    public let format = "json"

    public init() {}

    public func write(_ bundle: ReportBundle, to output: OutputDirectory, options: WriterOptions) throws -> [URL] {
        let text = try OrderedJSONEncoder().encode(bundle) + "\n"
        return [try output.writeData(named: "\(bundle.baseName).json", Data(text.utf8))]
    }
}
