import Foundation
import ReportModel
import ReportWriters
import Testing

@Suite struct WriterRegistryTests {
    @Test func standardWriters() throws {
        let registry = WriterRegistry.standard
        #expect(registry.formats == ["csv", "json", "txt", "xlsx"])
        #expect(try registry.writer(for: "json") is JSONWriter)
        #expect(try registry.writer(for: " TXT ") is TextWriter)
    }

    @Test func unknownFormatNamesTheKnownOnes() {
        #expect(throws: UnknownFormatError(name: "xls", known: ["csv", "json", "txt", "xlsx"])) {
            try WriterRegistry.standard.writer(for: "xls")
        }
        #expect(UnknownFormatError(name: "xls", known: ["csv", "json", "txt", "xlsx"]).description
                    == "unknown format \"xls\": expected one of csv, json, txt, xlsx")
        #expect(throws: UnknownFormatError(name: "pdf", known: ["csv", "json", "txt", "xlsx"])) {
            try WriterRegistry.standard.writers(forList: "txt,pdf")
        }
    }

    @Test func emptyListIsAnError() {
        for list in ["", " ", ",,"] {
            #expect(throws: UnknownFormatError(name: "", known: ["csv", "json", "txt", "xlsx"])) {
                try WriterRegistry.standard.writers(forList: list)
            }
        }
        #expect(UnknownFormatError(name: "", known: ["csv", "json"]).description
                    == "no format given: expected one of csv, json")
    }

    @Test func parsesFormatLists() throws {
        #expect(WriterRegistry.parseList("xlsx,txt") == ["xlsx", "txt"])
        #expect(WriterRegistry.parseList(" xlsx , TXT,xlsx,, csv ") == ["xlsx", "txt", "csv"])
        #expect(WriterRegistry.parseList("json") == ["json"])
        #expect(WriterRegistry.parseList("").isEmpty)
        let writers = try WriterRegistry.standard.writers(forList: "txt, json,txt")
        #expect(writers.map(\.format) == ["txt", "json"])
    }

    @Test func customRegistry() throws {
        let registry = WriterRegistry([TextWriter(labels: .english)])
        #expect(registry.formats == ["txt"])
        #expect(throws: UnknownFormatError.self) { try registry.writer(for: "json") }
    }
}

/// What every writer must do with its files (`ReportWriter`): write them
/// whole or not at all. Runs every standard writer.
@Suite struct AtomicOutputTests {
    static let formats = WriterRegistry.standard.formats

    @Test(arguments: formats)
    func missingFolderFailsNamingThePath(format: String) throws {
        let parent = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: parent.url) }
        let missing = parent.url.appendingPathComponent("no-such-folder")
        let writer = try WriterRegistry.standard.writer(for: format)
        let error = try #require(throws: OutputError.self) {
            try writer.write(WriterTestBundle.bundle, to: OutputDirectory(missing), options: WriterOptions())
        }
        #expect(error.path.hasPrefix(missing.path + "/sc_2024-H1"))
        #expect(error.description.hasPrefix("cannot write \(missing.path)/sc_2024-H1"))
        #expect(try fileNames(in: parent.url).isEmpty)
    }

    @Test(arguments: formats)
    func writesOnlyItsFilesAndNoTemporaryOnes(format: String) throws {
        let output = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.url) }
        let writer = try WriterRegistry.standard.writer(for: format)
        let files = try writer.write(WriterTestBundle.bundle, to: output, options: WriterOptions())
        #expect(try fileNames(in: output.url) == files.map(\.lastPathComponent).sorted())
        #expect(files.allSatisfy { $0.deletingLastPathComponent().path == output.url.path })
        // A second run replaces the files with the same bytes.
        let first = try files.map { try Data(contentsOf: $0) }
        let again = try writer.write(WriterTestBundle.bundle, to: output, options: WriterOptions())
        #expect(try again.map { try Data(contentsOf: $0) } == first)
        #expect(try fileNames(in: output.url) == files.map(\.lastPathComponent).sorted())
    }

    @Test func failingBodyLeavesThePreviousFileAndNoTemporary() throws {
        struct Interrupted: Error {}
        let output = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.url) }
        try output.writeData(named: "report.txt", Data("old report\n".utf8))
        #expect(throws: Interrupted.self) {
            try output.write(named: "report.txt") { temporary in
                try Data("half a new rep".utf8).write(to: temporary)
                throw Interrupted()
            }
        }
        #expect(try String(contentsOf: output.url.appendingPathComponent("report.txt"), encoding: .utf8)
                    == "old report\n")
        #expect(try fileNames(in: output.url) == ["report.txt"])
    }
}
