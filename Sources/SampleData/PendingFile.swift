internal import Foundation

/// A file written under a temporary name in its final folder and renamed into
/// place only when complete, as `ReportWriters.OutputDirectory` does for reports:
/// an interrupted run never leaves a half-written dataset file.
struct PendingFile {
    let final: URL
    let temporary: URL

    init(folder: URL, name: String) {
        final = folder.appendingPathComponent(name)
        temporary = folder.appendingPathComponent(".\(name).partial")
    }

    /// Flushes the bytes to disk and renames the file into place.
    func commit() throws(SampleError) {
        let descriptor = open(temporary.path, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard rename(temporary.path, final.path) == 0 else {
            throw .output(path: final.path, reason: String(cString: strerror(errno)))
        }
    }

    func remove() { unlink(temporary.path) }
}
