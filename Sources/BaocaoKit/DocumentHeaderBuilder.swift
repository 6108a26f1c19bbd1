internal import DatasetReaders
internal import DatasetStore
internal import Mustache
internal import ReportModel
internal import ReportPlugins
internal import Yams

/// Words the Party document header from `Templates/LANG/document.yaml`,
/// `dataset.yaml` and the report unit.
///
/// The identity — signature, number, recipients, place — is the report
/// unit's: the defaults of its kind (document.yaml `kinds:`), then
/// dataset.yaml's `documents.by_kind`, the root's own `signature:` and
/// `recipients:` (for the root only), and `documents.by_unit`, each part
/// overriding the one before. A signer's name is never borrowed from another
/// unit: without one the line is left blank for a handwritten signature.
struct DocumentHeaderBuilder {
    private struct KindDefaults: Decodable {
        var onBehalf: String?
        var role: String?
        var number: String?
        var recipients: [String]?

        enum CodingKeys: String, CodingKey { case onBehalf = "on_behalf", role, number, recipients }
    }

    private struct Labels: Decodable {
        var partyLine: String
        var documentKind: String
        var dateLine: String
        var subjectOne: String
        var subjectSeveral: String
        var recipientsHeading: String
        var numberLine: String?
        var kinds: [String: KindDefaults]?
        var committee: [String: String]?
        var aboveRoot: [String: String]?

        enum CodingKeys: String, CodingKey {
            case partyLine = "party_line", documentKind = "document_kind", dateLine = "date_line"
            case subjectOne = "subject_one", subjectSeveral = "subject_several"
            case recipientsHeading = "recipients_heading", numberLine = "number_line", kinds, committee
            case aboveRoot = "above_root"
        }
    }

    /// What `--number` leaves to be written by hand: `Số      -BC/HU`.
    static let blankNumber = String(repeating: " ", count: 6)

    private let labels: Labels
    private let file: String
    // Parsed once: a batch words thousands of headers with them.
    private let subjectOne: MustacheTemplate
    private let subjectSeveral: MustacheTemplate
    private let dateLine: MustacheTemplate
    private let numberLine: MustacheTemplate?
    private let recipientsByKind: [String: [MustacheTemplate]]

    /// How the header writes its period and date.
    private let notation: Notation

    init(templates: TemplateSet, notation: Notation = .vietnamese) throws {
        let (text, file) = try templates.read("document.yaml")
        self.file = file
        self.notation = notation
        do {
            labels = try YAMLDecoder().decode(Labels.self, from: text)
        } catch {
            throw TemplateError(file: file, reading: error)
        }
        func parse(_ source: String) throws -> MustacheTemplate {
            do {
                return try MustacheSyntax.template(source)
            } catch {
                throw TemplateError(file: file, message: MustacheSyntax.message(for: error))
            }
        }
        subjectOne = try parse(labels.subjectOne)
        subjectSeveral = try parse(labels.subjectSeveral)
        dateLine = try parse(labels.dateLine)
        numberLine = try labels.numberLine.map(parse)
        var recipientsByKind: [String: [MustacheTemplate]] = [:]
        for (kind, defaults) in labels.kinds ?? [:] {
            recipientsByKind[kind] = try (defaults.recipients ?? []).map(parse)
        }
        self.recipientsByKind = recipientsByKind
    }

    /// `number`: `--number`, or nil for a line with a blank to fill in by hand.
    func header(unit: PartyUnit, store: DatasetStore, period: Period, date: Day, reportTitles: [String],
                number: String? = nil) -> DocumentHeader {
        let config = store.config
        // The issuing body is the report unit; above it, its parent's header
        // name, or dataset.yaml's upper body for the root.
        var issuing = [unit.headerName]
        let parent = unit.parentID.flatMap { store.unit($0) }
        if let parent {
            issuing.insert(parent.headerName, at: 0)
        } else if let upper = config.upperBody {
            issuing.insert(upper, at: 0)
        }
        let periodText = notation.period(period)
        let subject = reportTitles.count == 1
            ? subjectOne.render(["title": lowercasedFirst(reportTitles[0]), "period": periodText])
            : subjectSeveral.render(["period": periodText])

        let kind = unit.kind.rawValue
        let defaults = labels.kinds?[kind]
        let root = parent == nil
            ? DatasetConfig.Identity(signature: config.signature,
                                     recipients: config.recipients.isEmpty ? nil : config.recipients)
            : nil
        let own = config.documents.byUnit[unit.id]
        let layers = [config.documents.byKind[kind], root, own].compactMap(\.self)
        func chosen<Value>(_ base: Value?, _ part: (DatasetConfig.Identity) -> Value?) -> Value? {
            layers.reduce(base) { part($1) ?? $0 }
        }
        let upper = parent.map { labels.committee?[$0.kind.rawValue] } ?? labels.aboveRoot?[kind]
        let defaultRecipients = recipientsByKind[kind].map { templates in
            templates.map { $0.render(["upper": upper ?? ""]) }
        }
        // Only the root's own signature: and by_unit name a person.
        let name = own?.signature?.name ?? root?.signature?.name
        let titles = [chosen(defaults?.onBehalf) { $0.signature?.onBehalf }, chosen(defaults?.role) { $0.signature?.role }]
            .compactMap(\.self)
        let signature = titles.isEmpty && name == nil ? [] : titles + [name ?? ""]
        let suffix = chosen(defaults?.number) { $0.number }
        let numberText = suffix.flatMap { suffix in
            numberLine?.render(["number": number ?? Self.blankNumber, "suffix": suffix])
        }
        let placeText = own?.place ?? config.documents.byKind[kind]?.place ?? config.place
        return DocumentHeader(
            issuingBodyLines: issuing, number: numberText, partyLine: labels.partyLine,
            placeAndDate: dateLine.render(["date": notation.longDate(date)].merging(
                placeText.map { ["place": $0] } ?? [:]) { a, _ in a }),
            documentKind: labels.documentKind, subject: subject, recipientsHeading: labels.recipientsHeading,
            recipients: chosen(defaultRecipients) { $0.recipients } ?? [], signature: signature, date: date,
            author: config.name ?? unit.name)
    }

    private func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
