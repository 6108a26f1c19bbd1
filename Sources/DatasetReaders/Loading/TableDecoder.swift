internal import ReportModel

/// Turns one table's records, as they are read, into typed rows of the
/// dataset: finds the header, then decodes each record after it and lets it
/// go. Problems of the header and of every row are collected.
struct TableDecoder {
    private let schema: TableSchema
    private let location: String
    private let numberLocale: NumberLocale
    private var headerSearch: HeaderSearch
    private var table: MappedTable?
    private(set) var problems: [Problem] = []
    /// Records after the header, decoded or not.
    private(set) var rowCount = 0

    init(schema: TableSchema, location: String, numberLocale: NumberLocale) {
        self.schema = schema
        self.location = location
        self.numberLocale = numberLocale
        headerSearch = HeaderSearch(schema: schema)
    }

    /// Whether the header names every required column; rows are decoded only then.
    var hasRequiredColumns: Bool { table?.hasRequiredColumns ?? false }

    mutating func take(_ record: SourceRecord, into dataset: inout Dataset) {
        if let table {
            decode(record, of: table, into: &dataset)
        } else if let (header, following) = headerSearch.offer(record) {
            start(header: header, following: following, into: &dataset)
        }
    }

    /// At the end of the table: a table shorter than the header search still has its header.
    mutating func finish(into dataset: inout Dataset) {
        guard table == nil else { return }
        if let (header, following) = headerSearch.finish() {
            start(header: header, following: following, into: &dataset)
        } else {
            problems.append(Problem(file: location, line: 1, message: "the table is empty; expected a header row"))
        }
    }

    private mutating func start(header: SourceRecord, following: [SourceRecord], into dataset: inout Dataset) {
        let (mapped, headerProblems) = MappedTable.map(header: header, schema: schema, file: location)
        table = mapped
        problems += headerProblems
        for record in following { decode(record, of: mapped, into: &dataset) }
    }

    private mutating func decode(_ record: SourceRecord, of table: MappedTable, into dataset: inout Dataset) {
        let sequence = rowCount
        rowCount += 1
        guard table.hasRequiredColumns else { return }
        var reader = RowReader(table: table, record: record, numberLocale: numberLocale)
        if record.fields.count > table.headerCount, record.fields[table.headerCount...].contains(where: { !$0.isEmpty }) {
            reader.report(nil, "\(record.fields.count) fields, but the header has \(table.headerCount); "
                + "a value holding the delimiter must be quoted")
        }
        switch schema.name {
        case TableSchema.units.name: reader.unit().map { dataset.units.append($0) }
        case TableSchema.members.name: reader.member().map { dataset.members.append($0) }
        case TableSchema.memberEvents.name: reader.memberEvent(sequence: sequence).map { dataset.events.append($0) }
        case TableSchema.targets.name: reader.target().map { dataset.targets.append($0) }
        case TableSchema.inspections.name: reader.inspection().map { dataset.inspections.append($0) }
        case TableSchema.disciplines.name: reader.discipline().map { dataset.disciplines.append($0) }
        case TableSchema.petitions.name: reader.petition().map { dataset.petitions.append($0) }
        case TableSchema.economicModels.name: reader.economicModel().map { dataset.economicModels.append($0) }
        case TableSchema.economicResults.name: reader.economicResult().map { dataset.economicResults.append($0) }
        case TableSchema.indicators.name: reader.indicatorValue().map { dataset.indicators.append($0) }
        default: break
        }
        if !reader.problems.isEmpty, let id = reader.optional(Self.idColumn[schema.name] ?? "id") {
            dataset.idsOfInvalidRows[schema.name, default: []].insert(id)
        }
        problems += reader.problems
    }

    /// The column naming what a bad row's problems are about, when it is not `id`.
    private static let idColumn = ["member_events": "member_id", "economic_results": "model_id"]
}
