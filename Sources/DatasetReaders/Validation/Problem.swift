public import ReportModel

/// Where a value came from: a file (or `FILE.xlsx[SHEET]` later) and a 1-based
/// line, the CSV record's first line.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let file: String
    private let storedLine: Int32   // every typed row carries one: kept small
    public var line: Int { Int(storedLine) }

    public init(file: String, line: Int) {
        self.file = file
        storedLine = Int32(clamping: line)
    }

    public var description: String { "\(file):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
}

/// One thing wrong with a dataset, printed as `FILE:LINE: column NAME: message`.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        /// The dataset cannot be reported on until this is fixed.
        case error
        /// Reported, but reports are still made (an unknown column, a member with no events).
        case warning
    }

    public let severity: Severity
    /// The file; nil for dataset-wide problems.
    public let file: String?
    /// The 1-based line; nil for problems with a whole file.
    public let line: Int?
    /// The canonical column name, when one column is at fault.
    public let column: String?
    public let message: Message

    public init(_ severity: Severity = .error, file: String?, line: Int?, column: String? = nil, message: Message) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ severity: Severity = .error, at location: SourceLocation, column: String? = nil, message: Message) {
        self.init(severity, file: location.file, line: location.line, column: column, message: message)
    }

    /// In English.
    public var description: String { rendered(by: .english) }

    /// `FILE:LINE: column NAME: message` in the catalog's language; the frame
    /// stays the same in every language, for scripts that read it.
    public func rendered(by catalog: MessageCatalog) -> String { framed.rendered(by: catalog) }

    /// The message in its frame, `FILE:LINE: [warning: ]column NAME: `.
    public var framed: Message {
        var place = ""
        if let file {
            place += file
            if let line { place += ":\(line)" }
            place += ": "
        }
        let column = column.map { "column \($0): " } ?? ""
        return .placed(place, severity == .warning ? Message("warning: \(Message.placed(column, message))")
                                                   : .placed(column, message))
    }
}

extension Array where Element == Problem {
    public var errors: [Problem] { filter { $0.severity == .error } }
    public var warnings: [Problem] { filter { $0.severity == .warning } }

    /// File order, then line, as a reader would want to fix them.
    public func sortedForDisplay() -> [Problem] {
        enumerated().sorted { a, b in
            let l = a.element, r = b.element
            if l.file != r.file { return (l.file ?? "") < (r.file ?? "") }
            if l.line != r.line { return (l.line ?? 0) < (r.line ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
