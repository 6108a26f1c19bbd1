import DatasetReaders
import DatasetStore
import Foundation
import Testing

/// docs/store.md is the store's public SQL API (`baocao.store/1`): every
/// table it documents under `### \`NAME\`` and every column row
/// (`| \`column\` | TYPE | meaning |`) must be the store's, and the store may
/// have no table or column it leaves out.
@Suite struct StoreDocumentationTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/store.md").standardized

    /// Table → its columns with their types, in the page's order.
    static func documented() throws -> [String: [String]] {
        let text = try String(contentsOf: page, encoding: .utf8)
        var tables: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") {
                current = nil
                if line.hasPrefix("### `"), let name = line.split(separator: "`").dropFirst().first {
                    current = String(name)
                    tables[current!] = []
                }
            } else if let table = current, line.hasPrefix("| `") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                tables[table]!.append("\(cells[0].trimmingCharacters(in: ["`"])) \(cells[1])")
            }
        }
        return tables
    }

    @Test func thePageAndTheStoreAgree() throws {
        #expect(try String(contentsOf: Self.page, encoding: .utf8).contains(DatasetStore.formatID))
        let store = try DatasetStore(try TemporaryDataset([:]).load())
        var actual: [String: [String]] = [:]
        for table in try store.tables() { actual[table.name] = table.columns.map { "\($0.name) \($0.type)" } }
        let documented = try Self.documented()
        #expect(documented.count >= 15)
        for table in Set(actual.keys).union(documented.keys).sorted() {
            #expect(documented[table] != nil, "the store has table \(table); docs/store.md does not document it")
            #expect(actual[table] != nil, "docs/store.md documents table \(table); the store has none")
            if let documented = documented[table], let actual = actual[table] {
                #expect(documented == actual, "table \(table): docs/store.md and the store's columns differ")
            }
        }
    }
}
