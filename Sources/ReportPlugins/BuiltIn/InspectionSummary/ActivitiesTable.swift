internal import DatasetReaders
internal import ReportModel

/// Table `activities` (Kết quả kiểm tra, giám sát), laid out like the paper
/// form: each subtotal directly above the rows it sums.
///
/// ```
/// I. Huyện ủy thực hiện                       own                          subtotal, level 1
///   1. Ban Thường vụ                          own.standing_committee       subtotal, level 2
///     – Kiểm tra theo chương trình            own.standing_committee.inspection   data, level 3
/// II. Cấp ủy, tổ chức đảng cấp dưới thực hiện subordinate                  subtotal, level 1
/// …
/// Tổng cộng                                   total                        total, level 0
/// ```
///
/// Only combinations with at least one campaign get a row; levels in the
/// order own, subordinate; bodies and kinds in their enum order. Subtotal and
/// total rows are sums of the rows under them. With no campaign the table is
/// the `total` row of zeros.
enum ActivitiesTable {
    static let id = "activities"

    static let columns: [(id: String, group: String?)] = [
        ("campaigns", nil),
        ("organizations", "inspected"), ("members", "inspected"),
        ("organizations_with_violations", nil), ("members_with_violations", nil),
    ]

    /// The table from the counts of each (level, body, kind) with a campaign.
    static func make(_ counts: [InspectionQueries.ActivityKey: InspectionQueries.ActivityCounts],
                     wording: InspectionWording) throws -> ReportTable {
        let labels = wording.labels
        var rows: [Row] = []
        var total = InspectionQueries.ActivityCounts()
        let levelNumbers = ["I", "II"]
        for level in InspectionQueries.Level.allCases {
            var levelRows: [Row] = []
            var levelSum = InspectionQueries.ActivityCounts()
            for body in InspectionBody.allCases {
                var bodyRows: [Row] = []
                var bodySum = InspectionQueries.ActivityCounts()
                for kind in InspectionKind.allCases {
                    guard let figures = counts[.init(level: level, body: body, kind: kind)], figures.campaigns > 0
                    else { continue }
                    bodySum = bodySum + figures
                    bodyRows.append(row(
                        key: "\(level.rawValue).\(body.rawValue).\(kind.rawValue)",
                        label: "– " + (try labels.row(kind.rawValue)), kind: .data, level: 3, figures))
                }
                guard !bodyRows.isEmpty else { continue }
                levelSum = levelSum + bodySum
                let number = levelRows.filter { $0.level == 2 }.count + 1
                levelRows.append(row(
                    key: "\(level.rawValue).\(body.rawValue)", label: "\(number). " + (try labels.row(body.rawValue)),
                    kind: .subtotal, level: 2, bodySum))
                levelRows += bodyRows
            }
            guard !levelRows.isEmpty else { continue }
            total = total + levelSum
            let number = levelNumbers[rows.filter { $0.level == 1 }.count]
            rows.append(row(key: level.rawValue, label: "\(number). " + (try wording.levelLabel(level)),
                            kind: .subtotal, level: 1, levelSum))
            rows += levelRows
        }
        rows.append(row(key: "total", label: try labels.row("total"), kind: .total, level: 0, total))
        return ReportTable(
            id: id, title: try labels.tableTitle(id),
            columns: try columns.map {
                Column(id: $0.id, label: try labels.column(id, $0.id), type: .integer,
                       group: try $0.group.map { try labels.group(id, $0) })
            },
            rows: rows)
    }

    private static func row(key: String, label: String, kind: RowKind, level: Int,
                            _ figures: InspectionQueries.ActivityCounts) -> Row {
        Row(key: key, label: label, kind: kind, level: level, cells: [
            ("campaigns", .integer(figures.campaigns)),
            ("organizations", .integer(figures.organizations)),
            ("members", .integer(figures.members)),
            ("organizations_with_violations", .integer(figures.organizationsWithViolations)),
            ("members_with_violations", .integer(figures.membersWithViolations)),
        ])
    }
}
