public import ReportModel

/// Why `baocao sample` could not write a dataset. Worded without option
/// names: the command line words its usage errors itself.
public enum SampleError: MessageError, Sendable {
    /// The output folder already holds dataset files (`file` is the first).
    case folderHoldsDataset(path: String, file: String)
    /// The dataset does not fit an Excel workbook: `what` says which table, and why.
    case tooBigForWorkbook(Message)
    /// Writing a file failed (disk full, no permission…).
    case output(path: String, reason: String)

    /// Whether the request cannot be met as asked (a usage error), rather than the writing failing.
    public var isUsage: Bool {
        if case .output = self { return false }
        return true
    }

    public var message: Message {
        switch self {
        case .folderHoldsDataset(let path, let file):
            Message("\(path) already holds a dataset (\(file)); choose an empty or new folder")
        case .tooBigForWorkbook(let what):
            Message("\(what); choose a smaller size, or CSV or SQLite")
        case .output(let path, let reason): Message("cannot write \(path): \(reason)")
        }
    }
}
