internal import DatasetReaders

/// A plugin's own input table (`inputs:` in plugin.yaml) as the loader's
/// declaration: read, checked and stored exactly like SPEC §1's tables.
extension PluginManifest.Input {
    func schema(name: String) -> TableSchema {
        TableSchema(name: name, columns: columns.map { column in
            let aliases = ((column.alias.map { [$0] } ?? []) + (column.aliases ?? []))
                .flatMap { $0.split(separator: "|").map(String.init) }
            return TableSchema.Column(
                column.name, aliases: aliases, type: column.columnType, required: column.required ?? false,
                references: column.references, minimum: column.min)
        })
    }
}

extension PluginManifest.Input.Column {
    /// The declared type; `choice` with its values, by id, each label list split at `|`.
    var columnType: TableSchema.ColumnType {
        switch type {
        case "integer": .integer
        case "number": .number
        case "date": .date
        case "period": .period
        case "bool": .bool
        case "choice":
            .choice(TableSchema.Choices((values ?? [:]).sorted { $0.key < $1.key }.map { id, labels in
                TableSchema.Choice(id, labels: labels.split(separator: "|").map(String.init))
            }, noun: .verbatim(name)))
        default: .text
        }
    }
}
