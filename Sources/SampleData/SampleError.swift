/// Why `baocao sample` could not write a dataset.
public enum SampleError: Error, CustomStringConvertible, Sendable {
    /// The request cannot be met (a folder already holding a dataset, a table too
    /// big for a worksheet): the command line's usage error.
    case usage(String)
    /// Writing a file failed (disk full, no permission…).
    case output(path: String, reason: String)

    public var description: String {
        switch self {
        case .usage(let message): message
        case .output(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
