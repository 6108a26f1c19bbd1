public import DatasetReaders
public import DatasetStore
public import ReportModel

/// The rows of a table broken down by unit (SPEC §3): one row per direct child
/// of the report unit, in file order, each covering the child's subtree, then
/// `total` for the report unit's whole subtree (including anything registered
/// on the report unit itself).
public struct UnitRows {
    /// A row to fill: its key, label and kind, and the unit whose subtree it covers.
    public struct Slot {
        public let key: String
        public let label: String
        public let kind: RowKind
        public let level: Int
        public let subtreeRoot: String
    }

    public let slots: [Slot]

    public init(for unit: PartyUnit, in store: DatasetStore, totalLabel: String) {
        slots = store.children(of: unit.id).map {
            Slot(key: $0.id, label: $0.name, kind: .data, level: 1, subtreeRoot: $0.id)
        } + [Slot(key: "total", label: totalLabel, kind: .total, level: 0, subtreeRoot: unit.id)]
    }

    /// One row per slot, cells from `cells(subtreeRoot)` in column order.
    public func rows(_ cells: (String) throws -> [(String, CellValue)]) rethrows -> [Row] {
        try slots.map { slot in
            Row(key: slot.key, label: slot.label, kind: slot.kind, level: slot.level, cells: try cells(slot.subtreeRoot))
        }
    }
}
