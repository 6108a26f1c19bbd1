internal import ReportModel

/// Checks of `ratings` across rows (SPEC §1.2, §1.3): each subject names a
/// unit or member by its type, and is rated once a year.
extension DatasetValidator {
    mutating func checkRatings(_ dataset: Dataset, _ references: References) {
        let schema = TableSchema.ratings
        let yearColumn = schema.position(of: "year"), typeColumn = schema.position(of: "subject_type")
        let subjectColumn = schema.position(of: "subject_id")
        guard let rows = dataset.rows[schema.name], case .integers(let years) = rows.column(yearColumn).values,
              case .choices(let types) = rows.column(typeColumn).values,
              let subjects = rows.column(subjectColumn).codedTexts else { return }
        /// The years each subject was rated in, with the row where each was first given.
        struct Subject: Hashable {
            let isMember: Bool
            /// The code of its id.
            let id: Int32
        }
        var ratedYears: [Subject: RatedYears] = [:]
        ratedYears.reserveCapacity(subjects.texts.count)
        // A subject's ratings are usually on consecutive rows: its reference and its years are looked
        // up once for them, and put back when the next subject comes (an unknown one is still
        // reported on each row). Kept in variables of their own, not a tuple copied on every row.
        var subject: Subject?, subjectType = TargetType.member, problem: Message?, rated = RatedYears()
        let typeOfCode = types.texts.map { TargetType(rawValue: $0) }
        for index in 0..<rows.count {
            let typeCode = types.codes[index], code = subjects.codes[index]
            guard let year = years[index], typeCode >= 0, code >= 0, let type = typeOfCode[Int(typeCode)] else {
                continue
            }
            let id = subjects.texts[Int(code)]
            if subject?.id != code || subjectType != type {
                if let subject { ratedYears[subject] = rated }
                let next = Subject(isMember: type == .member, id: code)
                (subject, subjectType, problem) = (next, type, references.unknown(id, as: type))
                rated = ratedYears.removeValue(forKey: next) ?? RatedYears()   // taken out: held once, not copied
            }
            if let problem {
                problems.append(Problem(at: rows.source(index), column: "subject_id", message: problem))
            }
            guard let earlier = rated.row(of: year) else {
                rated.add(year, row: index)
                continue
            }
            let at = rows.source(earlier)
            problems.append(Problem(at: rows.source(index), column: "subject_id", message:
                type == .member ? Message("member \(id) is rated twice in \(year) (first at \(at))")
                                : Message("unit \(id) is rated twice in \(year) (first at \(at))")))
        }
    }
}

/// The years a subject was rated in, each with the row that first gave it:
/// a short list searched in place, a table once it is long (a subject rated
/// in thousands of years must not cost a search of them all per row).
private struct RatedYears {
    private static let listed = 16
    private var list: [(year: Int, row: Int)] = []
    private var table: [Int: Int] = [:]

    func row(of year: Int) -> Int? {
        list.count < Self.listed ? list.first { $0.year == year }?.row : table[year]
    }

    mutating func add(_ year: Int, row: Int) {
        if list.isEmpty { list.reserveCapacity(Self.listed) }   // one allocation a subject, not one per doubling
        if list.count < Self.listed {
            list.append((year, row))
            if list.count == Self.listed { table = Dictionary(list, uniquingKeysWith: { first, _ in first }) }
        } else {
            table[year] = row
        }
    }
}
