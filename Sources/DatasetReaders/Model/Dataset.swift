/// A loaded dataset: typed rows of every table that was present, in file order.
public struct Dataset: Sendable {
    public var config: DatasetConfig
    public var units: [PartyUnit]
    public var members: [Member]
    public var events: [MemberEvent]
    public var targets: [Target]
    /// Names of the tables that were given (`units`, `members`…), for plugins' needs.
    public var tablesPresent: Set<String>
    /// Ids of unit and member rows left out for their own problems: references
    /// to them are not reported again as unknown.
    var idsOfInvalidRows: [String: Set<String>] = [:]

    public init(config: DatasetConfig = DatasetConfig(), units: [PartyUnit] = [], members: [Member] = [],
                events: [MemberEvent] = [], targets: [Target] = [], tablesPresent: Set<String> = []) {
        self.config = config
        self.units = units
        self.members = members
        self.events = events
        self.targets = targets
        self.tablesPresent = tablesPresent
    }

    /// The unit without a parent, when there is exactly one.
    public var root: PartyUnit? {
        let roots = units.filter { $0.parentID == nil }
        return roots.count == 1 ? roots[0] : nil
    }
}
