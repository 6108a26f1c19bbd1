/// An enumerated column's values: canonical English ids, each with the
/// Vietnamese labels accepted in its place (SPEC §1.1).
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// What the column holds, for messages: `gender`, `event type`.
    static var noun: String { get }
    /// Vietnamese labels accepted for this value; the first is the display label.
    var labels: [String] { get }
}

extension Vocabulary {
    /// The display label: the first Vietnamese label.
    public var label: String { labels[0] }

    /// Matches the canonical id or a label, case-insensitively after NFC.
    public init?(text: String) {
        // Exact spellings first: most cells are, and folding costs.
        if let value = Self(rawValue: text) ?? Self.allCases.first(where: { $0.labels.contains(text) }) {
            self = value
            return
        }
        let wanted = text.foldedForMatching
        guard let match = Self.allCases.first(where: { value in
            value.rawValue.foldedForMatching == wanted || value.labels.contains { $0.foldedForMatching == wanted }
        }) else { return nil }
        self = match
    }

    /// `male (Nam) or female (Nữ)`, for messages.
    static var expectedValues: String {
        let all = allCases.map { "\($0.rawValue) (\($0.labels.joined(separator: " / ")))" }
        return all.count <= 1 ? all.joined() : all.dropLast().joined(separator: ", ") + " or " + all.last!
    }
}

extension StringProtocol {
    /// NFC, lower-cased, trimmed: how header names and enum values are compared.
    var foldedForMatching: String {
        String(self).precomposedStringWithCanonicalMapping.lowercased().trimmingCharacters(in: .whitespaces)
    }
}

public enum UnitKind: String, Vocabulary {
    /// Tỉnh ủy / Đảng bộ tỉnh.
    case province
    /// Huyện ủy / Đảng bộ huyện.
    case district
    /// Đảng bộ cơ sở: a grassroots committee with branches under it.
    case grassrootsCommittee = "grassroots_committee"
    /// Đảng bộ bộ phận: between a grassroots committee and its branches.
    case subCommittee = "sub_committee"
    /// Chi bộ cơ sở: a grassroots branch with no units under it.
    case grassrootsBranch = "grassroots_branch"
    /// Chi bộ trực thuộc: a branch under a committee.
    case branch

    public static let noun = "unit kind"

    public var labels: [String] {
        switch self {
        case .province: ["Tỉnh ủy", "Đảng bộ tỉnh", "Tỉnh uỷ"]
        case .district: ["Huyện ủy", "Đảng bộ huyện", "Huyện uỷ"]
        case .grassrootsCommittee: ["Đảng bộ cơ sở"]
        case .subCommittee: ["Đảng bộ bộ phận"]
        case .grassrootsBranch: ["Chi bộ cơ sở"]
        case .branch: ["Chi bộ trực thuộc", "Chi bộ"]
        }
    }
}

public enum Gender: String, Vocabulary {
    /// Nam.
    case male
    /// Nữ.
    case female

    public static let noun = "gender"

    public var labels: [String] {
        switch self {
        case .male: ["Nam"]
        case .female: ["Nữ"]
        }
    }
}

public enum PoliticalTheory: String, Vocabulary {
    /// Chưa qua đào tạo: no political-theory training yet.
    case none
    /// Sơ cấp: elementary.
    case basic
    /// Trung cấp: intermediate.
    case intermediate
    /// Cao cấp / Cử nhân: advanced or a bachelor's degree in political theory.
    case advanced

    public static let noun = "political theory level"

    public var labels: [String] {
        switch self {
        case .none: ["Chưa qua đào tạo", "Không"]
        case .basic: ["Sơ cấp"]
        case .intermediate: ["Trung cấp"]
        case .advanced: ["Cao cấp", "Cử nhân"]
        }
    }
}

public enum EventType: String, Vocabulary {
    /// Kết nạp: joins as a probationary member.
    case admitted
    /// Chuyển chính thức: a probationary member becomes official.
    case madeOfficial = "made_official"
    /// Chuyển đến: joins from outside the dataset.
    case transferredIn = "transferred_in"
    /// Chuyển sinh hoạt nội bộ: from one branch of the dataset to another.
    case moved
    /// Phục hồi đảng tịch: a former member rejoins as official.
    case restored
    /// Chuyển đi: leaves the dataset for another party organisation.
    case transferredOut = "transferred_out"
    /// Từ trần.
    case died
    /// Khai trừ.
    case expelled
    /// Xóa tên.
    case removed
    /// Xin ra khỏi Đảng.
    case resigned

    public static let noun = "event type"

    public var labels: [String] {
        switch self {
        case .admitted: ["Kết nạp"]
        case .madeOfficial: ["Chuyển chính thức", "Chuyển đảng chính thức"]
        case .transferredIn: ["Chuyển đến"]
        case .moved: ["Chuyển sinh hoạt nội bộ", "Chuyển sinh hoạt"]
        case .restored: ["Phục hồi đảng tịch", "Phục hồi"]
        case .transferredOut: ["Chuyển đi"]
        case .died: ["Từ trần"]
        case .expelled: ["Khai trừ"]
        case .removed: ["Xóa tên", "Xoá tên"]
        case .resigned: ["Xin ra khỏi Đảng"]
        }
    }
}

public enum MembershipStatus: String, Vocabulary {
    /// Chính thức.
    case official
    /// Dự bị.
    case probationary

    public static let noun = "status"

    public var labels: [String] {
        switch self {
        case .official: ["Chính thức"]
        case .probationary: ["Dự bị"]
        }
    }
}
