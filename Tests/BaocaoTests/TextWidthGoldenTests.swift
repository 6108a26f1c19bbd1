import Foundation
import Testing

/// Both samples' TXT at the default page width and at 70 columns, byte for
/// byte: a table wider than the page in parts that repeat the row labels,
/// no line wider than the page.
@Suite struct TextWidthGoldenTests {
    @Test(arguments: [("sopcop", "2024-Q4", "sc"), ("muongchien", "2020-Q4", "mc")], [70, 100])
    func theSamplesAtAPageWidth(sample: (name: String, period: String, root: String), width: Int) throws {
        let out = try Fixtures.temporaryDirectory()
        let data = Fixtures.sample.deletingLastPathComponent().appendingPathComponent(sample.name)
        let run = try baocao("generate", "--data", data.path, "--period", sample.period, "--format", "txt",
                             "--width", String(width), "--out", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let file = out.appendingPathComponent("\(sample.root)_\(sample.period).txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let widest = text.split(separator: "\n").map { $0.precomposedStringWithCanonicalMapping.count }.max() ?? 0
        #expect(widest <= width)
        try Golden.expectMatches([file], in: Golden.folder("golden-txt/width-\(width)"))
    }
}
