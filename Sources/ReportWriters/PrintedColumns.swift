public import ReportModel

extension ReportTable {
    /// The columns a printed table shows: all but the text columns that only
    /// repeat each row's label (a model's name beside the model), which a
    /// reader would see twice. CSV and JSON keep them: they are data.
    public var printedColumns: [Column] {
        columns.filter { column in
            column.type != .text || rows.isEmpty || !rows.allSatisfy { row in
                row[column.id] == .text(row.label) || (row.kind != .data && row[column.id].isNull)
            }
        }
    }

    /// The table with only its `printedColumns`.
    public var printed: ReportTable {
        var table = self
        table.columns = printedColumns
        return table
    }
}
