internal import ReportModel

/// A workbook, or a sheet of it, that cannot be read: where, as near as known,
/// and why, in words a committee's staff can act on.
///
/// `file` is the workbook's display name (`danh-sach.xlsx`) for problems with
/// the whole file, or the sheet's place (`danh-sach.xlsx[members]`); `line` is
/// the sheet row when one is at fault.
struct XLSXError: Error, Equatable {
    let file: String
    let line: Int?
    let message: Message

    init(file: String, line: Int? = nil, message: Message) {
        self.file = file
        self.line = line
        self.message = message
    }

    var problem: Problem { Problem(file: file, line: line, message: message) }

    /// Not a ZIP file, or a ZIP file without `xl/workbook.xml` (a renamed CSV, a Word file…).
    static func notAWorkbook(_ file: String) -> XLSXError {
        XLSXError(file: file, message: Message("not an Excel workbook (.xlsx)"))
    }

    /// An OLE file holding an `EncryptedPackage`: Excel's "Encrypt with Password".
    static func encrypted(_ file: String) -> XLSXError {
        XLSXError(file: file, message: Message("the workbook is protected with a password and cannot be read; open it "
                                             + "in Excel and save it again without a password"))
    }

    /// Any other OLE file: the Excel 97-2003 binary format.
    static func oldExcelFormat(_ file: String) -> XLSXError {
        XLSXError(file: file, message: Message("an Excel 97-2003 workbook (.xls), not .xlsx; open it in Excel or "
                                             + "LibreOffice and save it as \"Excel Workbook (.xlsx)\""))
    }

    /// A part the workbook needs is missing or cannot be unpacked.
    static func damaged(_ file: String, line: Int? = nil, _ detail: Message) -> XLSXError {
        XLSXError(file: file, line: line,
                  message: Message("the workbook is damaged (\(detail)); open it in Excel and save it again"))
    }
}
