internal import ReportModel

/// The tables of SPEC §1.3: every column's name, aliases, type and rules, once.
extension TableSchema {
    public static let units = TableSchema(name: "units", columns: [
        .init("id", aliases: ["Mã đơn vị"], required: true),
        .init("parent_id", aliases: ["Mã đơn vị cấp trên"], references: "units"),
        .init("name", aliases: ["Tên đơn vị"], required: true),
        .init("kind", aliases: ["Loại"], type: .choice(UnitKind.self), required: true),
        .init("sector", aliases: ["Loại hình"]),
        .init("header_name", aliases: ["Tên trên văn bản"]),
    ])

    public static let members = TableSchema(name: "members", columns: [
        .init("id", aliases: ["Mã đảng viên"], required: true),
        .init("full_name", aliases: ["Họ và tên"], required: true),
        .init("gender", aliases: ["Giới tính"], type: .choice(Gender.self), required: true),
        .init("birth_date", aliases: ["Ngày sinh"], type: .date, required: true),
        .init("ethnicity", aliases: ["Dân tộc"]),
        .init("religion", aliases: ["Tôn giáo"]),
        .init("education", aliases: ["Trình độ học vấn"]),
        .init("political_theory", aliases: ["Lý luận chính trị"], type: .choice(PoliticalTheory.self)),
    ])

    public static let memberEvents = TableSchema(name: "member_events", columns: [
        .init("member_id", aliases: ["Mã đảng viên"], required: true, references: "members"),
        .init("date", aliases: ["Ngày"], type: .date, required: true),
        .init("type", aliases: ["Loại biến động"], type: .choice(EventType.self), required: true),
        .init("unit_id", aliases: ["Mã đơn vị"], required: true, references: "units"),
        .init("from_unit_id", aliases: ["Từ đơn vị"], references: "units"),
        .init("status", aliases: ["Trạng thái"], type: .choice(MembershipStatus.self)),
        .init("note", aliases: ["Ghi chú"]),
    ])

    public static let targets = TableSchema(name: "targets", columns: [
        .init("unit_id", aliases: ["Mã đơn vị"], required: true, references: "units"),
        .init("year", aliases: ["Năm"], type: .integer, required: true),
        .init("metric", aliases: ["Chỉ tiêu"], required: true),
        .init("value", aliases: ["Giá trị"], type: .number, required: true, minimum: 0),
    ])

    public static let inspections = TableSchema(name: "inspections", columns: [
        .init("campaign_id", aliases: ["Mã cuộc"], required: true),
        .init("unit_id", aliases: ["Đơn vị thực hiện", "Mã đơn vị"], required: true, references: "units"),
        .init("body", aliases: ["Chủ thể"], type: .choice(InspectionBody.self), required: true),
        .init("kind", aliases: ["Loại"], type: .choice(InspectionKind.self), required: true),
        .init("started_on", aliases: ["Ngày bắt đầu"], type: .date, required: true),
        .init("target_type", aliases: ["Đối tượng"], type: .choice(TargetType.self), required: true),
        .init("target_id", aliases: ["Mã đối tượng"], required: true),   // a unit or member, by target_type
        .init("conclusion", aliases: ["Kết luận"], type: .choice(Conclusion.self), default: "pending"),
    ])

    public static let disciplines = TableSchema(name: "disciplines", columns: [
        .init("id", aliases: ["Mã quyết định", "Số quyết định"], required: true),
        .init("decided_on", aliases: ["Ngày quyết định"], type: .date, required: true),
        .init("unit_id", aliases: ["Đơn vị quyết định", "Mã đơn vị"], required: true, references: "units"),
        .init("target_type", aliases: ["Đối tượng"], type: .choice(TargetType.self), required: true),
        .init("target_id", aliases: ["Mã đối tượng"], required: true),
        .init("form", aliases: ["Hình thức"], type: .choice(DisciplineForm.self), required: true),
    ])

    public static let petitions = TableSchema(name: "petitions", columns: [
        .init("id", aliases: ["Mã đơn"], required: true),
        .init("received_on", aliases: ["Ngày nhận"], type: .date, required: true),
        .init("unit_id", aliases: ["Đơn vị nhận", "Mã đơn vị"], required: true, references: "units"),
        .init("kind", aliases: ["Loại đơn"], type: .choice(PetitionKind.self), required: true),
        .init("closed_on", aliases: ["Ngày kết thúc"], type: .date),
        .init("outcome", aliases: ["Kết quả"], type: .choice(PetitionOutcome.self)),
    ])

    public static let economicModels = TableSchema(name: "economic_models", columns: [
        .init("id", aliases: ["Mã mô hình"], required: true),
        .init("unit_id", aliases: ["Mã đơn vị"], required: true, references: "units"),
        .init("name", aliases: ["Tên mô hình"], required: true),
        .init("sector", aliases: ["Lĩnh vực"], type: .choice(EconomicSector.self), required: true),
        .init("started_on", aliases: ["Ngày bắt đầu"], type: .date),
        .init("scale_unit", aliases: ["Đơn vị quy mô"]),
        .init("baseline_label", aliases: ["So sánh với"]),
        .init("baseline_revenue_per_ha_vnd", aliases: ["Doanh thu/ha đối chứng"], type: .number),
    ])

    public static let economicResults = TableSchema(name: "economic_results", columns: [
        .init("model_id", aliases: ["Mã mô hình"], required: true, references: "economic_models"),
        .init("period", aliases: ["Kỳ"], type: .period, required: true),
        .init("households", aliases: ["Số hộ"], type: .number, minimum: 0),
        .init("area_ha", aliases: ["Diện tích (ha)"], type: .number, minimum: 0),
        .init("scale_quantity", aliases: ["Quy mô"], type: .number, minimum: 0),
        .init("output_tonnes", aliases: ["Sản lượng (tấn)"], type: .number, minimum: 0),
        .init("revenue_vnd", aliases: ["Doanh thu (đồng)"], type: .number, required: true, minimum: 0),
        .init("cost_vnd", aliases: ["Chi phí (đồng)"], type: .number, required: true, minimum: 0),
    ])

    public static let indicators = TableSchema(name: "indicators", columns: [
        .init("unit_id", aliases: ["Mã đơn vị"], required: true, references: "units"),
        .init("period", aliases: ["Kỳ"], type: .period, required: true),
        .init("indicator", aliases: ["Chỉ tiêu"], required: true),
        .init("value", aliases: ["Giá trị"], type: .number, required: true),
        .init("target", aliases: ["Kế hoạch"], type: .number),
    ])

    /// Annual classification (đánh giá, xếp loại) of organisations and members.
    public static let ratings = TableSchema(name: "ratings", columns: [
        .init("year", aliases: ["Năm"], type: .integer, required: true),
        .init("subject_type", aliases: ["Loại đối tượng", "Đối tượng"],
              type: .choice(Choices(ColumnType.choices(of: TargetType.self), noun: Message("subject type"))), required: true),
        .init("subject_id", aliases: ["Mã đối tượng"], required: true),   // a unit or member, by subject_type
        .init("rating", aliases: ["Xếp loại", "Kết quả xếp loại"], type: .choice(Choices([
            Choice("excellent", labels: ["Hoàn thành xuất sắc nhiệm vụ", "Xuất sắc"]),
            Choice("good", labels: ["Hoàn thành tốt nhiệm vụ", "Tốt"]),
            Choice("complete", labels: ["Hoàn thành nhiệm vụ", "Hoàn thành"]),
            Choice("incomplete", labels: ["Không hoàn thành nhiệm vụ", "Không hoàn thành"]),
        ], noun: Message("rating"))), required: true),
    ])

    /// Branch meetings (sinh hoạt chi bộ) and who attended.
    public static let meetings = TableSchema(name: "meetings", columns: [
        .init("unit_id", aliases: ["Mã đơn vị", "Mã chi bộ"], required: true, references: "units"),
        .init("date", aliases: ["Ngày sinh hoạt", "Ngày"], type: .date, required: true),
        .init("kind", aliases: ["Loại sinh hoạt"], type: .choice(Choices([
            Choice("regular", labels: ["Thường kỳ", "Sinh hoạt thường kỳ"]),
            Choice("thematic", labels: ["Chuyên đề", "Sinh hoạt chuyên đề"]),
        ], noun: Message("meeting kind"))), required: true),
        .init("members_total", aliases: ["Số đảng viên"], type: .integer, required: true, minimum: 0),
        .init("members_present", aliases: ["Số có mặt", "Số đảng viên có mặt"], type: .integer, required: true,
              minimum: 0),
        .init("upper_level_attended", aliases: ["Cấp ủy cấp trên dự", "Cấp uỷ cấp trên dự"], type: .bool),
    ])

    /// The tables of SPEC §1.3, in loading order.
    public static let builtIn: [TableSchema] = [
        .units, .members, .memberEvents, .targets, .inspections, .disciplines, .petitions, .economicModels,
        .economicResults, .indicators, .ratings, .meetings,
    ]
}

extension TableSchema.ColumnType {
    /// A vocabulary enum's values as choices.
    static func choices<V: Vocabulary>(of type: V.Type) -> [TableSchema.Choice] {
        V.allCases.map { TableSchema.Choice($0.rawValue, labels: $0.labels) }
    }
}
