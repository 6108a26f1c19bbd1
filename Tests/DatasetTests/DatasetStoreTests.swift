import DatasetReaders
import DatasetStore
import Testing

@Suite struct DatasetStoreTests {
    let dataset: TemporaryDataset
    let store: DatasetStore

    init() throws {
        let events = """
            member_id,date,type,unit_id,from_unit_id,status
            m1,2020-01-01,admitted,b1,,
            m1,2021-01-01,made_official,b1,,
            m1,2022-06-15,moved,b2,b1,
            m2,2020-01-01,transferred_in,b2,,
            m2,2023-03-31,died,b2,,

            """
        dataset = try TemporaryDataset(["member_events.csv": events])
        store = try DatasetStore(try dataset.load())
    }

    @Test func unitTreeHoldsEveryAncestorDescendantPair() throws {
        let pairs = try store.query("SELECT ancestor_id, descendant_id, depth FROM unit_tree ORDER BY 1, 3, 2")
            .map { "\($0[0].string!)>\($0[1].string!):\($0[2].int!)" }
        #expect(pairs == [
            "b1>b1:0", "b2>b2:0",
            "d>d:0", "d>x:1", "d>b1:2", "d>b2:2",
            "x>x:0", "x>b1:1", "x>b2:1",
        ])
        #expect(store.children(of: "x").map(\.id) == ["b1", "b2"])
        #expect(store.ancestry(of: "b2").map(\.id) == ["b2", "x", "d"])
    }

    /// Made all at once, or as a report session makes it: each table, and the
    /// membership spans once replayed, handed to the builder while loading.
    @Test(arguments: [false, true]) func membershipsAreHalfOpenSpans(handedOn: Bool) throws {
        var store = self.store
        if handedOn {
            let builder = try DatasetStore.Builder()
            let loaded = try DatasetLoader().load(dataset.url, whenRead: { builder.add($0, from: $1) },
                                                  whenReplayed: { builder.addMemberships($0) })
            store = try DatasetStore(completing: builder, with: loaded)
        }
        let spans = try store.query(
            "SELECT member_id, unit_id, start_date, end_date, probationary FROM memberships ORDER BY 1, 3")
            .map { $0.values.map { $0.string ?? $0.int.map(String.init) ?? "-" }.joined(separator: " ") }
        #expect(spans == [
            "m1 b1 2020-01-01 2021-01-01 1",
            "m1 b1 2021-01-01 2022-06-15 0",
            "m1 b2 2022-06-15 - 0",
            "m2 b2 2020-01-01 2023-03-31 0",
        ])
    }

    /// `seq` is an event's place among the file's records: a row left out for its problem keeps its place.
    @Test func eventsKeepTheirPlaceInTheFileAsSeq() throws {
        let events = """
            member_id,date,type,unit_id,from_unit_id,status
            m1,2020-01-01,admitted,b1,,
            m2,2020-13-01,admitted,b1,,
            m3,2020-01-01,admitted,b1,,
            m3,2020-01-01,died,b1,,

            """
        let loaded = try TemporaryDataset(["member_events.csv": events]).load()
        #expect(loaded.problems.errors.contains { $0.line == 3 && $0.column == "date" })
        let rows = try DatasetStore(loaded).query("SELECT member_id, seq FROM member_events ORDER BY seq")
            .map { "\($0[0].string!) \($0[1].int!)" }
        #expect(rows == ["m1 0", "m3 2", "m3 3"])
    }

    /// An arrival's status is official when not said; other events have none.
    @Test func anArrivalWithNoStatusIsOfficial() throws {
        let rows = try store.query("SELECT member_id, type, status FROM member_events ORDER BY seq")
            .map { "\($0[0].string!) \($0[1].string!) \($0[2].string ?? "-")" }
        #expect(rows == ["m1 admitted -", "m1 made_official -", "m1 moved -", "m2 transferred_in official", "m2 died -"])
    }

    @Test func theStoreIsReadOnlyForPlugins() {
        #expect {
            _ = try store.query("DELETE FROM members")
        } throws: { error in
            "\(error)" == "SQLite error 8: attempt to write a readonly database - while executing \"DELETE FROM members\""
        }
        #expect {
            _ = try store.query("SELECT * FROM nowhere")
        } throws: { error in
            "\(error)".hasPrefix("SQLite error 1: no such table: nowhere")
        }
    }
}
