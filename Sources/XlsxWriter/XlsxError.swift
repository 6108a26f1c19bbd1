internal import CXlsxWriter

/// A libxlsxwriter call that failed, with the library's own explanation
/// (`lxw_strerror`) and what we were doing.
public struct XlsxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What baocao asked libxlsxwriter to do, e.g. `close workbook out/a.xlsx`.
    public let operation: String
    /// libxlsxwriter's message for the error code.
    public let message: String

    init(_ operation: String, code: lxw_error) {
        self.operation = operation
        self.message = String(cString: lxw_strerror(code))
    }

    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation): \(message)" }
}
