internal import Foundation
internal import ReportPlugins
internal import ReportWriters

/// One SHA-256 over everything a batch's reports depend on: the dataset's
/// files, each plugin's definition, the user's templates, the formats and
/// writer options, the language and the date. `--resume` keeps an output set
/// only when its fingerprint is this one.
enum InputFingerprint {
    static func of(_ request: BatchRequest, plugins: [any ReportPlugin]) throws -> String {
        var sha = SHA256()
        func field(_ name: String, _ value: String) {
            sha.update("\(name)\u{1F}\(value)\u{1E}")
        }
        for file in try files(at: request.setup.data) {
            field("data", file.lastPathComponent)
            field("data-sha256", try SHA256.file(file))
        }
        for plugin in plugins { field("plugin", plugin.definition) }
        if let templates = request.setup.templates {
            for file in try files(at: templates) {
                field("template", file.lastPathComponent)
                field("template-sha256", try SHA256.file(file))
            }
        }
        field("formats", request.formats.joined(separator: ","))
        let options = request.writerOptions
        field("options", "\(options.csvDelimiter) \(options.csvByteOrderMark) \(options.textWidth)")
        field("language", request.setup.language)
        field("date", request.date?.description ?? "")
        return sha.finish()
    }

    /// The file itself, or the regular files directly in a folder, by name.
    private static func files(at url: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [url] }
        return try FileManager.default.contentsOfDirectory(
            at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ).filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
