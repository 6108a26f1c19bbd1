/// A party organisation: the dataset's root, a committee or a branch.
public struct PartyUnit: Hashable, Sendable {
    public let id: String
    public let parentID: String?
    public let name: String
    public let kind: UnitKind
    public let sector: String?
    /// The name as printed in a document header, e.g. `HUYỆN ỦY SỐP CỘP`.
    public let headerName: String
    public let source: SourceLocation
}
