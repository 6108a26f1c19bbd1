extension Period {
    /// The periods of a `batch --period` list: periods (as `Period(written:)`
    /// reads them) separated by commas, and
    /// ranges `FIRST..LAST` of one kind (`2023-Q1..2024-Q4` is eight quarters).
    /// Order is kept and repeats dropped; an empty list is an error.
    public static func list(parsing text: String) throws(PeriodError) -> [Period] {
        var periods: [Period] = []
        var seen: Set<Period> = []
        for item in text.split(separator: ",") {
            let item = item.trimmingSpaces()
            if item.isEmpty { continue }
            let range = item.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
            let expanded: [Period]
            switch range.count {
            case 1: expanded = [try Period(written: item)]
            case 2: expanded = try Period.range(from: try Period(written: range[0]), to: try Period(written: range[1]),
                                                text: item)
            default: throw PeriodError(text: item)
            }
            for period in expanded where seen.insert(period).inserted { periods.append(period) }
        }
        guard !periods.isEmpty else { throw PeriodError(text: text) }
        return periods
    }

    /// `first`, its successors of the same kind, up to `last` included.
    static func range(from first: Period, to last: Period, text: String) throws(PeriodError) -> [Period] {
        guard first.sameKind(as: last) else {
            throw PeriodError(text: text, reason: Message("a range runs between two periods of one kind, e.g. "
                                                        + "2023-Q1..2024-Q4"))
        }
        guard first.start <= last.start else {
            throw PeriodError(text: text, reason: Message("the range ends before it starts"))
        }
        var periods = [first]
        while periods.last! != last {
            periods.append(periods.last!.next)
        }
        return periods
    }

    /// The following period of the same kind: the next quarter or month, or the same part of the next year.
    public var next: Period {
        switch kind {
        case .quarter(let q): q == 4 ? Period(year: year + 1, kind: .quarter(1)) : Period(year: year, kind: .quarter(q + 1))
        case .month(let m): m == 12 ? Period(year: year + 1, kind: .month(1)) : Period(year: year, kind: .month(m + 1))
        case .firstHalf, .nineMonths, .year: Period(year: year + 1, kind: kind)
        }
    }

    private func sameKind(as other: Period) -> Bool {
        switch (kind, other.kind) {
        case (.quarter, .quarter), (.month, .month), (.firstHalf, .firstHalf), (.nineMonths, .nineMonths),
             (.year, .year): true
        default: false
        }
    }
}
