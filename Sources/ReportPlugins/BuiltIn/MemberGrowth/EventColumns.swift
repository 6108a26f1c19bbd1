internal import DatasetReaders
internal import DatasetStore
internal import ReportModel
internal import SQLiteSupport

/// The membership events as the store keeps them (`SQLiteColumnTable`),
/// read once: member growth counts every unit's events in several date
/// ranges (a trend's eight quarters) in one pass over them in Swift, where a
/// `GROUP BY` in SQL stepped through the virtual table a column call at a time
/// (0,9 billion instructions on a province's root). Codes rank as their
/// texts do, so a date range is a range of codes.
struct EventColumns {
    private let dates: SQLiteColumnTable.TextCodes
    private let units: SQLiteColumnTable.TextCodes
    private let types: SQLiteColumnTable.TextCodes
    private let fromUnits: SQLiteColumnTable.TextCodes

    /// What happened in one range: events by unit and type (moves aside), and the moves.
    struct Counts {
        var byUnit: [String: [EventType: Int]] = [:]
        /// `moved` events by (branch left, branch joined).
        var moves: [Pair: Int] = [:]

        struct Pair: Hashable {
            let from: String
            let to: String
        }
    }

    /// Nil when the store lacks the table or its columns (never for a store built from a dataset).
    init?(store: DatasetStore) {
        guard let events = store.columnTable("member_events"), let dates = events.textCodes("date"),
              let units = events.textCodes("unit_id"), let types = events.textCodes("type"),
              let fromUnits = events.textCodes("from_unit_id") else { return nil }
        self.dates = dates
        self.units = units
        self.types = types
        self.fromUnits = fromUnits
    }

    /// The events of each of `ranges` (disjoint), in their order: an event is
    /// counted in the range holding its day, if any.
    func counts(in ranges: [DayRange]) -> [Counts] {
        // Each date's range, by the date's code: a range's days are the codes from
        // the first after its start's eve up to its end.
        var rangeOfDate = [Int](repeating: -1, count: dates.texts.count)
        for (index, range) in ranges.enumerated() {
            let first = dates.codes(upTo: range.start.adding(days: -1).description)
            let last = dates.codes(upTo: range.end.description)
            for code in Int(first)..<max(Int(first), Int(last)) { rangeOfDate[code] = index }
        }
        let typeOfCode = types.texts.map { EventType(rawValue: $0) }
        let moved = types.code(of: EventType.moved.rawValue) ?? -1
        // Events by range, unit code and type code; moves by range and (from, to) codes.
        let typeCount = types.texts.count
        var tallies = [Int](repeating: 0, count: ranges.count * units.texts.count * typeCount)
        var moves = [[Int64: Int]](repeating: [:], count: ranges.count)
        for row in 0..<dates.codes.count {
            let date = dates.codes[row], unit = units.codes[row], type = types.codes[row]
            guard date >= 0, unit >= 0, type >= 0 else { continue }
            let range = rangeOfDate[Int(date)]
            guard range >= 0 else { continue }
            if type == moved {
                let from = fromUnits.codes[row]
                guard from >= 0 else { continue }
                moves[range][Int64(from) << 32 | Int64(unit), default: 0] += 1
            } else {
                tallies[(range * units.texts.count + Int(unit)) * typeCount + Int(type)] += 1
            }
        }
        return ranges.indices.map { range in
            var counts = Counts()
            for unit in units.texts.indices {
                for type in 0..<typeCount {
                    let count = tallies[(range * units.texts.count + unit) * typeCount + type]
                    guard count > 0, let eventType = typeOfCode[type] else { continue }
                    counts.byUnit[units.texts[unit], default: [:]][eventType] = count
                }
            }
            for (pair, count) in moves[range] {
                let from = fromUnits.texts[Int(pair >> 32)], to = units.texts[Int(pair & 0xFFFF_FFFF)]
                counts.moves[Counts.Pair(from: from, to: to)] = count
            }
            return counts
        }
    }
}
