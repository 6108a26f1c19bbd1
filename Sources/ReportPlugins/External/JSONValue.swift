internal import ReportModel

/// A JSON value as an external plugin answered it, before it is checked.
///
/// Our own small parser rather than Foundation's: its errors say line and
/// column ("line 3, column 18: expected , or }"), it tells a truncated answer
/// from garbage, and it reads the `NaN` and `Infinity` Python's `json.dumps`
/// writes, so that they are refused where they are (`tables[0].rows[2]…`)
/// instead of failing the whole answer as unreadable.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// A literal without fraction or exponent that fits an `Int`.
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order written; a key given twice is refused while parsing.
    case object([(key: String, value: JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.number(let a), .number(let b)): a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.elementsEqual(b) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The member `key` of an object; nil for another value or a missing key.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// What kind of value this is, as a message names it.
    var kindName: Message {
        switch self {
        case .null: .verbatim("null")
        case .bool: Message("true or false")
        case .integer, .number: Message("a number")
        case .string: Message("text")
        case .array: Message("a list")
        case .object: Message("an object")
        }
    }
}

/// Where and why a text is not JSON.
struct JSONSyntaxError: MessageError, Equatable {
    let line: Int
    let column: Int
    let reason: Message
    /// The text stopped before the value was complete.
    let isTruncated: Bool

    var message: Message { Message("line \(line), column \(column): \(reason)") }
}

extension JSONValue {
    /// Parses one JSON value filling `bytes` (surrounding white space allowed).
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes)
        return try parser.document()
    }
}

private struct JSONParser {
    let bytes: [UInt8]
    var index = 0
    var depth = 0
    static let maxDepth = 256

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func document() throws(JSONSyntaxError) -> JSONValue {
        skipSpace()
        if index < bytes.count, bytes[index] == 0xEF { index += 3 }   // a UTF-8 byte order mark, as Windows tools write
        let value = try self.value()
        skipSpace()
        guard index == bytes.count else { throw error(Message("unexpected text after the JSON value")) }
        return value
    }

    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        skipSpace()
        guard index < bytes.count else { throw truncated(Message("expected a value")) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        case UInt8(ascii: "N"): try word("NaN"); return .number(.nan)
        case UInt8(ascii: "I"): try word("Infinity"); return .number(.infinity)
        case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "I"):
            index += 1
            try word("Infinity")
            return .number(-.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error(Message("expected a value (an object, a list, text, a number, true, false or null)"))
        }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        var keys: Set<String> = []
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object([])
        }
        while true {
            skipSpace()
            guard index < bytes.count else { throw truncated(Message("expected a key")) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error(Message("expected a key in double quotes")) }
            let keyStart = index
            let key = try string()
            guard keys.insert(key).inserted else {
                index = keyStart
                throw error(Message("the key \"\(key)\" is given twice in one object"))
            }
            skipSpace()
            guard index < bytes.count else { throw truncated(Message("expected : after a key")) }
            guard bytes[index] == UInt8(ascii: ":") else { throw error(Message("expected : after a key")) }
            index += 1
            members.append((key, try value()))
            skipSpace()
            guard index < bytes.count else { throw truncated(Message("expected , or }")) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return .object(members)
            default: throw error(Message("expected , or }"))
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array([])
        }
        while true {
            elements.append(try value())
            skipSpace()
            guard index < bytes.count else { throw truncated(Message("expected , or ]")) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return .array(elements)
            default: throw error(Message("expected , or ]"))
            }
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
              bytes[index] >= 0x20 {
            index += 1
        }
        guard index < bytes.count else { throw truncated(Message("text not closed by \"")) }
        var scalars: [UInt8] = Array(bytes[start..<index])
        while true {
            guard index < bytes.count else { throw truncated(Message("text not closed by \"")) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                break
            }
            if byte < 0x20 { throw error(Message("a control character inside text; write it as \\n, \\t or \\u00XX")) }
            if byte != UInt8(ascii: "\\") {
                scalars.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { throw truncated(Message("text not closed by \"")) }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escaped)
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code), peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") {
                    index += 2
                    let low = try hex4()
                    code = (0xDC00...0xDFFF).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                index -= 2
                throw error(Message("unknown escape \\\(Character(Unicode.Scalar(escaped)))"))
            }
        }
        guard let text = String(validating: scalars, as: UTF8.self) else {
            index = start
            throw error(Message("text that is not UTF-8"))
        }
        return text
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw truncated(Message("expected four hex digits after \\u")) }
        var code: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw error(Message("expected four hex digits after \\u"))
            }
            code = code * 16 + UInt32(digit)
        }
        index += 4
        return code
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else {
            if index >= bytes.count { throw truncated(Message("expected a digit")) }
            throw error(Message("expected a digit"))
        }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard digits() > 0 else { throw index >= bytes.count ? truncated(Message("expected a digit")) : error(Message("expected a digit after .")) }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw index >= bytes.count ? truncated(Message("expected a digit")) : error(Message("expected an exponent")) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .integer(value) }
        return .number(Double(text) ?? .nan)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func word(_ word: StaticString) throws(JSONSyntaxError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (offset, byte) in expected.enumerated() {
            guard index + offset < bytes.count else { throw truncated(Message("expected \(word)")) }
            guard bytes[index + offset] == byte else { throw error(Message("expected a value")) }
        }
        index += expected.count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw error(
            Message("lists and objects nested more than \(Self.maxDepth) deep")) }
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func error(_ message: Message) -> JSONSyntaxError {
        let (line, column) = position()
        return JSONSyntaxError(line: line, column: column, reason: message, isTruncated: false)
    }

    private func truncated(_ message: Message) -> JSONSyntaxError {
        let (line, column) = position()
        return JSONSyntaxError(line: line, column: column, reason: Message("the answer ends too early: \(message)"),
                               isTruncated: true)
    }

    /// Line and column (in characters) of `index`, counted from 1.
    private func position() -> (Int, Int) {
        let upTo = min(index, bytes.count)
        var line = 1
        var lineStart = 0
        for offset in 0..<upTo where bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        let column = String(decoding: bytes[lineStart..<upTo], as: UTF8.self).count + 1
        return (line, column)
    }
}
