internal import Foundation
internal import ReportModel

/// A CSV file, read as records of text fields, each with the line it starts on.
///
/// Reads RFC 4180 with the rules of SPEC §1.1: UTF-8 with or without BOM, or
/// UTF-16 with its BOM; `,` or `;`, whichever the header line uses more;
/// CRLF or LF; fields NFC-normalised and trimmed. Any other encoding is refused
/// with the byte offset of the first byte that is not UTF-8.
///
/// The file is read whole, once: it takes less memory than its typed rows
/// will. Records are handed over one at a time.
struct CSVFile {
    typealias Record = SourceRecord

    let url: URL
    /// How messages name the file: `members.csv`.
    let file: String

    /// Hands each record to `consume` in file order; returns the records that
    /// were read but not as written (text after a closing quote…).
    func readRecords(_ consume: (Record) -> Void) throws(CSVError) -> [Problem] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw CSVError(file: file, line: nil, message: Message("a folder, not a CSV file; rename or move it"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CSVError(file: file, line: nil, message: Message("cannot read: \(error.localizedDescription)"))
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let utf8 = try CSVFile.utf16ToUTF8([UInt8](data), littleEndian: data.first == 0xFF, file: file)
            return try utf8.withUnsafeBufferPointer { parse($0[...], consume) }.get()
        }
        return try data.withUnsafeBytes { raw -> Result<[Problem], CSVError> in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            if let error = CSVFile.encodingError(bytes, from: start, file: file) { return .failure(error) }
            return parse(bytes[start...], consume)
        }.get()
    }

    private func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>,
                       _ consume: (Record) -> Void) -> Result<[Problem], CSVError> {
        Result { () throws(CSVError) in
            try CSVFile.parse(bytes, delimiter: CSVFile.detectDelimiter(bytes), file: file, consume)
        }
    }

    /// Why bytes that are not UTF-8 cannot be read, naming the encoding they look like.
    private static func encodingError(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                      file: String) -> CSVError? {
        guard let offset = firstInvalidUTF8Offset(bytes, from: start) else { return nil }
        let line = 1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let byte = "byte 0x\(String(bytes[offset], radix: 16, uppercase: true))"
        let advice = LegacyVietnameseEncoding.guess(Array(bytes)).map { Message("\($0.name); \($0.conversion)") }
            ?? Message("save the file as \"CSV UTF-8\" or \"Unicode text\" (UTF-16) and try again")
        return CSVError(file: file, line: line, message:
            Message("byte offset \(offset): not UTF-8 text (\(byte)); \(advice)"))
    }

    /// Transcodes UTF-16 after its BOM, naming the byte offset of the first bad code unit.
    private static func utf16ToUTF8(_ bytes: [UInt8], littleEndian: Bool, file: String) throws(CSVError) -> [UInt8] {
        let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index in
            littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
        }
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count)
        var offset = 2
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                utf8 += UTF8.encode(Unicode.UTF16.decode(encoded))!
                offset += 2 * encoded.count
            case .emptyInput:
                guard bytes.count % 2 == 0 else {
                    throw CSVError(file: file, line: nil,
                                   message:
                                       Message("byte offset \(bytes.count - 1): the UTF-16 text ends in half a "
                                               + "character"))
                }
                return utf8
            case .error:
                throw CSVError(file: file, line: nil,
                               message: Message("byte offset \(offset): not valid UTF-16 (a lone surrogate)"))
            }
        }
    }

    private static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var offset = start
        while true {
            // ASCII, eight bytes at a time: nearly all of a dataset.
            while offset + 8 <= bytes.count,
                  UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                offset += 8
            }
            guard offset < bytes.count else { return nil }
            if bytes[offset] < 0x80 {
                offset += 1
                continue
            }
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes[offset...].makeIterator()
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// `;` when the first line holding either (the header, or a title row
    /// above it) has more semicolons than commas outside quotes.
    private static func detectDelimiter(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D {
                if commas + semicolons > 0 { break }
                continue
            }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, delimiter: UInt8, file: String,
                              _ consume: (Record) -> Void) throws(CSVError) -> [Problem] {
        let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A, quote = UInt8(ascii: "\"")
        let base = bytes.base.baseAddress!, end = bytes.endIndex
        // The bytes that end a field's scan, told by one lookup per byte.
        let stops = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        defer { stops.deallocate() }
        stops.initialize(repeating: false, count: 256)
        for stop in [delimiter, lf, cr, quote] { stops[Int(stop)] = true }
        var problems: [Problem] = []
        // The record's fields, written over the last record's: where each lies, and how many. A
        // quoted field's text is in `quoted`, at `-1 - start`.
        var capacity = 16
        var spans = UnsafeMutablePointer<RecordFields.Span>.allocate(capacity: capacity)
        defer { spans.deallocate() }
        var fieldCount = 0
        var quoted: [String] = []
        var line = 1, recordLine = 1
        var index = bytes.startIndex
        var pendingField = false   // a delimiter was read: another field follows, even an empty one
        var quotedBytes: [UInt8] = []

        func add(_ span: RecordFields.Span) {
            if fieldCount == capacity {
                let larger = UnsafeMutablePointer<RecordFields.Span>.allocate(capacity: capacity * 2)
                larger.moveInitialize(from: spans, count: capacity)
                spans.deallocate()
                spans = larger
                capacity *= 2
            }
            (spans + fieldCount).initialize(to: span)
            fieldCount += 1
        }
        func endRecord() {
            // A blank line, or one of only delimiters, is no record.
            if (0..<fieldCount).contains(where: { spans[$0].count > 0 }) {
                let fields = if quoted.isEmpty {
                    RecordFields(bytes: base, spans: spans, count: fieldCount)
                } else {   // rare: the record's texts, each made now
                    RecordFields((0..<fieldCount).map { field in
                        let span = spans[field]
                        return span.start < 0 ? quoted[-1 - span.start]
                            : CellText.text(UnsafeBufferPointer(start: base + span.start, count: span.count))
                    })
                }
                consume(Record(line: recordLine, fields: fields))
            }
            fieldCount = 0
            if !quoted.isEmpty { quoted = [] }
        }

        while index < end {
            // Most fields hold no quote: they are left where they are in the file's bytes.
            var cursor = index
            while cursor < end, !stops[Int(base[cursor])] { cursor += 1 }
            if cursor < end, base[cursor] == quote {
                cursor = try quotedField(base, from: index, to: end, delimiter: delimiter, into: &quotedBytes,
                                         line: &line, recordLine: recordLine, field: fieldCount + 1,
                                         problems: &problems, file: file)
                let text = quotedBytes.withUnsafeBufferPointer { CellText.text($0) }
                quoted.append(text)
                add(RecordFields.Span(start: -quoted.count, count: text.utf8.count))
            } else {
                let kept = CellText.trimmed(UnsafeBufferPointer(start: base + index, count: cursor - index))
                add(RecordFields.Span(start: index + kept.lowerBound, count: kept.count))
            }
            pendingField = false
            guard cursor < end else { break }
            if base[cursor] == delimiter {
                pendingField = true
            } else {
                if base[cursor] == cr, cursor + 1 < end, base[cursor + 1] == lf { cursor += 1 }
                endRecord()
                line += 1
                recordLine = line
            }
            index = cursor + 1
        }
        if pendingField { add(RecordFields.Span(start: end, count: 0)) }
        if fieldCount > 0 { endRecord() }
        return problems
    }

    /// Reads a field holding a quote, from `start` to the delimiter or line
    /// end after it (returned): RFC 4180's quoting, text after the closing
    /// quote kept but reported. Its bytes are left in `field`.
    private static func quotedField(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, delimiter: UInt8,
                                    into field: inout [UInt8], line: inout Int, recordLine: Int, field number: Int,
                                    problems: inout [Problem], file: String) throws(CSVError) -> Int {
        let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A, quote = UInt8(ascii: "\""), space: UInt8 = 0x20
        field.removeAll(keepingCapacity: true)
        var quoted = false, wasQuoted = false
        var cursor = start
        while cursor < end {
            let byte = base[cursor]
            if quoted {
                if byte == quote {
                    if cursor + 1 < end, base[cursor + 1] == quote {
                        field.append(quote)
                        cursor += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote, !wasQuoted, field.allSatisfy({ $0 == space }) {
                field.removeAll(keepingCapacity: true)
                quoted = true
                wasQuoted = true
            } else if byte == delimiter || byte == cr || byte == lf {
                break
            } else if wasQuoted, byte != space {
                problems.append(Problem(file: file, line: line, message:
                    Message("text after the closing quote of field \(number); quote the whole value")))
                field.append(byte)
                wasQuoted = false
            } else {
                field.append(byte)
            }
            cursor += 1
        }
        if quoted {
            throw CSVError(file: file, line: recordLine, message: Message("a quoted field is never closed (missing \")"))
        }
        return cursor
    }
}

/// A CSV file that cannot be read at all.
struct CSVError: Error {
    let file: String
    let line: Int?
    let message: Message

    var problem: Problem { Problem(file: file, line: line, message: message) }
}
