internal import ReportModel

/// One cell of a generated row, typed so that each format writes it its own
/// way: a date is `YYYY-MM-DD` in CSV and SQLite and a real date cell in XLSX.
enum SampleCell {
    case text(String)
    case int(Int)
    /// A number with two decimals, given in hundredths (`1250` is 12.5).
    case hundredths(Int)
    case date(Day)
    case empty
}

/// Where generated rows go: one file per table (CSV), one database (SQLite) or
/// one workbook (XLSX). Rows of one table arrive in order; rows of different
/// tables interleave.
///
/// An implementation writes only to temporary names until `finish()`, which
/// moves the complete files into place; `discard()` removes the temporary ones.
protocol SampleSink: AnyObject {
    func append(_ table: SampleTable, _ cells: [SampleCell]) throws(SampleError)
    /// Completes every file and renames it into place; returns the final file names.
    func finish() throws(SampleError) -> [String]
    func discard()
}

extension Day {
    /// `YYYY-MM-DD` as UTF-8 bytes, without going through `String`.
    func appendISO(to bytes: inout [UInt8]) {
        let y = year, m = month, d = day
        bytes.append(UInt8(48 + y / 1000)); bytes.append(UInt8(48 + y / 100 % 10))
        bytes.append(UInt8(48 + y / 10 % 10)); bytes.append(UInt8(48 + y % 10))
        bytes.append(45); bytes.append(UInt8(48 + m / 10)); bytes.append(UInt8(48 + m % 10))
        bytes.append(45); bytes.append(UInt8(48 + d / 10)); bytes.append(UInt8(48 + d % 10))
    }

    var iso: String {
        var bytes: [UInt8] = []
        appendISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension SampleCell {
    /// The cell as CSV/SQLite text: numbers plain (`1234.5`), dates ISO.
    func appendText(to bytes: inout [UInt8]) {
        switch self {
        case .text(let text):
            var text = text
            text.withUTF8 { utf8 in
                if utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
                    bytes.append(34)
                    for byte in utf8 {
                        if byte == 34 { bytes.append(34) }
                        bytes.append(byte)
                    }
                    bytes.append(34)
                } else {
                    bytes.append(contentsOf: utf8)
                }
            }
        case .int(let value): appendInteger(value, to: &bytes)
        case .hundredths(let value):
            if value < 0 { bytes.append(45) }
            let magnitude = abs(value)
            appendInteger(magnitude / 100, to: &bytes)
            let cents = magnitude % 100
            if cents != 0 {
                bytes.append(46)
                bytes.append(UInt8(48 + cents / 10))
                if cents % 10 != 0 { bytes.append(UInt8(48 + cents % 10)) }
            }
        case .date(let day): day.appendISO(to: &bytes)
        case .empty: break
        }
    }

    var plainText: String {
        if case .text(let text) = self { return text }
        var bytes: [UInt8] = []
        appendText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

private func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 {
        bytes.append(45)
        appendInteger(-value, to: &bytes)
        return
    }
    if value < 10 {
        bytes.append(UInt8(48 + value))
        return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
        while rest > 0 {
            buffer[count] = UInt8(48 + rest % 10)
            rest /= 10
            count += 1
        }
        for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
}
