internal import DatasetReaders
internal import ReportModel

/// Tables `discipline` (Thi hành kỷ luật) and `petitions` (Tiếp nhận, giải
/// quyết đơn thư): fixed rows by target type or petition kind, then `total`.
enum CaseTables {
    static let disciplineColumns = DisciplineForm.allCases.map(\.rawValue) + ["total"]

    /// Rows `organization`, `member`, `total`; columns the forms, then `total`.
    static func discipline(_ counts: [TargetType: [DisciplineForm: Int]], labels: PluginLabels) throws -> ReportTable {
        let table = "discipline"
        func cells(_ byForm: [DisciplineForm: Int]) -> [(String, CellValue)] {
            DisciplineForm.allCases.map { ($0.rawValue, .integer(byForm[$0] ?? 0)) }
                + [("total", .integer(byForm.values.reduce(0, +)))]
        }
        var rows = try TargetType.allCases.map {
            Row(key: $0.rawValue, label: try labels.row($0.rawValue), kind: .data, level: 1, cells: cells(counts[$0] ?? [:]))
        }
        let all = counts.values.reduce(into: [DisciplineForm: Int]()) { sum, byForm in
            sum.merge(byForm, uniquingKeysWith: +)
        }
        rows.append(Row(key: "total", label: try labels.row("total"), kind: .total, level: 0, cells: cells(all)))
        return ReportTable(
            id: table, title: try labels.tableTitle(table),
            columns: try disciplineColumns.map { Column(id: $0, label: try labels.column(table, $0), type: .integer) },
            rows: rows)
    }

    static let petitionColumns: [(id: String, group: String?)] = [
        ("carried_over", nil), ("received", nil),
        ("resolved", "closed"), ("archived", "closed"), ("forwarded", "closed"),
        ("pending", nil),
    ]

    /// Rows `complaint`, `denunciation`, `petition`, `total`.
    static func petitions(_ counts: [PetitionKind: InspectionQueries.PetitionCounts],
                          labels: PluginLabels) throws -> ReportTable {
        let table = "petitions"
        func cells(_ c: InspectionQueries.PetitionCounts) -> [(String, CellValue)] {
            [("carried_over", .integer(c.carriedOver)), ("received", .integer(c.received)),
             ("resolved", .integer(c.resolved)), ("archived", .integer(c.archived)),
             ("forwarded", .integer(c.forwarded)), ("pending", .integer(c.pending))]
        }
        var rows = try PetitionKind.allCases.map {
            Row(key: $0.rawValue, label: try labels.row($0.rawValue), kind: .data, level: 1,
                cells: cells(counts[$0] ?? .init()))
        }
        let total = counts.values.reduce(InspectionQueries.PetitionCounts(), +)
        rows.append(Row(key: "total", label: try labels.row("total"), kind: .total, level: 0, cells: cells(total)))
        return ReportTable(
            id: table, title: try labels.tableTitle(table),
            columns: try petitionColumns.map {
                Column(id: $0.id, label: try labels.column(table, $0.id), type: .integer,
                       group: try $0.group.map { try labels.group(table, $0) })
            },
            rows: rows,
            // Letters by kind and status: settled (three ways) or still pending.
            chart: ChartDeclaration(kind: .column, series: ["resolved", "archived", "forwarded", "pending"]))
    }
}
