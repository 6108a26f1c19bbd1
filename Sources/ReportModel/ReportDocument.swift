/// What every report plugin produces and every writer renders (SPEC §4).
///
/// Its `Codable` form is the documented `baocao.report/1` JSON, keys in the
/// documented order, so other programs can read every number.
public struct ReportDocument: Hashable, Sendable {
    public static let formatID = "baocao.report/1"

    public var plugin: String
    public var title: String
    public var unit: UnitReference
    public var period: PeriodReference
    public var narrative: [String]
    public var tables: [ReportTable]

    public init(
        plugin: String, title: String, unit: UnitReference, period: PeriodReference,
        narrative: [String] = [], tables: [ReportTable] = []
    ) {
        self.plugin = plugin
        self.title = title
        self.unit = unit
        self.period = period
        self.narrative = narrative
        self.tables = tables
    }

    public func table(_ id: String) -> ReportTable? { tables.first { $0.id == id } }
}

/// The unit a report is made for.
public struct UnitReference: Hashable, Sendable, Codable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// The period a report covers, as written in JSON.
public struct PeriodReference: Hashable, Sendable, Codable {
    public var id: String
    public var start: Day
    public var end: Day

    public init(id: String, start: Day, end: Day) {
        self.id = id
        self.start = start
        self.end = end
    }

    public init(_ period: Period) {
        self.init(id: period.id, start: period.start, end: period.end)
    }
}

/// One table of a report: typed columns and labelled rows. In JSON every row
/// has a cell for every column, in column order, `null` where it has no value.
public struct ReportTable: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var columns: [Column]
    public var rows: [Row]
    /// A chart of the table's rows, where a picture says more; nil for none.
    public var chart: ChartDeclaration?

    public init(id: String, title: String, columns: [Column], rows: [Row] = [], chart: ChartDeclaration? = nil) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.chart = chart
    }

    public func row(_ key: String) -> Row? { rows.first { $0.key == key } }

    /// The table with each of `columnIDs` showing as many decimals as its
    /// values need, up to `maximum`: areas `14`, `2,5`, `0,25` — not `0,3`.
    public func withDecimalsAsNeeded(_ columnIDs: [String], upTo maximum: Int = 2) -> ReportTable {
        var table = self
        for (index, column) in columns.enumerated() where columnIDs.contains(column.id) {
            let values = rows.compactMap { $0[column.id].number }
            table.columns[index].precision = (0...maximum).first { decimals in
                values.allSatisfy { value in
                    var scale = 1.0
                    for _ in 0..<decimals { scale *= 10 }
                    let scaled = value * scale
                    return abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled))
                }
            } ?? maximum
        }
        return table
    }

    enum CodingKeys: String, CodingKey { case id, title, columns, rows, chart }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        columns = try container.decode([Column].self, forKey: .columns)
        rows = try container.decode([Row].self, forKey: .rows)
        chart = try container.decodeIfPresent(ChartDeclaration.self, forKey: .chart)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(columns, forKey: .columns)
        try container.encode(rows.map { $0.completed(for: columns) }, forKey: .rows)
        try container.encodeIfPresent(chart, forKey: .chart)   // left out without one
    }
}

/// A chart of a table (SPEC §6): one series per listed column, one category
/// per row but the total. Writers that can draw draw it natively, from the
/// table's own cells (the XLSX); the others leave it out.
public struct ChartDeclaration: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case column, bar, line, pie
    }

    public var kind: Kind
    /// The numeric columns plotted, by id.
    public var series: [String]
    /// Columns of another scale (admissions beside thousands of members),
    /// plotted as columns in a chart of their own under the first — where
    /// Excel would give them a second value axis, which libxlsxwriter 1.1.4
    /// cannot draw. Nil: none.
    public var secondary: [String]?

    public init(kind: Kind, series: [String], secondary: [String]? = nil) {
        self.kind = kind
        self.series = series
        self.secondary = secondary
    }
}

public struct Column: Hashable, Sendable, Codable {
    public var id: String
    public var label: String
    public var type: ColumnType
    /// The label of the group header spanning this column and its neighbours
    /// with the same group (e.g. *Tăng* over the increases); nil for none.
    public var group: String?
    /// Decimals shown for its numbers; nil for the type's (`ColumnType.defaultDecimals`).
    /// The numbers themselves are never rounded.
    public var precision: Int?

    public init(id: String, label: String, type: ColumnType, group: String? = nil, precision: Int? = nil) {
        self.id = id
        self.label = label
        self.type = type
        self.group = group
        self.precision = precision
    }

    enum CodingKeys: String, CodingKey { case id, label, type, group, precision }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        type = try container.decode(ColumnType.self, forKey: .type)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        precision = try container.decodeIfPresent(Int.self, forKey: .precision)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encode(type, forKey: .type)
        try container.encode(group, forKey: .group)   // written as null, not left out
        try container.encodeIfPresent(precision, forKey: .precision)
    }

    /// Decimals shown for this column's number in `row`: the row's own
    /// precision (an indicator's), else the column's, else the type's; nil
    /// for text and dates.
    public func decimals(in row: Row) -> Int? {
        guard type.isNumeric else { return nil }
        return row.precision ?? precision ?? type.defaultDecimals
    }
}

/// How a column's values are typed and displayed.
public enum ColumnType: String, Hashable, Sendable, Codable, CaseIterable {
    /// Free text.
    case text
    /// A whole number, shown with thousands separators.
    case integer
    /// A fractional number, shown with one decimal.
    case decimal
    /// A percentage number: `123.33` means 123,33 %.
    case percent
    /// An amount in đồng, shown as a whole number.
    case money
    /// A calendar day.
    case date

    public var isNumeric: Bool { [.integer, .decimal, .percent, .money].contains(self) }

    /// Counts and money whole, percentages and averages with one decimal.
    public var defaultDecimals: Int { self == .decimal || self == .percent ? 1 : 0 }
}

public struct Row: Hashable, Sendable {
    public var key: String
    public var label: String
    public var kind: RowKind
    /// Outline depth: 0 for the total, 1 for rows directly under it, and so on.
    public var level: Int
    /// Values in column order; a column absent here is null.
    public private(set) var cells: [(column: String, value: CellValue)]
    /// Decimals shown for this row's numbers, over the columns' own: a row of
    /// indicators whose values are counted in đồng or in criteria. nil for none.
    public var precision: Int?

    public init(key: String, label: String, kind: RowKind = .data, level: Int = 1,
                cells: [(String, CellValue)] = [], precision: Int? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.level = level
        self.cells = cells.map { (column: $0.0, value: $0.1) }
        self.precision = precision
    }

    /// The value in `column`, `.null` when absent.
    public subscript(column: String) -> CellValue {
        get { cells.first { $0.column == column }?.value ?? .null }
        set {
            if let index = cells.firstIndex(where: { $0.column == column }) {
                cells[index].value = newValue
            } else {
                cells.append((column: column, value: newValue))
            }
        }
    }

    /// The row with a cell for every column, in column order (`.null` where it
    /// has none), then any cells for columns the table does not declare.
    public func completed(for columns: [Column]) -> Row {
        let declared = Set(columns.map(\.id))
        var row = self
        row.cells = columns.map { (column: $0.id, value: self[$0.id]) } + cells.filter { !declared.contains($0.column) }
        return row
    }

    public static func == (lhs: Row, rhs: Row) -> Bool {
        lhs.key == rhs.key && lhs.label == rhs.label && lhs.kind == rhs.kind && lhs.level == rhs.level
            && lhs.precision == rhs.precision && lhs.cells.elementsEqual(rhs.cells) { $0.column == $1.column && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(kind)
        for cell in cells {
            hasher.combine(cell.column)
            hasher.combine(cell.value)
        }
    }
}

public enum RowKind: String, Hashable, Sendable, Codable {
    /// A row of data: one unit, one model, one category.
    case data
    /// The sum of the data rows under it.
    case subtotal
    /// The sum over the whole report unit.
    case total
}

/// One cell's value. JSON gives numbers as numbers, dates as `YYYY-MM-DD`.
public enum CellValue: Hashable, Sendable {
    case null
    case integer(Int)
    case number(Double)
    case text(String)
    case date(Day)

    /// The value as a number, for numeric cells; nil otherwise.
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    public var isNull: Bool { self == .null }
}

extension CellValue: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByNilLiteral {
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension CellValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .date(let value): try container.encode(value)
        }
    }
}

extension Row: Codable {
    enum CodingKeys: String, CodingKey { case key, label, kind, level, precision, cells }

    struct CellKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        label = try container.decode(String.self, forKey: .label)
        kind = try container.decode(RowKind.self, forKey: .kind)
        level = try container.decodeIfPresent(Int.self, forKey: .level) ?? 1
        precision = try container.decodeIfPresent(Int.self, forKey: .precision)
        let cellContainer = try container.nestedContainer(keyedBy: CellKey.self, forKey: .cells)
        cells = try cellContainer.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
            (column: $0.stringValue, value: try cellContainer.decode(CellValue.self, forKey: $0))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(label, forKey: .label)
        try container.encode(kind, forKey: .kind)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(precision, forKey: .precision)
        var cellContainer = container.nestedContainer(keyedBy: CellKey.self, forKey: .cells)
        for cell in cells {
            try cellContainer.encode(cell.value, forKey: CellKey(stringValue: cell.column))
        }
    }
}

extension ReportDocument: Codable {
    enum CodingKeys: String, CodingKey { case format, plugin, title, unit, period, narrative, tables }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(String.self, forKey: .format)
        guard format == Self.formatID else {
            throw DecodingError.dataCorruptedError(
                forKey: .format, in: container,
                debugDescription: "expected format \"\(Self.formatID)\", found \"\(format)\"")
        }
        plugin = try container.decode(String.self, forKey: .plugin)
        title = try container.decode(String.self, forKey: .title)
        unit = try container.decode(UnitReference.self, forKey: .unit)
        period = try container.decode(PeriodReference.self, forKey: .period)
        narrative = try container.decodeIfPresent([String].self, forKey: .narrative) ?? []
        tables = try container.decodeIfPresent([ReportTable].self, forKey: .tables) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatID, forKey: .format)
        try container.encode(plugin, forKey: .plugin)
        try container.encode(title, forKey: .title)
        try container.encode(unit, forKey: .unit)
        try container.encode(period, forKey: .period)
        try container.encode(narrative, forKey: .narrative)
        try container.encode(tables, forKey: .tables)
    }
}
