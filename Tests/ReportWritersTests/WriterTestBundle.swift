import Foundation
import ReportModel
import ReportWriters
import Testing

/// A hand-made bundle that exercises every writer: two documents, group
/// headers, nulls, subtotal and total rows with outline levels, every column
/// type, and text that must be neutralised or quoted in CSV.
enum WriterTestBundle {
    static let unit = UnitReference(id: "sc", name: "Đảng bộ huyện Sốp Cộp")
    static let period = PeriodReference(
        id: "2024-H1", start: Day(year: 2024, month: 1, day: 1)!, end: Day(year: 2024, month: 6, day: 30)!)

    static let header = DocumentHeader(
        issuingBodyLines: ["ĐẢNG BỘ TỈNH SƠN LA", "HUYỆN ỦY SỐP CỘP"],
        partyLine: "ĐẢNG CỘNG SẢN VIỆT NAM",
        placeAndDate: "Sốp Cộp, ngày 05 tháng 7 năm 2024",
        documentKind: "BÁO CÁO",
        subject: "kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024",
        recipientsHeading: "Nơi nhận:",
        recipients: ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"],
        signature: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Quàng Văn Tiêu"],
        date: Day(year: 2024, month: 7, day: 5)!,
        author: "Huyện ủy Sốp Cộp")

    static var bundle: ReportBundle {
        ReportBundle(unit: unit, period: period, reports: [memberGrowth, economicModels], header: header)
    }

    /// A `movement`-like table: Tăng/Giảm groups, integer and percent
    /// columns, nulls, data rows at two levels, a subtotal and the total.
    static var memberGrowth: ReportDocument {
        let columns = [
            Column(id: "opening", label: "Đầu kỳ", type: .integer),
            Column(id: "admitted", label: "Kết nạp", type: .integer, group: "Tăng"),
            Column(id: "restored", label: "Phục hồi đảng tịch", type: .integer, group: "Tăng"),
            Column(id: "transferred_in", label: "Chuyển đến", type: .integer, group: "Tăng"),
            Column(id: "died", label: "Từ trần", type: .integer, group: "Giảm"),
            Column(id: "expelled", label: "Khai trừ", type: .integer, group: "Giảm"),
            Column(id: "transferred_out", label: "Chuyển đi", type: .integer, group: "Giảm"),
            Column(id: "closing", label: "Cuối kỳ", type: .integer),
            Column(id: "admission_target", label: "Chỉ tiêu kết nạp", type: .integer),
            Column(id: "admission_target_pct", label: "Tỷ lệ đạt chỉ tiêu (%)", type: .percent),
        ]
        func row(_ key: String, _ label: String, _ kind: RowKind, _ level: Int,
                 _ values: [Int], target: Int?, pct: Double?) -> Row {
            var cells: [(String, CellValue)] = zip(columns.prefix(8).map(\.id), values.map { .integer($0) }).map { ($0, $1) }
            cells.append(("admission_target", target.map { .integer($0) } ?? .null))
            cells.append(("admission_target_pct", pct.map { .number($0) } ?? .null))
            return Row(key: key, label: label, kind: kind, level: level, cells: cells)
        }
        let movement = ReportTable(
            id: "movement", title: "Biến động đảng viên", columns: columns,
            rows: [
                row("u01", "Đảng bộ xã Mường Lèo", .data, 2, [321, 12, 0, 2, 1, 0, 3, 331], target: 10, pct: 120),
                row("u02", "Đảng bộ xã Sốp Cộp", .data, 2, [1_204, 45, 1, 5, 4, 1, 2, 1_248], target: 40,
                    pct: 112.5),
                row("communes", "Cộng các đảng bộ xã", .subtotal, 1, [1_525, 57, 1, 7, 5, 1, 5, 1_579], target: 50,
                    pct: 114),
                row("u03", "Chi bộ Công an huyện", .data, 1, [2_190, 54, 0, 3, 3, 0, 11, 2_233], target: nil,
                    pct: nil),
                row("total", "Toàn Đảng bộ", .total, 0, [3_715, 111, 1, 10, 8, 1, 16, 3_812], target: 90,
                    pct: 123.33333333333333),
            ])
        return ReportDocument(
            plugin: "member-growth", title: "Tình hình phát triển đảng viên", unit: unit, period: period,
            narrative: [
                "6 tháng đầu năm 2024, toàn Đảng bộ kết nạp 111 đảng viên, đạt 123,3% kế hoạch năm; "
                    + "chuyển chính thức cho 98 đảng viên dự bị. Đến ngày 30/6/2024, Đảng bộ có 3.812 đảng viên "
                    + "(3.601 chính thức, 211 dự bị), tăng 97 đảng viên so với đầu kỳ.",
                "Công tác tạo nguồn phát triển đảng viên ở các bản vùng cao được quan tâm; "
                    + "đã kết nạp đảng viên đầu tiên ở 2 bản chưa có đảng viên.",
            ],
            tables: [movement])
    }

    /// Text, money, decimal and date columns, and text that must be
    /// neutralised or quoted in CSV.
    static var economicModels: ReportDocument {
        let models = ReportTable(
            id: "models", title: "Kết quả các mô hình kinh tế",
            columns: [
                Column(id: "unit", label: "Đơn vị", type: .text),
                Column(id: "started_on", label: "Ngày bắt đầu", type: .date),
                Column(id: "revenue_vnd", label: "Doanh thu (đồng)", type: .money),
                Column(id: "profit_vnd", label: "Lợi nhuận (đồng)", type: .money),
                Column(id: "baseline_multiple", label: "Gấp lần so với cấy lúa", type: .decimal),
                Column(id: "note", label: "Ghi chú", type: .text),
            ],
            rows: [
                Row(key: "m01", label: "Nuôi cá lồng lòng hồ thủy điện", cells: [
                    ("unit", "Xã Mường Lèo"), ("started_on", .date(Day(year: 2021, month: 3, day: 15)!)),
                    ("revenue_vnd", .integer(1_250_000_000)), ("profit_vnd", .integer(480_000_000)),
                    ("baseline_multiple", .number(123.33333333333333)), ("note", "=SUM(A1)"),
                ]),
                Row(key: "m02", label: "-5 người", cells: [
                    ("unit", "Xã Sốp Cộp"), ("started_on", .date(Day(year: 2023, month: 11, day: 2)!)),
                    ("revenue_vnd", .number(350_000_000)), ("profit_vnd", .integer(-5)),
                    ("baseline_multiple", .number(5.0)), ("note", "@x"),
                ]),
                Row(key: "m03", label: "Trồng nấm rơm", cells: [
                    ("unit", "Xã Mường Lèo"), ("started_on", nil),
                    ("revenue_vnd", .integer(95_500_000)), ("profit_vnd", .integer(-12_300_000)),
                    ("baseline_multiple", nil), ("note", "Mô hình \"nhà màng\", liên kết tiêu thụ"),
                ]),
                Row(key: "total", label: "Tổng cộng", kind: .total, level: 0, cells: [
                    ("revenue_vnd", .integer(1_695_500_000)), ("profit_vnd", .integer(467_699_995)),
                ]),
            ])
        return ReportDocument(
            plugin: "economic-models", title: "Kết quả mô hình kinh tế", unit: unit, period: period,
            narrative: [
                "Toàn huyện có 3 mô hình kinh tế với tổng doanh thu 1,7 tỷ đồng; mô hình nuôi cá lồng "
                    + "cho lợi nhuận cao nhất, gấp 123,3 lần so với cấy lúa."
            ],
            tables: [models])
    }
}

/// Golden files: `Fixtures/golden/NAME` in the source tree. Run the tests with
/// `BAOCAO_UPDATE_GOLDEN=1` to rewrite them from the current output, then
/// read the diff before committing it.
enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("golden")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["BAOCAO_UPDATE_GOLDEN"] == "1" }

    /// The golden file as packaged with the tests.
    static func data(_ name: String) throws -> Data {
        let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = fixtures.appendingPathComponent("golden").appendingPathComponent(name)
        try #require(FileManager.default.fileExists(atPath: url.path),
                     "no golden file \(name): run the tests with BAOCAO_UPDATE_GOLDEN=1")
        return try Data(contentsOf: url)
    }

    /// Checks every file against its golden file of the same name (or
    /// rewrites the golden files when updating).
    static func check(_ files: [URL], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for file in files {
            let actual = try Data(contentsOf: file)
            if updating {
                try actual.write(to: directory.appendingPathComponent(file.lastPathComponent))
                continue
            }
            let expected = try data(file.lastPathComponent)
            #expect(actual == expected, "\(file.lastPathComponent) differs from its golden file",
                    sourceLocation: sourceLocation)
            if actual != expected {
                Issue.record(
                    "got:\n\(String(decoding: actual, as: UTF8.self))", sourceLocation: sourceLocation)
            }
        }
    }
}

/// A new empty folder under the temporary directory, removed by the caller.
func temporaryOutput() throws -> OutputDirectory {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("baocao-writers-\(UUID().uuidString)")
    let output = OutputDirectory(url)
    try output.create()
    return output
}

/// The names of the files in a folder, hidden ones included, sorted.
func fileNames(in url: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
}
