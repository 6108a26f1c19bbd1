public import ReportModel

/// One cell's value, typed by its column's declaration.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    case date(Day)
    /// Boxed: a period is three times a text's size, and every cell of every
    /// row would pay for it (8 bytes a cell: 750 MB on ten million ratings and
    /// eight million meetings).
    indirect case period(Period)
    case bool(Bool)
    /// The canonical id of a choice column's value.
    case choice(String)

    /// A text's or a choice's text.
    var text: String? {
        switch self {
        case .text(let text), .choice(let text): text
        default: nil
        }
    }
}

/// A row of a table as its declaration types it: one value per declared
/// column, in declaration order (nil: empty). Tables no Swift code reasons
/// about (ratings, meetings, plugins' tables) are kept as such rows.
public struct TableRow: Hashable, Sendable {
    public let values: [FieldValue?]
    public let source: SourceLocation

    public init(values: [FieldValue?], source: SourceLocation) {
        self.values = values
        self.source = source
    }

    public subscript(position: Int) -> FieldValue? { values[position] }

    func text(_ position: Int) -> String? { values[position]?.text }

    func day(_ position: Int) -> Day? {
        if case .date(let day) = values[position] { return day }
        return nil
    }

    func period(_ position: Int) -> Period? {
        if case .period(let period) = values[position] { return period }
        return nil
    }

    func number(_ position: Int) -> Double? {
        switch values[position] {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    func integer(_ position: Int) -> Int? {
        if case .integer(let value) = values[position] { return value }
        return nil
    }

    func choice<V: Vocabulary>(_ position: Int, as type: V.Type) -> V? {
        text(position).flatMap(V.init(rawValue:))
    }
}
