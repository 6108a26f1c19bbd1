public import DatasetReaders
public import DatasetStore
public import ReportModel

/// What a plugin is given to make one report: the store, the report unit and
/// period, and the labels to word it with.
public struct ReportContext {
    public let store: DatasetStore
    public let unit: PartyUnit
    public let period: Period
    public let labels: PluginLabels
    /// `vi` or `en`: the language of the report's words.
    public let language: String
    /// Kept across every report made from this store: a batch of many units
    /// counts what it can for all units once (see `PluginMemo`).
    public let memo: PluginMemo

    public init(store: DatasetStore, unit: PartyUnit, period: Period, labels: PluginLabels, language: String = "vi",
                memo: PluginMemo = PluginMemo()) {
        self.store = store
        self.unit = unit
        self.period = period
        self.labels = labels
        self.language = language
        self.memo = memo
    }

    public var unitReference: UnitReference { UnitReference(id: unit.id, name: unit.name) }

    /// How the report's language writes numbers, days and periods.
    public var notation: Notation { Notation(language: language) }
}

/// Values a plugin computes once per store and reuses for every report made
/// from it — e.g. counts per unit for a period, which each unit's report then
/// sums over its subtree — so a batch over N units costs one pass over the
/// data, not N. Lives as long as the store; used on the store's one thread.
public final class PluginMemo {
    private var values: [String: Any] = [:]

    public init() {}

    /// The value kept under `key`, made by `make` the first time it is asked for.
    public func value<Value>(_ key: String, make: () throws -> Value) rethrows -> Value {
        if let value = values[key] as? Value { return value }
        let value = try make()
        values[key] = value
        return value
    }
}
