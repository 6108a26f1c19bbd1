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

    public init(store: DatasetStore, unit: PartyUnit, period: Period, labels: PluginLabels) {
        self.store = store
        self.unit = unit
        self.period = period
        self.labels = labels
    }

    public var unitReference: UnitReference { UnitReference(id: unit.id, name: unit.name) }
}
