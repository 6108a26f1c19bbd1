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
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        while true {
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
        let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var problems: [Problem] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        var index = bytes.startIndex

        func endField() {
            fields.append(makeText(field))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line, or one of only delimiters, is no record.
            if !fields.allSatisfy(\.isEmpty) { consume(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.endIndex, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote, field.allSatisfy({ $0 == 0x20 }), !wasQuoted {
                field.removeAll(keepingCapacity: true)
                quoted = true
                wasQuoted = true
            } else if byte == delimiter {
                endField()
            } else if wasQuoted, byte != cr, byte != lf, byte != 0x20 {
                problems.append(Problem(file: file, line: line, message:
                    Message("text after the closing quote of field \(fields.count + 1); quote the whole value")))
                field.append(byte)
                wasQuoted = false
            } else if byte == cr || byte == lf {
                if byte == cr, index + 1 < bytes.endIndex, bytes[index + 1] == lf { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(byte)
            }
            index += 1
        }
        if quoted {
            throw CSVError(file: file, line: recordLine, message: Message("a quoted field is never closed (missing \")"))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return problems
    }

    /// Trimmed, and NFC-normalised when it may not be NFC already.
    private static func makeText(_ bytes: [UInt8]) -> String {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let slice = bytes[start..<end]
        let text = String(decoding: slice, as: UTF8.self)
        return slice.contains(where: { $0 >= 0x80 }) ? CellText.nfc(text) : text
    }
}

/// A CSV file that cannot be read at all.
struct CSVError: Error {
    let file: String
    let line: Int?
    let message: Message

    var problem: Problem { Problem(file: file, line: line, message: message) }
}
