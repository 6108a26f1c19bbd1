public import DatasetReaders

/// The tables a sample dataset holds, in writing order; each one's columns are
/// those of its `TableSchema` (the one declaration per table), in that order.
public enum SampleTable: Int, CaseIterable, Sendable {
    case units, members, memberEvents, targets, inspections, disciplines, petitions
    case economicModels, economicResults, indicators, ratings, meetings

    public var schema: TableSchema {
        switch self {
        case .units: .units
        case .members: .members
        case .memberEvents: .memberEvents
        case .targets: .targets
        case .inspections: .inspections
        case .disciplines: .disciplines
        case .petitions: .petitions
        case .economicModels: .economicModels
        case .economicResults: .economicResults
        case .indicators: .indicators
        case .ratings: .ratings
        case .meetings: .meetings
        }
    }

    public var name: String { schema.name }
}
