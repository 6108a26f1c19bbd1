import Foundation
import SQLiteSupport
import Synchronization
import Testing

/// The index of ids the dataset's checks look up: each text's first
/// position, nil for any text not given, whatever its length or how many.
@Suite struct TextIndexTests {
    @Test func positionsAreWhereEachTextFirstWas() {
        let index = TextIndex(["b1", "", "DV0000001", "b1", "Đảng bộ", "DV00000010", "DV0000001"])
        #expect(index.count == 5)
        #expect(index.position(of: "b1") == 0)
        #expect(index.position(of: "") == 1)
        #expect(index.position(of: "DV0000001") == 2)
        #expect(index.position(of: "Đảng bộ") == 3)
        #expect(index.position(of: "DV00000010") == 4)
        for absent in ["b", "b1 ", "B1", "DV000000", "DV00000011", "Đảng", "dv0000001"] {
            #expect(index.position(of: absent) == nil, "\(absent)")
            #expect(!index.contains(absent), "\(absent)")
        }
        #expect(TextIndex([String]()).position(of: "") == nil)
    }

    /// Texts of every length around the hash's eight-byte words, and enough of
    /// them that the table grows many times.
    @Test func everyTextOfAThousandsIsFound() {
        let texts = (0..<20_000).map { "m\(String(repeating: "x", count: $0 % 19))\($0)" }
        let index = TextIndex(texts)
        #expect(index.count == texts.count)
        #expect(texts.indices.allSatisfy { index.position(of: texts[$0]) == $0 })
        #expect((20_000..<21_000).allSatisfy { !index.contains("m\(String(repeating: "x", count: $0 % 19))\($0)") })
    }

    /// Texts are equal when their bytes are: a dataset's are read in NFC, so
    /// a decomposed spelling is never looked up.
    @Test func textsAreComparedAsTheirBytes() {
        let composed = "Nguy\u{1EC5}n", decomposed = "Nguye\u{302}\u{303}n"
        #expect(composed == decomposed)
        let index = TextIndex([composed])
        #expect(index.contains(composed))
        #expect(!index.contains(decomposed))
    }

    @Test func threadsLookUpAtOnce() {
        let texts = (0..<5_000).map { "DV\($0)" }
        let index = TextIndex(texts)
        let found = Mutex([Int](repeating: 0, count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            let count = texts.indices.filter { index.position(of: texts[$0]) == $0 }.count
            found.withLock { $0[thread] = count }
        }
        #expect(found.withLock { $0 } == [Int](repeating: texts.count, count: 8))
    }
}
