/// A dataset table's columns: canonical names, Vietnamese aliases, which are
/// required (SPEC §1.3).
public struct TableSchema: Sendable {
    public struct Column: Sendable {
        public let name: String
        public let aliases: [String]
        public let required: Bool

        /// Matches a header cell by canonical name or alias, after NFC, ignoring case.
        func matches(header: String) -> Bool {
            let folded = header.foldedForMatching
            return name.foldedForMatching == folded || aliases.contains { $0.foldedForMatching == folded }
        }

        /// `"name" or "Tên đơn vị"`, for messages.
        var accepted: String { ([name] + aliases).map { "\"\($0)\"" }.joined(separator: " or ") }
    }

    public let name: String
    public let columns: [Column]

    init(_ name: String, _ columns: [(String, String, Bool)]) {
        self.name = name
        self.columns = columns.map {
            Column(name: $0.0, aliases: $0.1.isEmpty ? [] : $0.1.components(separatedBy: "|"), required: $0.2)
        }
    }

    public static let units = TableSchema("units", [
        ("id", "Mã đơn vị", true),
        ("parent_id", "Mã đơn vị cấp trên", false),
        ("name", "Tên đơn vị", true),
        ("kind", "Loại", true),
        ("sector", "Loại hình", false),
        ("header_name", "Tên trên văn bản", false),
    ])

    public static let members = TableSchema("members", [
        ("id", "Mã đảng viên", true),
        ("full_name", "Họ và tên", true),
        ("gender", "Giới tính", true),
        ("birth_date", "Ngày sinh", true),
        ("ethnicity", "Dân tộc", false),
        ("religion", "Tôn giáo", false),
        ("education", "Trình độ học vấn", false),
        ("political_theory", "Lý luận chính trị", false),
    ])

    public static let memberEvents = TableSchema("member_events", [
        ("member_id", "Mã đảng viên", true),
        ("date", "Ngày", true),
        ("type", "Loại biến động", true),
        ("unit_id", "Mã đơn vị", true),
        ("from_unit_id", "Từ đơn vị", false),
        ("status", "Trạng thái", false),
        ("note", "Ghi chú", false),
    ])

    public static let targets = TableSchema("targets", [
        ("unit_id", "Mã đơn vị", true),
        ("year", "Năm", true),
        ("metric", "Chỉ tiêu", true),
        ("value", "Giá trị", true),
    ])

    /// The tables this version reads, in loading order.
    public static let all: [TableSchema] = [.units, .members, .memberEvents, .targets]
}
