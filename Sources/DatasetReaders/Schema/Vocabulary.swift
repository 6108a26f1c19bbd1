public import ReportModel

/// An enumerated column's values: canonical English ids, each with the
/// Vietnamese labels accepted in its place (SPEC §1.1).
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    /// What the column holds, for messages: `gender`, `event type`.
    static var noun: Message { get }
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

    public static let noun = Message("unit kind")

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

    public static let noun = Message("gender")

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

    public static let noun = Message("political theory level")

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

    public static let noun = Message("event type")

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

    public static let noun = Message("status")

    public var labels: [String] {
        switch self {
        case .official: ["Chính thức"]
        case .probationary: ["Dự bị"]
        }
    }
}

/// Who conducted an inspection or supervision round.
public enum InspectionBody: String, Vocabulary {
    /// Cấp ủy / Chi bộ: the committee (or branch) itself.
    case committee
    /// Ban Thường vụ: the standing committee.
    case standingCommittee = "standing_committee"
    /// Ủy ban Kiểm tra: the inspection committee.
    case inspectionCommittee = "inspection_committee"

    public static let noun = Message("inspecting body")

    public var labels: [String] {
        switch self {
        case .committee: ["Cấp ủy", "Chi bộ", "Cấp ủy / Chi bộ", "Đảng ủy"]
        case .standingCommittee: ["Ban Thường vụ", "BTV"]
        case .inspectionCommittee: ["Ủy ban Kiểm tra", "Uỷ ban Kiểm tra", "UBKT"]
        }
    }
}

/// What kind of inspection or supervision a round was.
public enum InspectionKind: String, Vocabulary {
    /// Kiểm tra theo chương trình: inspection on the yearly programme.
    case inspection
    /// Kiểm tra khi có dấu hiệu vi phạm: inspection on signs of violation.
    case violationSigns = "violation_signs"
    /// Giám sát chuyên đề: thematic supervision.
    case supervision
    /// Kiểm tra tài chính đảng: inspection of party finances.
    case finance
    /// Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật: of lower levels' inspection work.
    case lowerLevel = "lower_level"

    public static let noun = Message("inspection kind")

    public var labels: [String] {
        switch self {
        case .inspection: ["Kiểm tra theo chương trình", "Kiểm tra"]
        case .violationSigns: ["Kiểm tra khi có dấu hiệu vi phạm", "Dấu hiệu vi phạm"]
        case .supervision: ["Giám sát chuyên đề", "Giám sát"]
        case .finance: ["Kiểm tra tài chính đảng", "Tài chính đảng"]
        case .lowerLevel: ["Kiểm tra thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật"]
        }
    }
}

/// Whether an inspection or discipline concerns an organisation or a member.
public enum TargetType: String, Vocabulary {
    /// Tổ chức đảng: a unit of the tree.
    case organization
    /// Đảng viên: a member.
    case member

    public static let noun = Message("target type")

    public var labels: [String] {
        switch self {
        case .organization: ["Tổ chức đảng", "Tổ chức"]
        case .member: ["Đảng viên"]
        }
    }
}

/// What an inspection concluded about one target.
public enum Conclusion: String, Vocabulary {
    /// Not concluded yet (the default).
    case pending
    /// Thực hiện tốt.
    case good
    /// Có khuyết điểm.
    case shortcomings
    /// Có vi phạm.
    case violation
    /// Vi phạm đến mức phải kỷ luật.
    case discipline

    public static let noun = Message("conclusion")

    public var labels: [String] {
        switch self {
        case .pending: ["Đang kiểm tra", "Chưa kết luận"]
        case .good: ["Thực hiện tốt"]
        case .shortcomings: ["Có khuyết điểm"]
        case .violation: ["Có vi phạm"]
        case .discipline: ["Vi phạm đến mức phải kỷ luật"]
        }
    }
}

public enum DisciplineForm: String, Vocabulary {
    /// Khiển trách.
    case reprimand
    /// Cảnh cáo.
    case warning
    /// Cách chức.
    case dismissal
    /// Khai trừ (members).
    case expulsion
    /// Giải tán (organisations only).
    case dissolution

    public static let noun = Message("discipline form")

    public var labels: [String] {
        switch self {
        case .reprimand: ["Khiển trách"]
        case .warning: ["Cảnh cáo"]
        case .dismissal: ["Cách chức"]
        case .expulsion: ["Khai trừ"]
        case .dissolution: ["Giải tán"]
        }
    }
}

public enum PetitionKind: String, Vocabulary {
    /// Khiếu nại.
    case complaint
    /// Tố cáo.
    case denunciation
    /// Kiến nghị, phản ánh.
    case petition

    public static let noun = Message("petition kind")

    public var labels: [String] {
        switch self {
        case .complaint: ["Khiếu nại"]
        case .denunciation: ["Tố cáo"]
        case .petition: ["Kiến nghị, phản ánh", "Kiến nghị", "Phản ánh"]
        }
    }
}

public enum PetitionOutcome: String, Vocabulary {
    /// Giải quyết dứt điểm.
    case resolved
    /// Lưu đơn.
    case archived
    /// Chuyển cơ quan có thẩm quyền.
    case forwarded

    public static let noun = Message("petition outcome")

    public var labels: [String] {
        switch self {
        case .resolved: ["Giải quyết dứt điểm", "Đã giải quyết"]
        case .archived: ["Lưu đơn"]
        case .forwarded: ["Chuyển cơ quan có thẩm quyền", "Chuyển"]
        }
    }
}

/// The sector of an economic model.
public enum EconomicSector: String, Vocabulary {
    /// Trồng trọt.
    case crops
    /// Chăn nuôi.
    case livestock
    /// Thủy sản.
    case aquaculture
    /// Lâm nghiệp.
    case forestry
    /// Du lịch.
    case tourism
    /// Chế biến.
    case processing
    /// Dịch vụ.
    case services
    /// Khác.
    case other

    public static let noun = Message("sector")

    public var labels: [String] {
        switch self {
        case .crops: ["Trồng trọt"]
        case .livestock: ["Chăn nuôi"]
        case .aquaculture: ["Thủy sản", "Thuỷ sản"]
        case .forestry: ["Lâm nghiệp"]
        case .tourism: ["Du lịch"]
        case .processing: ["Chế biến"]
        case .services: ["Dịch vụ"]
        case .other: ["Khác"]
        }
    }
}

/// Whether more of an indicator is better (income) or less (poor households).
public enum IndicatorDirection: String, Vocabulary, Codable {
    /// Higher is better.
    case higher
    /// Lower is better.
    case lower

    public static let noun = Message("direction")

    public var labels: [String] {
        switch self {
        case .higher: ["Càng cao càng tốt", "Cao"]
        case .lower: ["Càng thấp càng tốt", "Thấp"]
        }
    }
}
