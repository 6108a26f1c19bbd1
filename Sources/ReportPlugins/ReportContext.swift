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

    public init(store: DatasetStore, unit: PartyUnit, period: Period, labels: PluginLabels, language: String = "vi") {
        self.store = store
        self.unit = unit
        self.period = period
        self.labels = labels
        self.language = language
    }

    public var unitReference: UnitReference { UnitReference(id: unit.id, name: unit.name) }
}
