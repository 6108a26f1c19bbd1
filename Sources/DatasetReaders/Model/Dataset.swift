/// A loaded dataset: typed rows of every table that was present, in file order.
public struct Dataset: Sendable {
    public var config: DatasetConfig
    public var units: [PartyUnit]
    public var members: [Member]
    public var events: [MemberEvent]
    public var targets: [Target]
    public var inspections: [Inspection] = []
    public var disciplines: [Discipline] = []
    public var petitions: [Petition] = []
    public var economicModels: [EconomicModel] = []
    public var economicResults: [EconomicResult] = []
    public var indicators: [IndicatorValue] = []
    /// Names of the tables that were given (`units`, `members`…), for plugins' needs.
    public var tablesPresent: Set<String>
    /// Ids of rows left out for their own problems, by table (member ids for
    /// `member_events`): references to them are not reported again as unknown,
    /// and a member with a bad event is not replayed.
    var idsOfInvalidRows: [String: Set<String>] = [:]
    /// Tables given but unreadable (bad encoding, missing columns): their ids
    /// are unknown, so references to them are not checked.
    var unreadableTables: Set<String> = []

    public init(config: DatasetConfig = DatasetConfig(), units: [PartyUnit] = [], members: [Member] = [],
                events: [MemberEvent] = [], targets: [Target] = [], tablesPresent: Set<String> = []) {
        self.config = config
        self.units = units
        self.members = members
        self.events = events
        self.targets = targets
        self.tablesPresent = tablesPresent
    }
}
