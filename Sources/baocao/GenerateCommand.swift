import ArgumentParser
import BaocaoKit
import Foundation
import ReportModel
import ReportWriters

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make the reports for one unit and period.",
        discussion: """
            Validates the dataset first and writes nothing when it has errors. Files go to
            OUT/UNIT_PERIOD.xlsx, .txt, .json and OUT/UNIT_PERIOD_PLUGIN_TABLE.csv.
            """)

    @Option(help: "The dataset folder.")
    var data: String

    @Option(help: "The period: YYYY-Qn, YYYY-H1, YYYY-9M, YYYY or YYYY-MM.")
    var period: String

    @Option(help: "The report unit's id (default: the dataset's root).")
    var unit: String?

    @Option(name: .customLong("plugin"), help: "A report plugin to run; repeat for several (default: all).")
    var plugins: [String] = []

    @Option(name: .customLong("plugins"), help: "A folder of plugins (or one plugin folder); repeat for several.")
    var pluginFolders: [String] = []

    @Option(help: "Output formats, comma-separated: xlsx, csv, txt, json.")
    var format = "xlsx,csv,txt,json"

    @Option(help: "The output folder.")
    var out = "out"

    @Option(help: "A folder of templates whose files replace the bundled ones.")
    var templates: String?

    @Option(help: "The document's date, YYYY-MM-DD (default: the period's last day).")
    var date: String?

    @Option(help: "TXT page width in columns.")
    var width = 100

    @Option(help: "CSV delimiter: , or ;")
    var csvDelimiter = ","

    @Flag(help: "Write CSV without the UTF-8 byte order mark.")
    var csvNoBom = false

    func validate() throws {
        guard csvDelimiter.count == 1 else { throw ValidationError("--csv-delimiter takes one character") }
        guard width >= 40 else { throw ValidationError("--width must be at least 40") }
        if let date, Day(iso: date) == nil { throw ValidationError("--date: expected YYYY-MM-DD, found \"\(date)\"") }
    }

    func run() throws {
        let request = GenerateRequest(
            data: URL(fileURLWithPath: data), period: period, unitID: unit, pluginIDs: plugins, formats: format,
            output: URL(fileURLWithPath: out), templates: templates.map { URL(fileURLWithPath: $0) },
            pluginDirectories: pluginFolders.map { URL(fileURLWithPath: $0) },
            date: date.flatMap { Day(iso: $0) },
            writerOptions: WriterOptions(csvDelimiter: csvDelimiter.first!, csvByteOrderMark: !csvNoBom, textWidth: width))
        let outcome = try ReportEngine().generate(request)
        for notice in outcome.notices {
            FileHandle.standardError.write(Data("baocao: \(notice)\n".utf8))
        }
        for file in outcome.files {
            print(relativePath(file))
        }
    }

    private func relativePath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}
