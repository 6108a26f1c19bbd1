import ArgumentParser
import BaocaoKit
import DatasetReaders
import Foundation
internal import ReportModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset and list every problem as FILE:LINE: column NAME: message.")

    @Option(help: "The dataset folder.")
    var data: String

    @Option(name: .customLong("plugins"), help: "A folder of plugins whose own tables to check too; repeatable.")
    var pluginFolders: [String] = []

    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = Console.shared
        let engine = ReportEngine()
        let catalog = try engine.catalog(explicit: pluginFolders.map { URL(fileURLWithPath: $0) })
        let result = try engine.validate(URL(fileURLWithPath: data), plugins: catalog.registry.plugins)
        for table in result.tablesRead {
            console.say(Message("read \(table.file): \(table.rows) rows of \(table.table)"))
        }
        for problem in result.problems {
            console.say(problem.framed)
        }
        console.say(BaocaoError.count(result.problems.errors.count, result.problems.warnings.count))
        let isValid = result.isValid
        ReportEngine.discard(consume result)
        if !isValid { throw ExitCode(1) }
    }
}
