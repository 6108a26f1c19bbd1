internal import DatasetReaders
internal import DatasetStore
internal import Mustache
internal import ReportModel
internal import ReportPlugins
internal import Yams

/// Words the Party document header from `Templates/LANG/document.yaml`,
/// `dataset.yaml` and the report unit.
struct DocumentHeaderBuilder {
    private struct Labels: Decodable {
        var partyLine: String
        var documentKind: String
        var dateLine: String
        var subjectOne: String
        var subjectSeveral: String
        var recipientsHeading: String

        enum CodingKeys: String, CodingKey {
            case partyLine = "party_line", documentKind = "document_kind", dateLine = "date_line"
            case subjectOne = "subject_one", subjectSeveral = "subject_several"
            case recipientsHeading = "recipients_heading"
        }
    }

    private let labels: Labels
    private let file: String
    // Parsed once: a batch words thousands of headers with them.
    private let subjectOne: MustacheTemplate
    private let subjectSeveral: MustacheTemplate
    private let dateLine: MustacheTemplate

    init(templates: TemplateSet) throws {
        let (text, file) = try templates.read("document.yaml")
        self.file = file
        do {
            labels = try YAMLDecoder().decode(Labels.self, from: text)
        } catch {
            throw TemplateError(file: file, message: "\(error)")
        }
        func parse(_ source: String) throws -> MustacheTemplate {
            do {
                return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source)
            } catch {
                throw TemplateError(file: file, message: "\(error)")
            }
        }
        subjectOne = try parse(labels.subjectOne)
        subjectSeveral = try parse(labels.subjectSeveral)
        dateLine = try parse(labels.dateLine)
    }

    func header(unit: PartyUnit, store: DatasetStore, period: Period, date: Day, reportTitles: [String]) -> DocumentHeader {
        let config = store.config
        // The issuing body is the report unit; above it, its parent's header
        // name, or dataset.yaml's upper body for the root.
        var issuing = [unit.headerName]
        if let parentID = unit.parentID, let parent = store.unit(parentID) {
            issuing.insert(parent.headerName, at: 0)
        } else if let upper = config.upperBody {
            issuing.insert(upper, at: 0)
        }
        let periodText = VietnameseDate.period(period)
        let subject = reportTitles.count == 1
            ? subjectOne.render(["title": lowercasedFirst(reportTitles[0]), "period": periodText])
            : subjectSeveral.render(["period": periodText])
        var signature: [String] = []
        if let s = config.signature {
            signature = [s.onBehalf, s.role].compactMap { $0 }
            if let name = s.name { signature.append(name) }
        }
        return DocumentHeader(
            issuingBodyLines: issuing, partyLine: labels.partyLine,
            placeAndDate: dateLine.render(["date": VietnameseDate.long(date)].merging(
                config.place.map { ["place": $0] } ?? [:]) { a, _ in a }),
            documentKind: labels.documentKind, subject: subject, recipientsHeading: labels.recipientsHeading,
            recipients: config.recipients, signature: signature, date: date,
            author: config.name ?? unit.name)
    }

    private func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
