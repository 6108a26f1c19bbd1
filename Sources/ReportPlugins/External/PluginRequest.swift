internal import DatasetReaders
internal import DatasetStore
internal import ReportModel
internal import SQLiteSupport

/// The JSON request an external plugin reads on stdin (`baocao.plugin/1`,
/// docs/plugin-protocol.md): period, report unit, its rows (SPEC §3),
/// parameters, language, and the tables the plugin declared.
///
/// Laid out one item per line — each table row on a line of its own — so a
/// shell plugin can read it with line tools. A table's rows are the same for
/// every unit and period, so they are encoded once per store (`PluginMemo`)
/// and handed to each run as the same bytes.
struct PluginRequest {
    /// The request in pieces, written one after another.
    let chunks: [[UInt8]]

    init(plugin: ExternalPlugin, context: ReportContext) throws {
        let period = context.period
        let unit = context.unit
        let store = context.store
        let prior = period.sameLastYear
        var head = JSONText()
        head.raw("{")
        head.members(["protocol": .text(PluginProtocol.version), "plugin": .text(plugin.id),
                      "language": .text(context.language)])
        head.raw(",\n\"period\":{")
        head.members(["id": .text(period.id), "start": .text(period.start.description), "end": .text(period.end.description),
                      "year": .integer(period.year),
                      "text": .text(context.notation.period(period))])
        head.raw(",\"same_period_last_year\":{")
        head.members(["id": .text(prior.id), "start": .text(prior.start.description), "end": .text(prior.end.description)])
        head.raw("},\"year_to_date\":{")
        head.members(["start": .text(period.yearToDate.start.description), "end": .text(period.yearToDate.end.description)])
        head.raw("}},\n\"unit\":{")
        head.members(["id": .text(unit.id), "name": .text(unit.name), "kind": .text(unit.kind.rawValue),
                      "parent_id": unit.parentID.map(JSONText.Scalar.text) ?? .null])
        head.raw("},\n\"rows\":[")
        let rows = UnitRows(for: unit, in: store, totalLabel: DeclarativePlugin.totalLabel.text(context.language))
        for (index, slot) in rows.slots.enumerated() {
            head.raw(index == 0 ? "\n{" : ",\n{")
            head.members(["key": .text(slot.key), "label": .text(slot.label), "kind": .text(slot.kind.rawValue),
                          "level": .integer(slot.level), "unit_id": .text(slot.subtreeRoot)])
            head.raw(",\"units\":[")
            for (position, id) in Self.subtree(of: slot.subtreeRoot, in: store).enumerated() {
                if position > 0 { head.raw(",") }
                head.string(id)
            }
            head.raw("]}")
        }
        head.raw("\n],\n\"parameters\":{")
        for (index, parameter) in plugin.parameters.enumerated() {
            if index > 0 { head.raw(",") }
            head.string(parameter.name)
            head.raw(":")
            if parameter.type != "text", let number = Double(parameter.defaultValue), number.isFinite {
                head.raw(parameter.defaultValue)
            } else {
                head.string(parameter.defaultValue)
            }
        }
        head.raw("},\n\"tables\":{")
        var chunks = [head.bytes]
        for (index, name) in plugin.tablesSent(present: store.tablesPresent).enumerated() {
            var prefix = JSONText()
            prefix.raw(index == 0 ? "\n" : ",\n")
            prefix.string(name)
            prefix.raw(":")
            chunks.append(prefix.bytes)
            chunks.append(try context.memo.value("external-plugin-table:" + name) {
                try Self.encodeTable(name, from: store)
            })
        }
        chunks.append(Array("\n}}\n".utf8))
        self.chunks = chunks
    }

    var byteCount: Int { chunks.reduce(0) { $0 + $1.count } }

    /// `id` and every unit under it, in file order, depth first.
    static func subtree(of id: String, in store: DatasetStore) -> [String] {
        var ids = [id]
        var index = 0
        while index < ids.count {
            ids += store.children(of: ids[index]).map(\.id)
            index += 1
        }
        return ids
    }

    /// `{"columns":[…],"rows":[\n[…],\n[…]\n]}`: the store's table, columns as
    /// docs/store.md documents them, each row made JSON by SQLite itself.
    static func encodeTable(_ name: String, from store: DatasetStore) throws -> [UInt8] {
        let columns = try store.query("SELECT name FROM pragma_table_info(?1) ORDER BY cid", [.text(name)])
            .compactMap { $0[0].string }
        var text = JSONText()
        text.raw("{\"columns\":[")
        for (index, column) in columns.enumerated() {
            if index > 0 { text.raw(",") }
            text.string(column)
        }
        text.raw("],\"rows\":[")
        let quoted = columns.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var first = true
        try store.scan("SELECT json_array(\(quoted.joined(separator: ", "))) FROM \"\(name)\" ORDER BY rowid") { row in
            text.raw(first ? "\n" : ",\n")
            first = false
            row.withText(at: 0) { text.bytes.append(contentsOf: $0) }
        }
        text.raw("\n]}")
        return text.bytes
    }
}

/// The protocol's name and version, and its versioning rule: a new version
/// number only when an existing member changes meaning or goes; new members
/// may appear in either direction and are ignored by those who do not know them.
public enum PluginProtocol {
    public static let version = "baocao.plugin/1"
}

/// JSON written straight into bytes.
struct JSONText {
    enum Scalar {
        case text(String)
        case integer(Int)
        case null
    }

    var bytes: [UInt8] = []

    /// `"key":value,…` in the order given, without the braces.
    mutating func members(_ members: KeyValuePairs<String, Scalar>) {
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { raw(",") }
            string(key)
            raw(":")
            switch value {
            case .text(let text): string(text)
            case .integer(let number): raw(String(number))
            case .null: raw("null")
            }
        }
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
