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

extension XlsxError {
    /// Throws when `code` is not `LXW_NO_ERROR`; `operation` is only worded then.
    static func check(_ code: lxw_error, _ operation: @autoclosure () -> String) throws(XlsxError) {
        guard code == LXW_NO_ERROR else { throw XlsxError(operation(), code: code) }
    }

    /// Refuses text a C string cannot carry: libxlsxwriter would silently cut it at the NUL.
    static func checkText(_ text: String, _ operation: @autoclosure () -> String) throws(XlsxError) {
        guard !text.utf8.contains(0) else {
            throw XlsxError(operation: operation(),
                            message: "text contains a NUL character (U+0000), which a cell cannot hold")
        }
    }
}
