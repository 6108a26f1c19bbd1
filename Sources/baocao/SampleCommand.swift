import ArgumentParser
import BaocaoKit
import Foundation
import SampleData
import ReportModel

/// `baocao sample --size S|M|L --out DIR [--seed N] [--format csv|xlsx|sqlite]` (SPEC §8).
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a synthetic dataset for demos and benchmarks (the same size, seed and format give the same bytes).",
        discussion: """
            S: a district (about 4.000 members, 24 grassroots organisations, 200 branches); M: a province \
            (about 100.000 members, 10 districts); L: about 1.000.000 members. Ten years, 2016-2025, \
            of every table baocao reads. The folder must not already hold a dataset.
            """)

    @Option(help: "S, M or L.")
    var size: String

    @Option(help: "The folder to write the dataset into (created when missing).")
    var out: String

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: "csv (one file per table), xlsx (dataset.xlsx) or sqlite (dataset.sqlite).")
    var format = "csv"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard SampleSize(argument: size) != nil else {
            throw Console.shared.usageError(Message("--size: expected S, M or L, found \"\(size)\""))
        }
        guard SampleFormat(rawValue: format.lowercased()) != nil else {
            throw Console.shared.usageError(Message("--format: expected csv, xlsx or sqlite, found \"\(format)\""))
        }
    }

    func run() throws {
        let size = SampleSize(argument: size)!, format = SampleFormat(rawValue: format.lowercased())!
        let started = Date()
        let summary: SampleDataset.Summary
        do {
            summary = try SampleDataset(size: size, seed: seed, format: format).write(to: URL(fileURLWithPath: out))
        } catch {
            switch error {
            case .folderHoldsDataset(let path, let file):
                throw BaocaoError.usage(
                    Message("--out \(path) already holds a dataset (\(file)); choose an empty or new folder"))
            case .tooBigForWorkbook(let what):
                throw BaocaoError.usage(Message("\(what); choose a smaller --size or --format csv or sqlite"))
            case .output: throw BaocaoError.partialFailure([Message("\(error)")])
            }
        }
        for (table, rows) in summary.rows {
            Console.shared.say(Message("\(table): \(rows) rows"))
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        Console.shared.note(Message("wrote \(summary.files.joined(separator: ", ")) to \(out) in \(seconds) s; "
                                    + "use --data \(summary.dataPath.path)"))
    }
}
