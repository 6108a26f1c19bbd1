internal import DatasetReaders
internal import DatasetStore
internal import ReportModel

/// The economic figures of SPEC §5.3 for one subtree and period, as SQL over
/// the store. `subtree` is the id of the unit at the subtree's top.
struct EconomicQueries {
    let store: DatasetStore

    /// Every model of the subtree with at least one result row whose period
    /// lies inside `period` (first day ≥ the period's first, last day ≤ its
    /// last), in display order: units in file order, models in file order
    /// within a unit. Flows are summed over those rows; stocks come from the
    /// latest of them (the largest last day; a model's periods never overlap).
    func modelResults(in subtree: String, _ period: Period) throws -> [ModelResult] {
        let rows = try store.query("""
            SELECT m.id, m.unit_id, u.name, m.name, m.sector, m.scale_unit, m.baseline_label,
                   m.baseline_revenue_per_ha_vnd,
                   r.households, r.area_ha, r.scale_quantity, r.output_tonnes, r.revenue_vnd, r.cost_vnd
            FROM economic_models m
            JOIN unit_tree t ON t.descendant_id = m.unit_id AND t.ancestor_id = ?1
            JOIN units u ON u.id = m.unit_id
            JOIN economic_results r ON r.model_id = m.id
            WHERE r.period_start >= ?2 AND r.period_end <= ?3
            ORDER BY u.position, m.position, r.period_end
            """, [.text(subtree), .text(period.start.description), .text(period.end.description)])
        var results: [ModelResult] = []
        for row in rows {
            let id = row[0].string ?? ""
            if results.last?.id != id {
                results.append(ModelResult(
                    id: id, unitID: row[1].string ?? "", unitName: row[2].string ?? "", name: row[3].string ?? "",
                    sector: row[4].string.flatMap(EconomicSector.init(rawValue:)) ?? .other,
                    scaleUnit: row[5].string, baselineLabel: row[6].string, baselineRevenuePerHa: row[7].double,
                    months: period.months))
            }
            // Rows come oldest first: each later row's stocks replace the earlier ones.
            results[results.count - 1].add(
                households: row[8].double, areaHa: row[9].double, scaleQuantity: row[10].double,
                outputTonnes: row[11].double, revenue: row[12].double ?? 0, cost: row[13].double ?? 0)
        }
        return results
    }

    /// Every indicator value of a unit of the subtree for exactly `period`
    /// (the row's period id is the report period's), with the value of the
    /// same unit and indicator for the same period last year; units in file
    /// order, then indicators in definition order (built-in, then dataset.yaml).
    func indicators(in subtree: String, _ period: Period) throws -> [IndicatorFigure] {
        let rows = try store.query("""
            SELECT i.unit_id, u.name, i.indicator, d.label, d.unit, d.better, i.value, i.target,
                   (SELECT p.value FROM indicators p
                    WHERE p.unit_id = i.unit_id AND p.indicator = i.indicator AND p.period = ?3)
            FROM indicators i
            JOIN unit_tree t ON t.descendant_id = i.unit_id AND t.ancestor_id = ?1
            JOIN units u ON u.id = i.unit_id
            JOIN indicator_definitions d ON d.id = i.indicator
            WHERE i.period = ?2
            ORDER BY u.position, d.position
            """, [.text(subtree), .text(period.id), .text(period.sameLastYear.id)])
        return rows.map { row in
            IndicatorFigure(
                unitID: row[0].string ?? "", unitName: row[1].string ?? "", indicator: row[2].string ?? "",
                label: row[3].string ?? "", measure: row[4].string,
                better: row[5].string.flatMap(IndicatorDirection.init(rawValue:)) ?? .higher,
                value: row[6].double ?? 0, target: row[7].double, priorYear: row[8].double)
        }
    }
}
