import BaocaoKit
import DatasetReaders
import Foundation
import ReportModel
import ReportWriters
import Testing

/// `baocao batch`: the same files as `generate`, a manifest whose sums hold,
/// failures kept to their unit, `--resume`, and kills and concurrent batches
/// that leave only complete files.
@Suite struct BatchTests {
    let periods = try! Period.list(parsing: "2024-Q1..2024-Q2")

    func batch(_ data: URL = Fixtures.tiny, units: BatchRequest.Units = .grassroots, plugins: [URL] = [],
               into out: URL, resume: Bool = false) throws -> BatchOutcome {
        try BatchRunner(engine: ReportEngine(pluginSearch: .builtInOnly)).run(BatchRequest(
            setup: ReportSetup(data: data, pluginDirectories: plugins), periods: periods, units: units, output: out,
            jobs: 2, resume: resume))
    }

    func manifest(_ folder: URL) throws -> BatchManifest {
        try JSONDecoder().decode(BatchManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
    }

    /// Two kinds (grassroots committees xa, xb and the grassroots branch cb), two quarters.
    @Test func equalsGenerateByteForByte() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try batch(into: out)
        #expect(outcome.written.map { "\($0.unit) \($0.period)" } == [
            "cb 2024-Q1", "xa 2024-Q1", "xb 2024-Q1", "cb 2024-Q2", "xa 2024-Q2", "xb 2024-Q2",
        ])
        #expect(outcome.failed.isEmpty && outcome.skipped == 0)

        var expected: [String: Data] = [:]
        for period in periods {
            for unit in ["xa", "xb", "cb"] {
                let single = try Fixtures.temporaryDirectory()
                _ = try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
                    data: Fixtures.tiny, period: period, unitID: unit, output: single))
                expected.merge(try reports(in: single)) { first, _ in first }
            }
        }
        let made = try reports(in: out)
        #expect(made.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected { #expect(made[name] == data, "\(name)") }
        #expect(made.keys.contains("xa_2024-Q2.xlsx") && made.keys.contains("cb_2024-Q1_member-growth_movement.csv"))
    }

    /// The manifest lists every file with the size and SHA-256 `sha256sum` gives.
    @Test func manifestSumsMatchTheFiles() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try batch(into: out)
        let entries = try manifest(out).outputs
        #expect(entries.count == 6 && entries.allSatisfy { $0.status == .complete && $0.errors.isEmpty })
        #expect(entries[0].plugins == ["member-growth": "1.1"])   // tiny has member tables only
        let listed = entries.flatMap(\.files)
        #expect(Set(listed.map(\.name)) == Set(try reports(in: out).keys))
        let sums = try shell(["sha256sum"] + listed.map { out.appendingPathComponent($0.name).path })
        for (file, line) in zip(listed, sums.split(separator: "\n")) {
            #expect(line.hasPrefix(file.sha256 + " "), "\(file.name)")
            let size = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(file.name).path)[.size]
            #expect(size as? Int == file.size)
        }
        // Nothing half-written or left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
            == [".baocao-batch.lock"])
    }

    /// A plugin that fails for one unit only: that unit is listed as failed
    /// with why, its other reports and every other unit are written.
    @Test func aUnitThatFailsDoesNotStopTheOthers() throws {
        let plugins = try fragilePlugin(failingFor: "xb")
        let out = try Fixtures.temporaryDirectory()
        let outcome = try batch(plugins: [plugins], into: out)
        #expect(outcome.failed.map { "\($0.unit) \($0.period)" } == ["xb 2024-Q1", "xb 2024-Q2"])
        let failure = try #require(outcome.failed.first)
        #expect(failure.errors.count == 1 && failure.errors[0].description.contains("plugin fragile failed")
                && failure.errors[0].description.contains("integer overflow"))
        #expect(failure.files.map(\.name).contains("xb_2024-Q1.xlsx"))
        #expect(failure.plugins["fragile"] == nil && failure.plugins["member-growth"] == "1.1")
        let made = try reports(in: out)
        #expect(made["xa_2024-Q2_fragile_t.csv"] != nil && made["xb_2024-Q2_fragile_t.csv"] == nil)
        #expect(try manifest(out).outputs.filter { $0.status == .failed }.count == 2)
    }

    /// `--resume` rewrites nothing that is complete, and redoes a unit whose
    /// file went missing, and everything when the dataset changed.
    @Test func resumeRedoesOnlyWhatIsNotComplete() throws {
        let data = try Fixtures.temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.tiny, to: data)
        let out = try Fixtures.temporaryDirectory()
        _ = try batch(data, into: out)
        let before = try stamps(out)

        let again = try batch(data, into: out, resume: true)
        #expect(again.written.isEmpty && again.skipped == 6)
        #expect(try stamps(out) == before)

        try FileManager.default.removeItem(at: out.appendingPathComponent("xa_2024-Q2.txt"))
        let redo = try batch(data, into: out, resume: true)
        #expect(redo.written.map { "\($0.unit) \($0.period)" } == ["xa 2024-Q2"] && redo.skipped == 5)
        let after = try stamps(out)
        #expect(after["xa_2024-Q2.txt"] != nil && after["xa_2024-Q2.json"] != before["xa_2024-Q2.json"])
        #expect(after.filter { !$0.key.hasPrefix("xa_2024-Q2") } == before.filter { !$0.key.hasPrefix("xa_2024-Q2") })

        let events = data.appendingPathComponent("member_events.csv")
        try (try String(contentsOf: events, encoding: .utf8)).appending("\n").write(to: events, atomically: true, encoding: .utf8)
        let changed = try batch(data, into: out, resume: true)
        #expect(changed.written.count == 6 && changed.skipped == 0)
    }

    /// Each file's inode and modification time: what a rewrite changes.
    func stamps(_ folder: URL) throws -> [String: String] {
        var stamps: [String: String] = [:]
        for name in try reports(in: folder).keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            stamps[name] = "\(attributes[.systemFileNumber] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return stamps
    }
}

/// The command: real child processes, killed and run side by side.
@Suite struct BatchCommandTests {
    let sample = Fixtures.sample.path

    @Test func listsFailuresAndExitsThree() throws {
        let plugins = try fragilePlugin(failingFor: "xa")
        let out = try Fixtures.temporaryDirectory()
        let run = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--level",
                             "grassroots_committee", "--plugins", plugins.path, "--format", "json", "--out", out.path)
        #expect(run.status == 3)
        #expect(run.stdout.hasPrefix("2 output sets written, 0 already complete, 1 failed; manifest: "))
        #expect(run.stderr.contains("baocao: xa 2024-Q2 failed: plugin fragile failed: "))
        #expect(!run.stderr.contains("xb 2024-Q2 failed"))
        // Not a terminal: plain progress lines, the last one complete.
        #expect(run.stderr.contains("baocao: 2/2 output sets"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let out = try Fixtures.temporaryDirectory().path
        let level = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--level", "xã", "--out", out)
        #expect(level.status == 2 && level.stderr.contains("--level: unknown unit kind \"xã\": expected one of"))
        let unit = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--units", "xa,zz", "--out", out)
        #expect(unit.status == 2 && unit.stderr.hasPrefix("baocao: --units: unknown unit \"zz\""))
        let none = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--level", "province", "--out", out)
        #expect(none.status == 2 && none.stderr == "baocao: --level: the dataset has no unit of kind province\n")
        let range = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q3..2024-Q1", "--out", out)
        #expect(range.status == 2 && range.stderr.contains("--period: invalid period \"2024-Q3..2024-Q1\": the range ends before it starts"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)

        let jobs = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--jobs", "0", "--out", out)
        #expect(jobs.status == 2 && jobs.stderr.hasPrefix("Error: --jobs must be at least 1\n"))
        let both = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--level", "branch",
                              "--units", "xa", "--out", out)
        #expect(both.status == 2 && both.stderr.hasPrefix("Error: give --level or --units, not both\n"))
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("not-a-folder")
        try Data().write(to: file)
        let notFolder = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--out", file.path)
        #expect(notFolder.status == 2 && notFolder.stderr.hasPrefix("baocao: --out: cannot create \(file.path): "))
    }

    /// A manifest that is not one stops the batch before it writes anything.
    @Test func aDamagedManifestIsRefusedBeforeAnyWork() throws {
        let out = try Fixtures.temporaryDirectory()
        try Data("not json\n".utf8).write(to: out.appendingPathComponent("manifest.json"))
        let run = try baocao(language: "en", "batch", "--data", Fixtures.tiny.path, "--period", "2024-Q2", "--format", "json",
                             "--out", out.path)
        #expect(run.status == 2)
        #expect(run.stderr == "baocao: --out: \(out.path)/manifest.json: not a baocao manifest "
            + "(The given data was not valid JSON.); move it away\n")
        #expect(try reports(in: out).isEmpty)
    }

    /// `kill -9` part-way: only complete files under report names; `--resume`
    /// finishes the batch, and the result equals an uninterrupted batch.
    @Test func aKilledBatchLeavesOnlyCompleteFilesAndResumes() throws {
        let out = try Fixtures.temporaryDirectory()
        let arguments = ["batch", "--data", sample, "--period", "2024-Q1..2024-Q4", "--format", "xlsx,json",
                         "--jobs", "2", "--out", out.path]
        let process = Process()
        process.executableURL = baocaoExecutable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some reports are in place and before it is done.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline,
              (try FileManager.default.contentsOfDirectory(atPath: out.path)).filter({ $0.hasSuffix(".json") }).count < 6 {
            usleep(20_000)
        }
        #expect(process.isRunning, "the batch ended before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!left.contains("manifest.json"))
        for name in left where !name.hasPrefix(".") {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            if name.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is cut short")
            } else {
                // A complete zip ends with its end-of-central-directory record.
                #expect(data.count > 22 && data.suffix(22).prefix(4) == Data([0x50, 0x4B, 0x05, 0x06]), "\(name)")
            }
        }

        let resumed = try baocao(arguments + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
        let fresh = try Fixtures.temporaryDirectory()
        #expect(try baocao(Array(arguments.dropLast()) + [fresh.path]).status == 0)
        #expect(try reports(in: out) == reports(in: fresh))
        let entries = try JSONDecoder().decode(BatchManifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        #expect(entries.outputs.count == 4 * 24 && entries.outputs.allSatisfy { $0.status == .complete })
    }

    /// Two batches into one folder at once: both complete, the manifest holds both.
    @Test func twoBatchesIntoOneFolderAtOnce() throws {
        let out = try Fixtures.temporaryDirectory()
        func start(_ period: String) throws -> Process {
            let process = Process()
            process.executableURL = baocaoExecutable
            process.arguments = ["batch", "--data", sample, "--period", period, "--format", "json,csv",
                                 "--jobs", "2", "--out", out.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let first = try start("2024-Q3"), second = try start("2024-Q3,2024-Q4")
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        let manifest = try JSONDecoder().decode(BatchManifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        #expect(manifest.outputs.count == 2 * 24)
        #expect(Set(manifest.outputs.map(\.period)) == ["2024-Q3", "2024-Q4"])
        let files = try reports(in: out)
        #expect(Set(manifest.outputs.flatMap(\.files).map(\.name)) == Set(files.keys))
        for file in manifest.outputs.flatMap(\.files) {
            #expect(files[file.name]?.count == file.size)
        }
    }

}

/// Every report file in `folder` (not the manifest, lock or journal) and its bytes.
func reports(in folder: URL) throws -> [String: Data] {
    try digest(folder).filter { !$0.key.hasPrefix(".") && $0.key != "manifest.json" }
}

/// A plugin folder whose one query overflows an integer for `unit` only.
func fragilePlugin(failingFor unit: String) throws -> URL {
    try pluginFolder("""
        id: fragile
        version: 2.1.0
        title: { vi: Dễ vỡ, en: Fragile }
        requires: [units]
        tables:
          - id: t
            title: T
            rows: by_unit
            query: |
              SELECT s.row_key, CASE WHEN :unit_id = '\(unit)' THEN abs(-9223372036854775807 - 1) ELSE 1 END AS n
              FROM report_scope s GROUP BY s.row_key
            columns:
              - { id: n, label: N, type: integer }
        """)
}

/// Runs a command and returns what it printed.
func shell(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
