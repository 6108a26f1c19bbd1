import ArgumentParser
import BaocaoKit
import Foundation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make the reports for one unit and period.",
        discussion: """
            Validates the dataset first and writes nothing when it has errors. Files go to \
            OUT/UNIT_PERIOD.xlsx, .txt, .json and OUT/UNIT_PERIOD_PLUGIN_TABLE.csv.
            """)

    @Option(help: "The period: YYYY-Qn, YYYY-H1, YYYY-9M, YYYY or YYYY-MM, or as written: Q4/2024, quý IV năm 2024, 6 tháng 2024.")
    var period: String

    @Option(help: "The report unit's id (default: the dataset's root).")
    var unit: String?

    @Option(help: "The document's number: 45 gives Số 45-BC/HU (default: a blank to fill in by hand).")
    var number: String?

    @OptionGroup var options: ReportOptions

    func run() throws {
        let request = GenerateRequest(
            setup: options.setup, period: try PeriodOption.parse(period), unitID: unit, formats: options.formats,
            output: options.output, date: options.day, number: number, writerOptions: options.writerOptions)
        let outcome = try ReportEngine().generate(request)
        for notice in outcome.notices {
            Console.shared.note(notice)
        }
        for file in outcome.files {
            print(relativePath(file))
        }
    }
}

/// `file` relative to the working directory when it is below it.
func relativePath(_ url: URL) -> String {
    let cwd = FileManager.default.currentDirectoryPath + "/"
    return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
}
