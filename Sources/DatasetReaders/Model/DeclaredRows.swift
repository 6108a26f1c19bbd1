public import ReportModel
public import SQLiteSupport

/// The rows of a table no Swift type keeps (ratings, meetings, plugins'
/// tables…) as their declared values: a typed column per declared column,
/// with the line each row was read from. Texts are coded as they are read,
/// each distinct text kept once: the store's column tables take the columns
/// as they are, and a check looks a distinct text up once, not once a row.
public struct DeclaredRows: Sendable {
    /// Where the rows were read: `ratings.csv`, `data.xlsx[ratings]`.
    public let file: String
    public let columns: [DeclaredColumn]
    private let lines: [Int32]
    /// Each row's place among the table's records after the header, rows
    /// left out counted: file order, whatever the lines a record spans.
    public let positions: [Int32]

    public var count: Int { lines.count }

    /// Every row's value of `column`, in row order.
    public func column(_ column: Int) -> DeclaredColumn { columns[column] }

    public func source(_ row: Int) -> SourceLocation { SourceLocation(file: file, line: Int(lines[row])) }

    public subscript(row: Int) -> TableRow {
        TableRow(values: columns.map { $0[row] }, source: source(row))
    }

    /// Every row as a `TableRow`: for the small tables typed views are made from.
    public var rows: [TableRow] { (0..<count).map { self[$0] } }

    /// Collects a table's rows as they are read: a row is an append to each column.
    struct Builder {
        private let file: String
        private var columns: [DeclaredColumn.Builder]
        private var lines: [Int32] = []
        private var positions: [Int32] = []

        init(file: String, columns: [TableSchema.Column]) {
            self.file = file
            self.columns = columns.map { DeclaredColumn.Builder($0.type, minimum: $0.minimum) }
        }

        /// Makes room for `count` rows in all.
        mutating func reserveCapacity(_ count: Int) {
            for position in columns.indices { columns[position].reserveCapacity(count) }
            lines.reserveCapacity(count)
            positions.reserveCapacity(count)
        }

        /// Appends a row's declared values, read at `line`, the table's record number `position`.
        mutating func append(_ row: [FieldValue?], line: Int, position: Int) {
            precondition(row.count == columns.count, "a row of \(row.count) values for \(columns.count) columns")
            for column in columns.indices { columns[column].append(row[column]) }
            commitRow(line: line, position: position)
        }

        /// Appends a value to the pending row, read a cell at a time.
        mutating func append(_ value: FieldValue?, to column: Int) { columns[column].append(value) }

        /// Puts `value` in place of the pending row's value in `column`, once appended.
        mutating func replacePending(_ value: FieldValue?, in column: Int) {
            columns[column].truncate(to: lines.count)
            columns[column].append(value)
        }

        /// Appends a cell to the pending row from its bytes when they are
        /// spelled the usual way (`DeclaredColumn.Builder.appendUsual`); false
        /// leaves any other spelling to be read as a value.
        mutating func appendUsual(_ bytes: UnsafeBufferPointer<UInt8>, to column: Int) -> Bool {
            columns[column].appendUsual(bytes)
        }

        /// The pending row's whole number in `column`, once appended.
        func pendingInteger(_ column: Int) -> Int? { columns[column].lastInteger }

        /// The pending row's date in `column`, once appended.
        func pendingDay(_ column: Int) -> Day? { columns[column].lastDay }

        /// The position among its choices of the pending row's choice in `column`, once appended.
        func pendingChoice(_ column: Int) -> Int? { columns[column].lastChoice }

        /// Whether the pending row has a value in `column`, once appended.
        func pendingHasValue(_ column: Int) -> Bool { columns[column].lastHasValue }

        /// Keeps the pending row, read at `line`, the table's record number
        /// `position`: every column has its value.
        mutating func commitRow(line: Int, position: Int) {
            lines.append(Int32(clamping: line))
            positions.append(Int32(clamping: position))
            assert(columns.allSatisfy { $0.count == lines.count }, "a row committed before all its cells")
        }

        /// Drops the pending row's values.
        mutating func discardRow() {
            for position in columns.indices { columns[position].truncate(to: lines.count) }
        }

        func finish() -> DeclaredRows {
            DeclaredRows(file: file, columns: columns.map { $0.finish() }, lines: lines, positions: positions)
        }
    }
}

/// One declared column's values, row by row (nil: empty), kept as its type
/// is: whole numbers as numbers, texts and choices coded.
public struct DeclaredColumn: RandomAccessCollection, Sendable {
    public enum Values: Sendable {
        case texts(CodedTexts)
        /// The choices' canonical ids.
        case choices(CodedTexts)
        case integers([Int?])
        case numbers([Double?])
        case days([Day?])
        case bools([Bool?])
        case periods([Period?])
    }

    public let values: Values
    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch values {
        case .texts(let texts), .choices(let texts): texts.count
        case .integers(let values): values.count
        case .numbers(let values): values.count
        case .days(let values): values.count
        case .bools(let values): values.count
        case .periods(let values): values.count
        }
    }

    init(_ values: Values) {
        self.values = values
    }

    /// A text column's codes and distinct texts.
    public var codedTexts: CodedTexts? {
        if case .texts(let texts) = values { texts } else { nil }
    }

    public subscript(row: Int) -> FieldValue? {
        switch values {
        case .texts(let texts): texts[row].map(FieldValue.text)
        case .choices(let texts): texts[row].map(FieldValue.choice)
        case .integers(let values): values[row].map(FieldValue.integer)
        case .numbers(let values): values[row].map(FieldValue.number)
        case .days(let values): values[row].map(FieldValue.date)
        case .bools(let values): values[row].map(FieldValue.bool)
        case .periods(let values): values[row].map(FieldValue.period)
        }
    }

    /// The values of the rows at `rows`, in that order.
    public func keeping(_ rows: [Int]) -> DeclaredColumn {
        switch values {
        case .texts(let texts): DeclaredColumn(.texts(texts.keeping(rows)))
        case .choices(let texts): DeclaredColumn(.choices(texts.keeping(rows)))
        case .integers(let values): DeclaredColumn(.integers(rows.map { values[$0] }))
        case .numbers(let values): DeclaredColumn(.numbers(rows.map { values[$0] }))
        case .days(let values): DeclaredColumn(.days(rows.map { values[$0] }))
        case .bools(let values): DeclaredColumn(.bools(rows.map { values[$0] }))
        case .periods(let values): DeclaredColumn(.periods(rows.map { values[$0] }))
        }
    }

    /// Collects a column's values as they are read. Only the array of its
    /// type is used: each append is one switch and one append, with no enum
    /// payload to copy out and back.
    struct Builder {
        /// The column's type without its choices: told on every append.
        private enum Kind {
            case text, choice, integer, number, date, bool, period
        }

        private let kind: Kind
        private let choices: TableSchema.Choices?
        /// The least value a number column takes: a value below it is left to the reader, which reports it.
        private let minimum: Double?
        /// The code of each choice (in `choices`' order) once a cell spelled its id; -1 before.
        private var choiceCodes: [Int32]
        /// The last value's position among `choices`; nil when it had none.
        private(set) var lastChoice: Int?
        private var texts = CodedTexts.Builder()
        private var integers: [Int?] = []
        private var numbers: [Double?] = []
        private var days: [Day?] = []
        private var bools: [Bool?] = []
        private var periods: [Period?] = []

        init(_ type: TableSchema.ColumnType, minimum: Double? = nil) {
            self.minimum = minimum
            if case .choice(let choices) = type { self.choices = choices } else { choices = nil }
            choiceCodes = [Int32](repeating: -1, count: choices?.values.count ?? 0)
            kind = switch type {
            case .text: .text
            case .choice: .choice
            case .integer: .integer
            case .number: .number
            case .date: .date
            case .bool: .bool
            case .period: .period
            }
        }

        mutating func reserveCapacity(_ count: Int) {
            switch kind {
            case .text, .choice: texts.reserveCapacity(count)
            case .integer: integers.reserveCapacity(count)
            case .number: numbers.reserveCapacity(count)
            case .date: days.reserveCapacity(count)
            case .bool: bools.reserveCapacity(count)
            case .period: periods.reserveCapacity(count)
            }
        }

        /// Appends a value read as the column's type (a whole number is a number too).
        mutating func append(_ value: FieldValue?) {
            switch (kind, value) {
            case (.text, .text(let text)?): texts.append(text)
            case (.choice, .choice(let id)?):
                lastChoice = choices?.values.firstIndex { $0.id == id }
                texts.append(id)
            case (.choice, nil):
                lastChoice = nil
                texts.append(nil)
            case (.text, nil): texts.append(nil)
            case (.integer, .integer(let number)?): integers.append(number)
            case (.integer, nil): integers.append(nil)
            case (.number, .number(let number)?): numbers.append(number)
            case (.number, .integer(let number)?): numbers.append(Double(number))
            case (.number, nil): numbers.append(nil)
            case (.date, .date(let day)?): days.append(day)
            case (.date, nil): days.append(nil)
            case (.bool, .bool(let flag)?): bools.append(flag)
            case (.bool, nil): bools.append(nil)
            case (.period, .period(let period)?): periods.append(period)
            case (.period, nil): periods.append(nil)
            case (_, let value?):
                preconditionFailure("a value \(value) in a column of kind \(kind)")
            }
        }

        /// Appends a cell straight from its bytes when they are spelled the
        /// usual way, as the reader would read them: text NFC leaves as it is
        /// (nothing to normalise), a choice's id, a whole number not below the minimum,
        /// an ISO date, a usual yes or no. No `String` or `FieldValue` is made.
        /// False, with nothing appended, for any other spelling.
        mutating func appendUsual(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            switch kind {
            case .text:
                // Text NFC leaves as it is (ASCII, Vietnamese letters…) is kept as its bytes.
                guard !CellText.mayChangeUnderNFC(bytes) else { return false }
                texts.append(bytes: bytes)
            case .choice:
                // Each choice's code is known after its first cell: no hash for the rest.
                guard let index = choices?.index(spelledIn: bytes) else { return false }
                lastChoice = index
                if choiceCodes[index] < 0 {
                    choiceCodes[index] = texts.append(bytes: bytes)
                } else {
                    texts.append(code: choiceCodes[index])
                }
            case .integer:
                guard let number = ValueParser.plainInteger(bytes), Double(number) >= minimum ?? -.infinity
                else { return false }
                integers.append(number)
            case .number:
                guard let number = ValueParser.plainInteger(bytes), Double(number) >= minimum ?? -.infinity
                else { return false }
                numbers.append(Double(number))
            case .date:
                guard let day = Day(isoBytes: bytes) else { return false }
                days.append(day)
            case .bool:
                guard let flag = ValueParser.usualBool(bytes) else { return false }
                bools.append(flag)
            case .period:
                return false
            }
            return true
        }

        var lastInteger: Int? { kind == .integer ? integers.last ?? nil : nil }

        var lastDay: Day? { kind == .date ? days.last ?? nil : nil }

        /// Whether the last value appended is not empty.
        var lastHasValue: Bool {
            switch kind {
            case .text, .choice: texts.last.map { $0 >= 0 } ?? false
            case .integer: integers.last.map { $0 != nil } ?? false
            case .number: numbers.last.map { $0 != nil } ?? false
            case .date: days.last.map { $0 != nil } ?? false
            case .bool: bools.last.map { $0 != nil } ?? false
            case .period: periods.last.map { $0 != nil } ?? false
            }
        }

        var count: Int {
            switch kind {
            case .text, .choice: texts.count
            case .integer: integers.count
            case .number: numbers.count
            case .date: days.count
            case .bool: bools.count
            case .period: periods.count
            }
        }

        /// Leaves the first `count` values.
        mutating func truncate(to count: Int) {
            switch kind {
            case .text, .choice: texts.truncate(to: count)
            case .integer: integers.removeLast(integers.count - count)
            case .number: numbers.removeLast(numbers.count - count)
            case .date: days.removeLast(days.count - count)
            case .bool: bools.removeLast(bools.count - count)
            case .period: periods.removeLast(periods.count - count)
            }
        }

        func finish() -> DeclaredColumn {
            switch kind {
            case .text: DeclaredColumn(.texts(texts.finish()))
            case .choice: DeclaredColumn(.choices(texts.finish()))
            case .integer: DeclaredColumn(.integers(integers))
            case .number: DeclaredColumn(.numbers(numbers))
            case .date: DeclaredColumn(.days(days))
            case .bool: DeclaredColumn(.bools(bools))
            case .period: DeclaredColumn(.periods(periods))
            }
        }
    }
}
