import ArgumentParser
import BaocaoKit
import Foundation

/// `baocao`: thin commands over BaocaoKit. Errors become exit codes here and
/// only here (SPEC §8): 0 success, 1 invalid data, 2 usage error, 3 some
/// report failed.
@main
struct Baocao: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Báo cáo: reports for Party committees from their membership data.",
        subcommands: [GenerateCommand.self, BatchCommand.self, ValidateCommand.self, PluginsCommand.self, SampleCommand.self])

    static func main() {
        let console = Console.shared
        if let problem = console.problem {
            // The catalog itself is broken: said in English, the words that need no catalog.
            FileHandle.standardError.write(Data("baocao: \(problem)\n".utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch let error as BaocaoError {
            console.note(error.commandLineMessage)
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            let text = message.isEmpty ? "\(error)" : UsageText.translated(message, by: console)
            FileHandle.standardError.write(Data(text.utf8 + [0x0A]))
            Foundation.exit(2)
        }
    }
}
