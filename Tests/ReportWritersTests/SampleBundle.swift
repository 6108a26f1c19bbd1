import ReportModel

/// A hand-made bundle exercising every part of the XLSX layout: group
/// headers, every column type, nulls, subtotal/total rows with levels, a
/// narrative, formula-looking text and a title too long for a sheet name.
enum XLSXSampleBundle {
    static let unit = UnitReference(id: "sc", name: "Đảng bộ huyện Sốp Cộp")
    static let period = PeriodReference(Period(year: 2021, kind: .year))

    static let header = DocumentHeader(
        issuingBodyLines: ["Đảng bộ tỉnh Sơn La", "Huyện ủy Sốp Cộp"],
        partyLine: "ĐẢNG CỘNG SẢN VIỆT NAM",
        placeAndDate: "Sốp Cộp, ngày 05 tháng 01 năm 2022",
        documentKind: "BÁO CÁO",
        subject: "kết quả công tác xây dựng Đảng năm 2021",
        recipientsHeading: "Nơi nhận:",
        recipients: ["Ban Thường vụ Tỉnh ủy (b/c),", "Các chi, đảng bộ trực thuộc,", "Lưu Văn phòng Huyện ủy."],
        signature: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Quàng Văn Tiêu"],
        date: Day(year: 2022, month: 1, day: 5)!,
        author: "Văn phòng Huyện ủy Sốp Cộp")

    static let memberGrowthTitle = "Tình hình phát triển đảng viên"
    static let modelsTitle = "Kết quả thực hiện các mô hình phát triển kinh tế: năm 2021"

    static var bundle: ReportBundle {
        ReportBundle(unit: unit, period: period, reports: [memberGrowth, models], header: header)
    }

    /// Like `member-growth`: a wide `movement` table with Tăng/Giảm groups.
    static var memberGrowth: ReportDocument {
        let increase = "Tăng", decrease = "Giảm"
        let columns = [
            Column(id: "opening", label: "Đầu kỳ", type: .integer),
            Column(id: "admitted", label: "Kết nạp", type: .integer, group: increase),
            Column(id: "restored", label: "Phục hồi", type: .integer, group: increase),
            Column(id: "transferred_in", label: "Chuyển đến", type: .integer, group: increase),
            Column(id: "died", label: "Từ trần", type: .integer, group: decrease),
            Column(id: "expelled", label: "Khai trừ", type: .integer, group: decrease),
            Column(id: "removed", label: "Xóa tên", type: .integer, group: decrease),
            Column(id: "resigned", label: "Xin ra", type: .integer, group: decrease),
            Column(id: "transferred_out", label: "Chuyển đi", type: .integer, group: decrease),
            Column(id: "closing", label: "Cuối kỳ", type: .integer),
            Column(id: "admitted_ytd", label: "Kết nạp từ đầu năm", type: .integer),
            Column(id: "admission_target", label: "Chỉ tiêu kết nạp", type: .integer),
            Column(id: "admission_target_pct", label: "Tỷ lệ đạt chỉ tiêu (%)", type: .percent),
        ]
        func unitRow(_ key: String, _ label: String, kind: RowKind = .data, level: Int,
                     _ values: [Int], target: Int?) -> Row {
            let ids = ["opening", "admitted", "restored", "transferred_in", "died", "expelled", "removed",
                       "resigned", "transferred_out"]
            var cells: [(String, CellValue)] = zip(ids, values).map { ($0, .integer($1)) }
            let closing = values[0] + values[1] + values[2] + values[3] - values[4...8].reduce(0, +)
            cells.append(("closing", .integer(closing)))
            cells.append(("admitted_ytd", .integer(values[1])))
            cells.append(("admission_target", target.map { .integer($0) } ?? .null))
            cells.append(("admission_target_pct",
                          target.map { .number(Double(values[1]) / Double($0) * 100) } ?? .null))
            return Row(key: key, label: label, kind: kind, level: level, cells: cells)
        }
        let rows = [
            unitRow("u01", "Đảng bộ xã Mường Lèo", level: 2, [321, 12, 0, 2, 1, 0, 0, 0, 1], target: 9),
            unitRow("u02", "Đảng bộ xã Sam Kha", level: 2, [298, 9, 1, 0, 2, 0, 1, 0, 0], target: 9),
            unitRow("u03", "Đảng bộ xã Mường Và", level: 2, [402, 15, 0, 1, 0, 1, 0, 0, 2], target: nil),
            unitRow("communes", "Khối xã", kind: .subtotal, level: 1, [1021, 36, 1, 3, 3, 1, 1, 0, 3], target: 18),
            unitRow("u04", "Chi bộ Cơ quan Ủy ban nhân dân huyện", level: 2, [85, 3, 0, 4, 0, 0, 0, 0, 1], target: 3),
            unitRow("u05", "Chi bộ Công an huyện", level: 2, [64, 4, 0, 2, 0, 0, 0, 0, 0], target: 3),
            unitRow("u06", "Chi bộ Quân sự huyện", level: 2, [40, 2, 0, 0, 0, 0, 0, 0, 2], target: 2),
            unitRow("agencies", "Khối cơ quan", kind: .subtotal, level: 1, [189, 9, 0, 6, 0, 0, 0, 0, 3], target: 8),
            unitRow("total", "Tổng số", kind: .total, level: 0, [1210, 45, 1, 9, 3, 1, 1, 0, 6], target: 26),
        ]
        let newMembers = ReportTable(
            id: "new_members", title: "Cơ cấu đảng viên mới kết nạp",
            columns: [
                Column(id: "admitted", label: "Số kết nạp", type: .integer),
                Column(id: "female", label: "Nữ", type: .integer),
                Column(id: "ethnic_minority", label: "Dân tộc thiểu số", type: .integer),
                Column(id: "average_age", label: "Tuổi bình quân", type: .decimal),
            ],
            rows: [
                Row(key: "communes", label: "Khối xã", level: 1,
                    cells: [("admitted", 36), ("female", 17), ("ethnic_minority", 30), ("average_age", .number(27.43))]),
                Row(key: "agencies", label: "Khối cơ quan", level: 1,
                    cells: [("admitted", 9), ("female", 4), ("ethnic_minority", nil), ("average_age", .number(31.05))]),
                Row(key: "total", label: "Tổng số", kind: .total, level: 0,
                    cells: [("admitted", 45), ("female", 21), ("ethnic_minority", 34), ("average_age", .number(28.16))]),
            ])
        return ReportDocument(
            plugin: "member-growth", title: memberGrowthTitle, unit: unit, period: period,
            narrative: [
                "Năm 2021, toàn Đảng bộ kết nạp 45 đảng viên, đạt 173,1% kế hoạch; công nhận đảng viên chính thức cho 38 đồng chí. Đến cuối năm, Đảng bộ có 1.254 đảng viên, trong đó 1.139 đảng viên chính thức và 115 đảng viên dự bị, tăng 44 đảng viên so với đầu năm.",
                "Công tác phát triển đảng viên ở các chi bộ thôn, bản vùng cao còn gặp khó khăn; một số chi bộ chưa kết nạp được đảng viên mới trong năm.",
            ],
            tables: [
                ReportTable(id: "movement", title: "Biến động đảng viên", columns: columns, rows: rows),
                newMembers,
            ])
    }

    /// Like `economic-models`: text, money, decimal and date columns, and
    /// text a spreadsheet could take for a formula.
    static var models: ReportDocument {
        let columns = [
            Column(id: "name", label: "Tên mô hình", type: .text),
            Column(id: "started", label: "Ngày bắt đầu", type: .date),
            Column(id: "area_ha", label: "Diện tích (ha)", type: .decimal),
            Column(id: "revenue_vnd", label: "Doanh thu (đồng)", type: .money),
            Column(id: "note", label: "Ghi chú", type: .text),
        ]
        let rows = [
            Row(key: "m1", label: "Đảng bộ xã Mường Lèo", level: 1, cells: [
                ("name", "Nuôi cá lồng trên lòng hồ"), ("started", .date(Day(year: 2019, month: 3, day: 15)!)),
                ("area_ha", .number(2.55)), ("revenue_vnd", .integer(1_250_000_000)), ("note", "=SUM(A1)"),
            ]),
            Row(key: "m2", label: "Đảng bộ xã Sam Kha", level: 1, cells: [
                ("name", "Trồng cây ăn quả"), ("started", .date(Day(year: 2020, month: 11, day: 2)!)),
                ("area_ha", .number(14.0)), ("revenue_vnd", .integer(3_480_500_000)), ("note", "-5 người"),
            ]),
            Row(key: "m3", label: "Chi bộ bản Nà Khi", level: 1, cells: [
                ("name", "Chăn nuôi bò sinh sản"), ("started", nil),
                ("area_ha", nil), ("revenue_vnd", .integer(640_000_000)), ("note", "+84 hộ @ bản"),
            ]),
            Row(key: "total", label: "Tổng số", kind: .total, level: 0, cells: [
                ("area_ha", .number(16.55)), ("revenue_vnd", .integer(5_370_500_000)),
            ]),
        ]
        return ReportDocument(
            plugin: "economic-models", title: modelsTitle, unit: unit, period: period,
            narrative: ["Toàn huyện có 3 mô hình kinh tế với tổng doanh thu 5,4 tỷ đồng."],
            tables: [ReportTable(id: "models", title: "Các mô hình kinh tế", columns: columns, rows: rows)])
    }
}
