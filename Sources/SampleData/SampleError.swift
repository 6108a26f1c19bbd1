/// Why `baocao sample` could not write a dataset. Worded without option
/// names: the command line words its usage errors itself.
public enum SampleError: Error, CustomStringConvertible, Sendable {
    /// The output folder already holds dataset files (`file` is the first).
    case folderHoldsDataset(path: String, file: String)
    /// The dataset does not fit an Excel workbook: `what` says which table, and why.
    case tooBigForWorkbook(String)
    /// Writing a file failed (disk full, no permission…).
    case output(path: String, reason: String)

    /// Whether the request cannot be met as asked (a usage error), rather than the writing failing.
    public var isUsage: Bool {
        if case .output = self { return false }
        return true
    }

    public var description: String {
        switch self {
        case .folderHoldsDataset(let path, let file):
            "\(path) already holds a dataset (\(file)); choose an empty or new folder"
        case .tooBigForWorkbook(let what):
            "\(what); choose a smaller size, or CSV or SQLite"
        case .output(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
