/// A JSON encoder that writes object keys in the order `encode(to:)` encodes
/// them, for the documented key order of `baocao.bundle/1`.
///
/// Foundation's `JSONEncoder` on Linux keeps an object's keys in a hash table
/// and writes them in a different order on every run unless asked to sort
/// them; sorting would lose the documented order (and put a row's cells out
/// of column order). This encoder keeps the order and is deterministic:
///
/// - pretty-printed with two-space indents, `"key": value`, `[]` and `{}`
///   for empty containers;
/// - strings as UTF-8, escaping only `"`, `\` and control characters
///   (`/` is not escaped);
/// - integers as written; a `Double` in Swift's shortest round-trip form
///   (`123.33333333333333`, `0.1`), a whole one without `.0` (`5`), and
///   `null` when not finite (JSON has no NaN or infinity).
///
/// A key encoded twice in one object keeps its first place and its last value.
/// `package`, for the engine's other JSON (manifests, plugin requests).
package struct OrderedJSONEncoder {
    package init() {}

    /// `value` as pretty-printed JSON text, without a final newline.
    package func encode(_ value: some Encodable) throws -> String {
        let root = JSONSlot()
        try value.encode(to: SlotEncoder(slot: root, codingPath: []))
        var output = ""
        root.value.write(to: &output, indent: 0)
        return output
    }
}

/// A JSON value being built.
private enum JSONValue {
    case literal(String)
    case string(String)
    case array([JSONSlot])
    case object(keys: [String], values: [String: JSONSlot])

    func write(to output: inout String, indent: Int) {
        switch self {
        case .literal(let text):
            output += text
        case .string(let text):
            Self.writeString(text, to: &output)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                item.value.write(to: &output, indent: indent + 2)
                output += index + 1 < items.count ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let keys, let values):
            guard !keys.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, key) in keys.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                Self.writeString(key, to: &output)
                output += ": "
                values[key]!.value.write(to: &output, indent: indent + 2)
                output += index + 1 < keys.count ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// A double as JSON: shortest round-trip digits, whole numbers without
    /// `.0`, `null` for NaN and infinities.
    static func number(_ value: Double) -> String {
        PlainNumber.text(value) ?? "null"
    }
}

/// A place a value is encoded into; containers hand out child slots.
private final class JSONSlot {
    var value: JSONValue = .object(keys: [], values: [:])
    private var isSet = false

    /// Makes this slot an object (once) and returns the slot for `key`.
    func child(forKey key: String) -> JSONSlot {
        makeObject()
        guard case .object(var keys, var values) = value else { preconditionFailure() }
        if let existing = values[key] { return existing }
        let slot = JSONSlot()
        keys.append(key)
        values[key] = slot
        value = .object(keys: keys, values: values)
        return slot
    }

    func makeObject() {
        if case .object = value, isSet { return }
        value = .object(keys: [], values: [:])
        isSet = true
    }

    func makeArray() {
        if case .array = value, isSet { return }
        value = .array([])
        isSet = true
    }

    /// Makes this slot an array (once) and appends a new slot to it.
    func appendChild() -> JSONSlot {
        makeArray()
        guard case .array(var items) = value else { preconditionFailure() }
        let slot = JSONSlot()
        items.append(slot)
        value = .array(items)
        return slot
    }

    var count: Int {
        switch value {
        case .array(let items): items.count
        case .object(let keys, _): keys.count
        default: 0
        }
    }

    func set(_ newValue: JSONValue) {
        value = newValue
        isSet = true
    }
}

private struct SlotEncoder: Encoder {
    let slot: JSONSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeArray()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleSlotContainer(slot: slot, codingPath: codingPath)
    }
}

/// Encodes one value into a slot: the primitives every container shares.
private func encodeValue(_ value: some Encodable, into slot: JSONSlot, codingPath: [any CodingKey]) throws {
    switch value {
    case let text as String: slot.set(.string(text))
    case let number as Double: slot.set(.literal(JSONValue.number(number)))
    case let number as Float: slot.set(.literal(JSONValue.number(Double(number))))
    case let flag as Bool: slot.set(.literal(flag ? "true" : "false"))
    case let number as any BinaryInteger: slot.set(.literal(String(describing: number)))
    default: try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
    }
}

private struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: JSONSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        slot.child(forKey: key.stringValue).set(.literal("null"))
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try encodeValue(value, into: slot.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = slot.child(forKey: key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<NestedKey>(slot: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = slot.child(forKey: key.stringValue)
        child.makeArray()
        return UnkeyedSlotContainer(slot: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: JSONSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    mutating func encodeNil() throws {
        slot.appendChild().set(.literal("null"))
    }

    mutating func encode(_ value: some Encodable) throws {
        let path = codingPath + [IndexKey(count)]
        try encodeValue(value, into: slot.appendChild(), codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(count)]
        let child = slot.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<NestedKey>(slot: child, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [IndexKey(count)]
        let child = slot.appendChild()
        child.makeArray()
        return UnkeyedSlotContainer(slot: child, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [IndexKey(count)]
        return SlotEncoder(slot: slot.appendChild(), codingPath: path)
    }
}

private struct SingleSlotContainer: SingleValueEncodingContainer {
    let slot: JSONSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        slot.set(.literal("null"))
    }

    mutating func encode(_ value: some Encodable) throws {
        try encodeValue(value, into: slot, codingPath: codingPath)
    }
}
