internal import DatasetReaders
internal import ReportModel

/// Table `by_sector` (Mô hình kinh tế theo lĩnh vực): one row per sector
/// with a model in table `models`, in the order of `EconomicSector`'s cases
/// (crops, livestock, aquaculture, forestry, tourism, processing, services,
/// other), then `total`. `models` and `households` are integers, area and
/// output decimals, revenue and profit money; sums as in `ModelSums`.
enum SectorTable {
    static let id = "by_sector"
    static let columns: [(String, ColumnType)] = [
        ("models", .integer), ("households", .integer), ("area_ha", .decimal), ("output_tonnes", .decimal),
        ("revenue_vnd", .money), ("profit_vnd", .money),
    ]

    static func table(_ results: [ModelResult], labels: PluginLabels) throws -> ReportTable {
        var rows: [Row] = []
        for sector in EconomicSector.allCases {
            let models = results.filter { $0.sector == sector }
            guard !models.isEmpty else { continue }
            rows.append(Row(key: sector.rawValue, label: try labels.row(sector.rawValue), kind: .data, level: 1,
                            cells: cells(ModelSums(models))))
        }
        rows.append(Row(key: "total", label: try labels.row("total"), kind: .total, level: 0,
                        cells: cells(ModelSums(results))))
        return ReportTable(
            id: id, title: try labels.tableTitle(id),
            columns: try columns.map { Column(id: $0.0, label: try labels.column(id, $0.0), type: $0.1) },
            rows: rows,
            chart: ChartDeclaration(kind: .column, series: ["revenue_vnd", "profit_vnd"])   // revenue and profit by sector
        ).withDecimalsAsNeeded(["area_ha", "output_tonnes"])
    }

    private static func cells(_ sums: ModelSums) -> [(String, CellValue)] {
        [
            ("models", .integer(sums.models)),
            ("households", .figure(sums.households)),
            ("area_ha", .figure(sums.areaHa)),
            ("output_tonnes", .figure(sums.outputTonnes)),
            ("revenue_vnd", .figure(sums.revenue)),
            ("profit_vnd", .figure(sums.profit)),
        ]
    }
}
