import ArgumentParser
import BaocaoKit
import DatasetReaders
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset and list every problem as FILE:LINE: column NAME: message.")

    @Option(help: "The dataset folder.")
    var data: String

    func run() throws {
        let result = try ReportEngine().validate(URL(fileURLWithPath: data))
        for table in result.tablesRead {
            print("read \(table.file): \(table.rows) rows of \(table.table)")
        }
        for problem in result.problems {
            print(problem)
        }
        print(BaocaoError.count(result.problems.errors.count, result.problems.warnings.count))
        if !result.isValid { throw ExitCode(1) }
    }
}
