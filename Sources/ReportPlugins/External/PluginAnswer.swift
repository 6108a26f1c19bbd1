internal import ReportModel

/// What an external plugin answered on stdout, checked like any report
/// document (SPEC §4, `DocumentConformance`): either the report or the
/// plugin's own error message. Every problem says where it is in the answer
/// as a JSON path — `report.tables[0].rows[3].cells.admitted: …`.
enum PluginAnswer {
    case report(ReportDocument)
    case error(String)

    /// The answer's problems, at most this many listed.
    static let problemLimit = 20

    /// Reads `bytes` as the answer to a request for `expected`'s unit and period.
    static func read(_ bytes: [UInt8], expected: ReportDocument) throws(ExternalPluginFailure) -> PluginAnswer {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw error.isTruncated ? .truncatedAnswer(error) : .notJSON(error, start: bytes.prefix(80))
        }
        guard case .object = value else {
            throw .invalidAnswer([Message("(the answer): expected an object { \"protocol\": …, \"report\": … }, found "
                                        + "\(value.kindName)")])
        }
        guard case .string(let version)? = value["protocol"] else {
            throw .invalidAnswer([Message("protocol: missing; expected \"\(PluginProtocol.version)\"")])
        }
        guard version == PluginProtocol.version else { throw .otherProtocol(version) }
        if let error = value["error"] {
            switch error {
            case .string(let message): return .error(message)
            case .object where error["message"].flatMap(\.text) != nil: return .error(error["message"]!.text!)
            default: throw .invalidAnswer([Message("error.message: expected text, the message for the user")])
            }
        }
        guard let report = value["report"] else {
            throw .invalidAnswer([Message("report: missing; answer a report (or an error with a message)")])
        }
        var reader = DocumentReader(expected: expected)
        let document = reader.document(report, at: "report")
        var problems = reader.problems
        if let document, problems.isEmpty {
            problems = DocumentConformance.problems(of: document).map { .placed("report.", $0) }
        }
        guard let document, problems.isEmpty else {
            throw .invalidAnswer(Array(problems.prefix(problemLimit))
                                 + (problems.count > problemLimit ? [
                                     Message("… and \(problems.count - problemLimit) more")] : []))
        }
        return .report(document)
    }
}

/// Builds a `ReportDocument` from JSON, noting each problem with its path and
/// going on, so that one answer shows all its mistakes.
private struct DocumentReader {
    let expected: ReportDocument
    var problems: [Message] = []

    mutating func document(_ value: JSONValue, at path: String) -> ReportDocument? {
        guard case .object = value else {
            problems.append(Message("\(path): expected an object, found \(value.kindName)"))
            return nil
        }
        if let format = value["format"], format.text != ReportDocument.formatID {
            problems.append(Message("\(path).format: expected \"\(ReportDocument.formatID)\", found \(format.shown)"))
        }
        if let plugin = value["plugin"], plugin.text != expected.plugin {
            problems.append(Message("\(path).plugin: expected \"\(expected.plugin)\", the plugin's id, found "
                                  + "\(plugin.shown)"))
        }
        if let unit = value["unit"], unit["id"]?.text != expected.unit.id {
            problems.append(
                Message("\(path).unit.id: the request was for unit \"\(expected.unit.id)\", found "
                        + "\(unit["id"]?.shown ?? Message("none"))"))
        }
        if let period = value["period"], period["id"]?.text != expected.period.id {
            problems.append(
                Message("\(path).period.id: the request was for period \"\(expected.period.id)\", found "
                        + "\(period["id"]?.shown ?? Message("none"))"))
        }
        let title = optionalText(value["title"], at: "\(path).title") ?? expected.title
        var narrative: [String] = []
        if let paragraphs = value["narrative"] {
            narrative = list(paragraphs, at: "\(path).narrative").enumerated().compactMap { index, paragraph in
                text(paragraph, at: "\(path).narrative[\(index)]")
            }
        }
        var tables: [ReportTable] = []
        if let tableValues = value["tables"] {
            tables = list(tableValues, at: "\(path).tables").enumerated().compactMap { index, table in
                self.table(table, at: "\(path).tables[\(index)]")
            }
        }
        return ReportDocument(plugin: expected.plugin, title: title, unit: expected.unit, period: expected.period,
                              narrative: narrative, tables: tables)
    }

    private mutating func table(_ value: JSONValue, at path: String) -> ReportTable? {
        guard case .object = value else {
            problems.append(Message("\(path): expected an object, found \(value.kindName)"))
            return nil
        }
        let id = required(value, "id", at: path)
        let title = required(value, "title", at: path)
        var columns: [Column] = []
        for (index, column) in list(value["columns"], at: "\(path).columns").enumerated() {
            if let column = self.column(column, at: "\(path).columns[\(index)]") { columns.append(column) }
        }
        let types = Dictionary(columns.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        for (index, row) in list(value["rows"], at: "\(path).rows").enumerated() {
            if let row = self.row(row, types: types, at: "\(path).rows[\(index)]") { rows.append(row) }
        }
        guard let id, let title else { return nil }
        return ReportTable(id: id, title: title, columns: columns, rows: rows)
    }

    private mutating func column(_ value: JSONValue, at path: String) -> Column? {
        guard case .object = value else {
            problems.append(Message("\(path): expected an object, found \(value.kindName)"))
            return nil
        }
        let id = required(value, "id", at: path)
        let label = required(value, "label", at: path)
        let group = optionalText(value["group"], at: "\(path).group")
        var type: ColumnType?
        if let typeName = required(value, "type", at: path) {
            type = ColumnType(rawValue: typeName)
            if type == nil {
                problems.append(.placed("\(path).type: ", Message("unknown column type \"\(typeName)\"; expected "
                                + "\(ColumnType.allCases.map(\.rawValue).joined(separator: ", "))")))
            }
        }
        let precision = self.precision(value["precision"], at: "\(path).precision")
        guard let id, let label, let type else { return nil }
        return Column(id: id, label: label, type: type, group: group, precision: precision)
    }

    private mutating func row(_ value: JSONValue, types: [String: ColumnType], at path: String) -> Row? {
        guard case .object = value else {
            problems.append(Message("\(path): expected an object, found \(value.kindName)"))
            return nil
        }
        let key = required(value, "key", at: path)
        let label = required(value, "label", at: path)
        var kind = RowKind.data
        if let kindValue = value["kind"] {
            if let parsed = kindValue.text.flatMap(RowKind.init(rawValue:)) {
                kind = parsed
            } else {
                problems.append(Message("\(path).kind: expected data, subtotal or total, found \(kindValue.shown)"))
            }
        }
        var level = kind == .total ? 0 : 1
        if let levelValue = value["level"] {
            if case .integer(let number) = levelValue {
                level = number
            } else {
                problems.append(Message("\(path).level: expected a whole number, found \(levelValue.shown)"))
            }
        }
        var cells: [(String, CellValue)] = []
        switch value["cells"] {
        case nil, .null?:
            break
        case .object(let members)?:
            for (column, cellValue) in members {
                let at = "\(path).cells.\(column)"
                guard let type = types[column] else {
                    problems.append(Message("\(at): no such column in the table"))
                    continue
                }
                if let cell = cell(cellValue, type: type, at: at) { cells.append((column, cell)) }
            }
        case let other?:
            problems.append(Message("\(path).cells: expected an object { column: value }, found \(other.kindName)"))
        }
        let precision = self.precision(value["precision"], at: "\(path).precision")
        guard let key, let label else { return nil }
        return Row(key: key, label: label, kind: kind, level: level, cells: cells, precision: precision)
    }

    /// `value` as a cell of a `type` column.
    private mutating func cell(_ value: JSONValue, type: ColumnType, at path: String) -> CellValue? {
        switch (type, value) {
        case (_, .null):
            return .null
        case (.text, .string(let text)):
            return .text(text)
        case (.date, .string(let text)):
            if let day = Day(iso: text) { return .date(day) }
            problems.append(Message("\(path): \"\(text)\" is not a date YYYY-MM-DD"))
            return nil
        case (.integer, .integer(let number)), (.money, .integer(let number)),
             (.decimal, .integer(let number)), (.percent, .integer(let number)):
            return .integer(number)
        case (_, .number(let number)) where !number.isFinite:
            problems.append(Message("\(path): \(number) is not a finite number"))
            return nil
        case (.integer, .number(let number)) where number == number.rounded() && abs(number) < 1e15:
            return .integer(Int(number))   // 3.0 from a language that has only floats
        case (.decimal, .number(let number)), (.percent, .number(let number)), (.money, .number(let number)):
            return .number(number)
        default:
            problems.append(Message("\(path): \(value.shown) is not a value of a column of type \(type.rawValue)"))
            return nil
        }
    }

    /// Decimals shown, 0…6, when given.
    private mutating func precision(_ value: JSONValue?, at path: String) -> Int? {
        switch value {
        case nil, .null?: return nil
        case .integer(let digits)? where (0...6).contains(digits): return digits
        case let other?:
            problems.append(Message("\(path): expected a whole number 0…6, found \(other.shown)"))
            return nil
        }
    }

    private mutating func required(_ object: JSONValue, _ key: String, at path: String) -> String? {
        guard let value = object[key] else {
            problems.append(Message("\(path).\(key): missing"))
            return nil
        }
        return text(value, at: "\(path).\(key)")
    }

    private mutating func optionalText(_ value: JSONValue?, at path: String) -> String? {
        guard let value, value != .null else { return nil }
        return text(value, at: path)
    }

    private mutating func text(_ value: JSONValue, at path: String) -> String? {
        guard case .string(let text) = value else {
            problems.append(Message("\(path): expected text, found \(value.kindName)"))
            return nil
        }
        return text
    }

    private mutating func list(_ value: JSONValue?, at path: String) -> [JSONValue] {
        switch value {
        case .array(let elements)?: return elements
        case nil:
            problems.append(Message("\(path): missing"))
            return []
        case let other?:
            problems.append(Message("\(path): expected a list, found \(other.kindName)"))
            return []
        }
    }
}

extension JSONValue {
    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as a message quotes it: `"text"`, `12`, `a list`.
    var shown: Message {
        switch self {
        case .string(let text): .verbatim("\"\(text.count > 40 ? text.prefix(40) + "…" : text)\"")
        case .integer(let number): .verbatim("\(number)")
        case .number(let number): .verbatim("\(number)")
        case .bool(let flag): .verbatim("\(flag)")
        case .null: .verbatim("null")
        default: kindName
        }
    }
}
