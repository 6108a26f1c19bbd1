internal import DatasetReaders
internal import ReportModel

/// Table `models` (Kết quả các mô hình kinh tế): one row per model with a
/// result in the period, grouped by the model's own unit (units in file
/// order) with the unit's subtotal row directly above its models, as on the
/// paper forms, then `total`.
///
/// Column types: `unit`, `name`, `sector`, `scale` are text; `households` an
/// integer; `area_ha`, `output_tonnes`, `baseline_multiple` decimals; every
/// `…_vnd` column money. Levels: total 0, a unit's subtotal 1, a model 2.
enum ModelsTable {
    static let id = "models"
    static let columns: [(String, ColumnType)] = [
        ("unit", .text), ("name", .text), ("sector", .text), ("households", .integer), ("area_ha", .decimal),
        ("scale", .text), ("output_tonnes", .decimal), ("revenue_vnd", .money), ("cost_vnd", .money),
        ("profit_vnd", .money), ("profit_per_ha_vnd", .money), ("profit_per_household_vnd", .money),
        ("baseline_multiple", .decimal),
    ]

    static func table(_ results: [ModelResult], labels: PluginLabels) throws -> ReportTable {
        var rows: [Row] = []
        var start = results.startIndex
        while start < results.endIndex {
            // Results come grouped by unit: one run per unit.
            let unitID = results[start].unitID
            let end = results[start...].firstIndex { $0.unitID != unitID } ?? results.endIndex
            let group = results[start..<end]
            rows.append(Row(key: "unit:\(unitID)", label: results[start].unitName, kind: .subtotal, level: 1,
                            cells: sumCells(ModelSums(group))))
            for result in group {
                rows.append(Row(key: result.id, label: result.name, kind: .data, level: 2,
                                cells: try modelCells(result, labels: labels)))
            }
            start = end
        }
        rows.append(Row(key: "total", label: try labels.row("total"), kind: .total, level: 0,
                        cells: sumCells(ModelSums(results))))
        return ReportTable(
            id: id, title: try labels.tableTitle(id),
            columns: try columns.map { Column(id: $0.0, label: try labels.column(id, $0.0), type: $0.1) },
            rows: rows).withDecimalsAsNeeded(["area_ha", "output_tonnes"])
    }

    private static func modelCells(_ result: ModelResult, labels: PluginLabels) throws -> [(String, CellValue)] {
        [
            ("unit", .text(result.unitName)),
            ("name", .text(result.name)),
            ("sector", .text(try labels.row(result.sector.rawValue))),
            ("households", .figure(result.households)),
            ("area_ha", .figure(result.areaHa)),
            ("scale", scale(result)),
            ("output_tonnes", .figure(result.outputTonnes)),
            ("revenue_vnd", .figure(result.revenue)),
            ("cost_vnd", .figure(result.cost)),
            ("profit_vnd", .figure(result.profit)),
            ("profit_per_ha_vnd", .figure(result.profitPerHa)),
            ("profit_per_household_vnd", .figure(result.profitPerHousehold)),
            ("baseline_multiple", .figure(result.baselineMultiple)),
        ]
    }

    /// A subtotal's or the total's cells: text columns and the multiple empty.
    private static func sumCells(_ sums: ModelSums) -> [(String, CellValue)] {
        [
            ("households", .figure(sums.households)),
            ("area_ha", .figure(sums.areaHa)),
            ("output_tonnes", .figure(sums.outputTonnes)),
            ("revenue_vnd", .figure(sums.revenue)),
            ("cost_vnd", .figure(sums.cost)),
            ("profit_vnd", .figure(sums.profit)),
            ("profit_per_ha_vnd", .figure(sums.profitPerHa)),
            ("profit_per_household_vnd", .figure(sums.profitPerHousehold)),
        ]
    }

    /// `84 lồng`: the latest scale in Vietnamese notation and the model's
    /// scale unit; null without a quantity.
    static func scale(_ result: ModelResult) -> CellValue {
        guard let quantity = result.scaleQuantity else { return .null }
        let number = Notation.vietnamese.quantity(quantity)
        guard let unit = result.scaleUnit, !unit.isEmpty else { return .text(number) }
        return .text("\(number) \(unit)")
    }
}

extension CellValue {
    /// A number as a cell: whole numbers as integers (so `90` stays `90`),
    /// nil as null.
    static func figure(_ value: Double?) -> CellValue {
        guard let value else { return .null }
        return value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
    }
}
