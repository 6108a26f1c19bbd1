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

    public static let inspections = TableSchema("inspections", [
        ("campaign_id", "Mã cuộc", true),
        ("unit_id", "Đơn vị thực hiện|Mã đơn vị", true),
        ("body", "Chủ thể", true),
        ("kind", "Loại", true),
        ("started_on", "Ngày bắt đầu", true),
        ("target_type", "Đối tượng", true),
        ("target_id", "Mã đối tượng", true),
        ("conclusion", "Kết luận", false),
    ])

    public static let disciplines = TableSchema("disciplines", [
        ("id", "Mã quyết định|Số quyết định", true),
        ("decided_on", "Ngày quyết định", true),
        ("unit_id", "Đơn vị quyết định|Mã đơn vị", true),
        ("target_type", "Đối tượng", true),
        ("target_id", "Mã đối tượng", true),
        ("form", "Hình thức", true),
    ])

    public static let petitions = TableSchema("petitions", [
        ("id", "Mã đơn", true),
        ("received_on", "Ngày nhận", true),
        ("unit_id", "Đơn vị nhận|Mã đơn vị", true),
        ("kind", "Loại đơn", true),
        ("closed_on", "Ngày kết thúc", false),
        ("outcome", "Kết quả", false),
    ])

    public static let economicModels = TableSchema("economic_models", [
        ("id", "Mã mô hình", true),
        ("unit_id", "Mã đơn vị", true),
        ("name", "Tên mô hình", true),
        ("sector", "Lĩnh vực", true),
        ("started_on", "Ngày bắt đầu", false),
        ("scale_unit", "Đơn vị quy mô", false),
        ("baseline_label", "So sánh với", false),
        ("baseline_revenue_per_ha_vnd", "Doanh thu/ha đối chứng", false),
    ])

    public static let economicResults = TableSchema("economic_results", [
        ("model_id", "Mã mô hình", true),
        ("period", "Kỳ", true),
        ("households", "Số hộ", false),
        ("area_ha", "Diện tích (ha)", false),
        ("scale_quantity", "Quy mô", false),
        ("output_tonnes", "Sản lượng (tấn)", false),
        ("revenue_vnd", "Doanh thu (đồng)", true),
        ("cost_vnd", "Chi phí (đồng)", true),
    ])

    public static let indicators = TableSchema("indicators", [
        ("unit_id", "Mã đơn vị", true),
        ("period", "Kỳ", true),
        ("indicator", "Chỉ tiêu", true),
        ("value", "Giá trị", true),
        ("target", "Kế hoạch", false),
    ])

    /// The tables this version reads, in loading order.
    public static let all: [TableSchema] = [
        .units, .members, .memberEvents, .targets, .inspections, .disciplines, .petitions, .economicModels,
        .economicResults, .indicators,
    ]
}
