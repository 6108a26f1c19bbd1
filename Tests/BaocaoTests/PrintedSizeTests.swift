import BaocaoKit
import Foundation
import ReportModel
import Testing

/// The workbooks as LibreOffice prints them: no text smaller than 8 pt on
/// any page, on A4 or A3. Needs LibreOffice (`soffice`) and pdfminer.six
/// (`make test` installs the latter); skipped, saying so, without them.
@Suite struct PrintedSizeTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/printed_sizes.py").path

    static var canRender: Bool {
        let soffice = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
        return soffice && (try? python(["-c", "import pdfminer"]).status) == 0
    }

    struct Page: Decodable {
        let page: Int
        let smallest: Double?
        let width: Int
        let height: Int
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: canRender, "LibreOffice (soffice) and pdfminer.six are needed to check printed sizes"),
          arguments: [("sopcop", "2024-Q4", nil), ("sopcop", "2024-Q4", "xsc"), ("muongchien", "2020-Q4", nil)])
    func noPrintedTextIsSmallerThanEightPoints(sample: String, period: String, unit: String?) throws {
        let out = try Fixtures.temporaryDirectory()
        let data = Fixtures.sample.deletingLastPathComponent().appendingPathComponent(sample)
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: data, period: try Period(parsing: period), unitID: unit, formats: ["xlsx"], output: out))
        let run = try Self.python([Self.script, outcome.files[0].path])
        #expect(run.status == 0)
        let pages = try run.output.split(separator: "\n").map { try JSONDecoder().decode(Page.self, from: Data($0.utf8)) }
        #expect(!pages.isEmpty)
        for page in pages {
            // A little below 8 for the measuring's rounding: 7.9 is 8 pt on 96 % of a page.
            #expect((page.smallest ?? 12) >= 7.9, "page \(page.page): \(page.smallest ?? 0) pt")
            #expect([595, 842, 1191].contains(page.width), "page \(page.page) is \(page.width) pt wide: A4 or A3")
        }
    }
}
