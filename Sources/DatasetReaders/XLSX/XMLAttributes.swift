internal import Foundation

/// The attributes of the element an `XMLPartHandler` is told of, looked up by
/// their name without prefix: `attributes["id"]` finds `r:id`.
///
/// It reads libxml2's own buffers in place, so no dictionary is built for an
/// element and only the values asked for become strings. It is valid only
/// during the `start` call it is given to; a handler must not keep it.
struct XMLAttributes {
    /// libxml2's five pointers per attribute: local name, prefix, URI, value, end of value.
    private let fields: UnsafePointer<UnsafePointer<UInt8>?>?
    /// How many attributes the element has.
    let count: Int

    init(fields: UnsafePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.fields = fields
        self.count = fields == nil ? 0 : count
    }

    /// The value of the first attribute whose local name is `name`, entities decoded; nil when there is none.
    subscript(_ name: StaticString) -> String? {
        guard let fields else { return nil }
        // A one-letter literal ("r") is stored as a scalar, without a pointer: withUTF8Buffer reads both.
        return name.withUTF8Buffer { key -> String? in
            for index in 0..<count {
                let field = fields + 5 * index
                guard let localName = field[0] else { continue }
                // The key holds no NUL, so this stops at the end of a shorter local name.
                var matched = 0
                while matched < key.count, localName[matched] == key[matched] { matched += 1 }
                guard matched == key.count, localName[matched] == 0, let start = field[3], let end = field[4]
                else { continue }
                return Self.value(UnsafeBufferPointer(start: start, count: end - start))
            }
            return nil
        }
    }

    /// libxml2 decodes entities in attribute values, except that without entity substitution it
    /// gives `&` (from `&amp;` or `&#38;`) as `&#38;`; a raw `&` cannot be in a value otherwise.
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&#38;", with: "&")
    }
}
