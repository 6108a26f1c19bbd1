import Foundation
import ReportModel
@testable import ReportWriters
import Testing

@Suite struct JSONWriterTests {
    @Test func matchesGoldenFile() throws {
        let output = try temporaryOutput()
        defer { try? FileManager.default.removeItem(at: output.url) }
        let files = try JSONWriter().write(WriterTestBundle.bundle, to: output, options: WriterOptions())
        #expect(files.map(\.lastPathComponent) == ["sc_2024-H1.json"])
        try Golden.check(files)
        #expect(try fileNames(in: output.url) == ["sc_2024-H1.json"])
    }

    @Test func keysInDocumentedOrderAndCellsInColumnOrder() throws {
        let text = try OrderedJSONEncoder().encode(WriterTestBundle.bundle)
        func position(_ needle: String) throws -> String.Index {
            try #require(text.range(of: needle)?.lowerBound, "\(needle) not found")
        }
        #expect(try position("\"format\": \"baocao.bundle/1\"") < position("\"unit\""))
        #expect(try position("\"unit\"") < position("\"period\""))
        #expect(try position("\"period\"") < position("\"reports\""))
        // Inside a document, and a row's cells in column order.
        #expect(try position("\"plugin\": \"member-growth\"") < position("\"title\": \"Tình hình"))
        #expect(try position("\"opening\": 321") < position("\"admitted\": 12"))
        #expect(try position("\"admitted\": 12") < position("\"admission_target_pct\": 120"))
        #expect(!text.contains("\\/"))
        #expect(text.contains("\"header\"") == false)
    }

    @Test func sameBytesEveryTime() throws {
        let first = try OrderedJSONEncoder().encode(WriterTestBundle.bundle)
        for _ in 0..<5 {
            #expect(try OrderedJSONEncoder().encode(WriterTestBundle.bundle) == first)
        }
    }

    @Test func readsBackAsTheSameDocuments() throws {
        let text = try OrderedJSONEncoder().encode(WriterTestBundle.bundle)
        struct Decoded: Decodable {
            let format: String
            let reports: [ReportDocument]
        }
        let decoded = try JSONDecoder().decode(Decoded.self, from: Data(text.utf8))
        #expect(decoded.format == "baocao.bundle/1")
        #expect(decoded.reports.count == 2)
        let movement = try #require(decoded.reports[0].table("movement"))
        #expect(movement.row("total")?["closing"] == .integer(3_812))
        #expect(movement.row("total")?["admission_target_pct"].number == 123.33333333333333)
        #expect(movement.row("u03")?["admission_target"] == .null)
        let models = try #require(decoded.reports[1].table("models"))
        #expect(models.row("m01")?["note"] == .text("=SUM(A1)"))
        #expect(models.row("m01")?["started_on"] == .text("2021-03-15"))
    }

    @Test func numbersUnroundedAndStringsEscaped() throws {
        struct Sample: Encodable {
            enum CodingKeys: String, CodingKey { case z, a, m, n, list, empty, text, none }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(123.33333333333333, forKey: .z)
                try container.encode(5.0, forKey: .a)
                try container.encode(-0.1, forKey: .m)
                try container.encode(Double.nan, forKey: .n)
                try container.encode([1, 2], forKey: .list)
                try container.encode([String](), forKey: .empty)
                try container.encode("a/b \"q\" \\ \n\t\u{01} Đảng", forKey: .text)
                try container.encodeNil(forKey: .none)
            }
        }
        let text = try OrderedJSONEncoder().encode(Sample())
        #expect(text == """
            {
              "z": 123.33333333333333,
              "a": 5,
              "m": -0.1,
              "n": null,
              "list": [
                1,
                2
              ],
              "empty": [],
              "text": "a/b \\"q\\" \\\\ \\n\\t\\u0001 Đảng",
              "none": null
            }
            """)
    }
}
