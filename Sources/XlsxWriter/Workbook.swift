internal import Foundation
internal import CXlsxWriter

/// An XLSX file being built: add worksheets and formats, fill them, then
/// `close()` to write the file.
///
/// The workbook owns libxlsxwriter's workbook object until `close()`, which
/// writes the file and frees everything (worksheets and formats included).
/// A workbook dropped without `close()` frees its memory and writes nothing.
/// Nothing is written to `path` before `close()`, so a bad path (a missing or
/// read-only folder) is reported by `close()`, not by `init`.
///
/// Not `Sendable`: libxlsxwriter objects are not thread-safe. Build one
/// workbook on one task; separate workbooks may be built concurrently.
///
/// ```swift
/// let workbook = try Workbook(path: "out/a.xlsx")
/// let sheet = try workbook.addWorksheet(named: "Data")
/// let bold = try workbook.format(CellStyle(bold: true))
/// try sheet.write("Total", row: 0, column: 0, format: bold)
/// try sheet.write(3812, row: 0, column: 1)
/// try workbook.close()
/// ```
public final class Workbook {
    /// How libxlsxwriter builds the file.
    public struct Options: Hashable, Sendable {
        /// Folder for libxlsxwriter's temporary files; nil for the system default.
        public var temporaryDirectory: String?
        /// ZIP64 extensions, for parts larger than 4 GB.
        public var useZip64: Bool
        /// libxlsxwriter's constant-memory mode: each row is flushed to a
        /// temporary file when a later row is written, so a million-row sheet
        /// needs no more memory than one row. The price: rows must be written in
        /// order (a cell in an earlier row is silently dropped), strings are
        /// stored inline rather than shared, and merged ranges and row formats
        /// of flushed rows cannot be set. Off by default (reports need those).
        public var constantMemory: Bool

        public init(temporaryDirectory: String? = nil, useZip64: Bool = false, constantMemory: Bool = false) {
            self.temporaryDirectory = temporaryDirectory
            self.useZip64 = useZip64
            self.constantMemory = constantMemory
        }
    }

    /// Where `close()` writes the file.
    public let path: String
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// Formats are cached by style so equal styles share one libxlsxwriter
    /// format. Raw pointers, not `Format` objects: a `Format` keeps its
    /// workbook alive, and a cached one would keep it alive forever.
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheetNames: [String] = []

    public init(path: String, options: Options = Options()) throws(XlsxError) {
        try XlsxError.checkText(path, "create workbook")
        if let folder = options.temporaryDirectory { try XlsxError.checkText(folder, "create workbook \(path)") }
        let made: UnsafeMutablePointer<lxw_workbook>? = path.withCString { cPath in
            withOptionalCString(options.temporaryDirectory) { cFolder in
                var lxwOptions = lxw_workbook_options(
                    constant_memory: options.constantMemory ? 1 : 0, tmpdir: UnsafeMutablePointer(mutating: cFolder),
                    use_zip64: options.useZip64 ? 1 : 0)
                // workbook_new_opt copies the file name and tmpdir.
                return workbook_new_opt(cPath, &lxwOptions)
            }
        }
        guard let made else {
            throw XlsxError(operation: "create workbook \(path)", message: "libxlsxwriter could not allocate a workbook")
        }
        self.path = path
        self.handle = made
    }

    deinit {
        // Dropped without close(): free, and write nothing.
        if let handle { lxw_workbook_free(handle) }
    }

    /// Whether `close()` has run (successfully or not).
    public var isClosed: Bool { handle == nil }

    /// The names of the worksheets added so far, in order.
    public var worksheetNames: [String] { sheetNames }

    /// Sets the document properties (title, author, creation time…).
    public func setProperties(_ properties: DocumentProperties) throws(XlsxError) {
        let operation = "set document properties of \(path)"
        let workbook = try pointer(operation)
        let texts = [properties.title, properties.subject, properties.author, properties.manager,
                     properties.company, properties.category, properties.keywords, properties.comments]
        for text in texts.compactMap({ $0 }) { try XlsxError.checkText(text, operation) }
        // libxlsxwriter copies every string, so temporary C strings are enough.
        // 0 would mean "now" to libxlsxwriter, so a pinned time is at least 1 s after the epoch.
        let created = properties.created.map { time_t(max(1, $0.timeIntervalSince1970.rounded(.down))) } ?? 0
        let code = withCStrings(texts) { c in
            var lxw = lxw_doc_properties()
            lxw.title = c[0]
            lxw.subject = c[1]
            lxw.author = c[2]
            lxw.manager = c[3]
            lxw.company = c[4]
            lxw.category = c[5]
            lxw.keywords = c[6]
            lxw.comments = c[7]
            lxw.created = created
            return workbook_set_properties(workbook, &lxw)
        }
        try XlsxError.check(code, operation)
    }

    /// Adds a worksheet. Excel's rules apply: at most 31 characters, none of
    /// `[]:*?/\`, not starting or ending with `'`, unique ignoring case.
    public func addWorksheet(named name: String) throws(XlsxError) -> Worksheet {
        let operation = "add worksheet \"\(name)\""
        let workbook = try pointer(operation)
        try XlsxError.checkText(name, operation)
        // Validate first: workbook_add_worksheet only says NULL, not why.
        try XlsxError.check(workbook_validate_sheet_name(workbook, name), operation)
        let sheet = workbook_add_worksheet(workbook, name)
        guard let sheet else {
            throw XlsxError(operation: operation, message: "libxlsxwriter refused the worksheet")
        }
        sheetNames.append(name)
        return Worksheet(handle: sheet, name: name, workbook: self)
    }

    /// The format for `style`; equal styles give the same underlying format.
    public func format(_ style: CellStyle) throws(XlsxError) -> Format {
        let operation = "add format"
        let workbook = try pointer(operation)
        if let cached = formats[style] { return Format(handle: cached, workbook: self) }
        if let name = style.fontName { try XlsxError.checkText(name, operation) }
        if let code = style.numberFormat { try XlsxError.checkText(code, operation) }
        guard let format = workbook_add_format(workbook) else {
            throw XlsxError(operation: operation, message: "libxlsxwriter could not allocate a format")
        }
        style.apply(to: format)
        formats[style] = format
        return Format(handle: format, workbook: self)
    }

    /// Writes the file and frees libxlsxwriter's objects. Afterwards every
    /// call on this workbook, its worksheets and formats throws.
    ///
    /// Throws `XlsxError` with libxlsxwriter's message when the file cannot
    /// be written (e.g. "Error creating output xlsx file. Usually a
    /// permissions error.").
    public func close() throws(XlsxError) {
        let workbook = try pointer("close workbook \(path)")
        handle = nil
        formats = [:]
        // workbook_close frees the workbook whether or not it succeeds.
        errno = 0
        let code = workbook_close(workbook)
        guard code == LXW_NO_ERROR else {
            var error = XlsxError("close workbook \(path)", code: code)
            // The system's reason ("Not a directory", "Permission denied") is
            // only printed by libxlsxwriter; errno still holds it.
            if code == LXW_ERROR_CREATING_XLSX_FILE, errno != 0 {
                error = XlsxError(operation: error.operation,
                                  message: "\(error.message) (\(String(cString: strerror(errno))))")
            }
            throw error
        }
    }

    func pointer(_ operation: @autoclosure () -> String) throws(XlsxError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            throw XlsxError(operation: operation(), message: "the workbook \(path) is already closed")
        }
        return handle
    }
}

@available(*, unavailable, message: "libxlsxwriter objects are not thread-safe")
extension Workbook: Sendable {}

/// Calls `body` with a C string for `text`, or nil.
func withOptionalCString<R>(_ text: String?, _ body: (UnsafePointer<CChar>?) throws -> R) rethrows -> R {
    guard let text else { return try body(nil) }
    return try text.withCString { try body($0) }
}

/// Calls `body` with mutable C strings (nil for nil) for every text, kept alive for the call.
func withCStrings<R>(_ texts: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let copies = texts.map { $0.map { strdup($0) } ?? nil }
    defer { copies.forEach { free($0) } }
    return body(copies)
}
