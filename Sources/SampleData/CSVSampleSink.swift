internal import Foundation

/// One `NAME.csv` per table: canonical English headers, UTF-8 without BOM,
/// `,`, LF, ISO dates, quoting only when needed (RFC 4180).
final class CSVSampleSink: SampleSink {
    private var files: [PendingFile] = []
    private var handles: [UnsafeMutablePointer<FILE>?] = []
    private var buffer: [UInt8] = []

    init(folder: URL) throws(SampleError) {
        for table in SampleTable.allCases {
            let file = PendingFile(folder: folder, name: "\(table.name).csv")
            guard let handle = fopen(file.temporary.path, "wb") else {
                let reason = String(cString: strerror(errno))
                discard()
                throw .output(path: file.final.path, reason: reason)
            }
            setvbuf(handle, nil, _IOFBF, 1 << 20)
            files.append(file)
            handles.append(handle)
            try append(table, table.schema.columns.map { .text($0.name) })
        }
    }

    func append(_ table: SampleTable, _ cells: [SampleCell]) throws(SampleError) {
        buffer.removeAll(keepingCapacity: true)
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(44) }
            cell.appendText(to: &buffer)
        }
        buffer.append(10)
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handles[table.rawValue]) }
        guard written == buffer.count else {
            throw .output(path: files[table.rawValue].final.path, reason: String(cString: strerror(errno)))
        }
    }

    func finish() throws(SampleError) -> [String] {
        for (index, handle) in handles.enumerated() {
            handles[index] = nil
            if let handle, fclose(handle) != 0 {
                throw .output(path: files[index].final.path, reason: String(cString: strerror(errno)))
            }
        }
        for file in files { try file.commit() }
        return files.map(\.final.lastPathComponent)
    }

    func discard() {
        for case let handle? in handles { fclose(handle) }
        handles = []
        for file in files { file.remove() }
    }
}
