public import ReportModel

/// A party member's attributes; membership itself comes from events.
public struct Member: Hashable, Sendable {
    public let id: String
    public let fullName: String
    public let gender: Gender
    public let birthDate: Day
    public let ethnicity: String?
    public let religion: String?
    public let education: String?
    public let politicalTheory: PoliticalTheory?
    public let source: SourceLocation

    public var isEthnicMinority: Bool { Self.isEthnicMinority(ethnicity) }

    public var isReligious: Bool { Self.isReligious(religion) }

    /// Any ethnicity other than Kinh counts as an ethnic minority (dân tộc thiểu số).
    public static func isEthnicMinority(_ ethnicity: String?) -> Bool {
        guard let ethnicity, !ethnicity.isEmpty else { return false }
        return ethnicity.foldedForMatching != "kinh"
    }

    /// Empty, `Không` and `none` mean no religion.
    public static func isReligious(_ religion: String?) -> Bool {
        guard let religion else { return false }
        return !["", "không", "none", "khong"].contains(religion.foldedForMatching)
    }
}
