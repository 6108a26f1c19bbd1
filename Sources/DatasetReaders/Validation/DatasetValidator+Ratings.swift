internal import ReportModel

/// Checks of `ratings` across rows (SPEC §1.2, §1.3): each subject names a
/// unit or member by its type, and is rated once a year.
extension DatasetValidator {
    mutating func checkRatings(_ dataset: Dataset, _ references: References) {
        let schema = TableSchema.ratings
        let year = schema.position(of: "year"), type = schema.position(of: "subject_type")
        let subject = schema.position(of: "subject_id")
        /// One rating per subject and year: (year, subject type, subject id) → the row where it was first given.
        struct Key: Hashable {
            let year: Int32
            let isMember: Bool
            let id: String
        }
        guard let rows = dataset.rows[schema.name] else { return }
        let years = rows.columns[year], types = rows.columns[type], subjects = rows.columns[subject]
        var first: [Key: Int] = [:]
        first.reserveCapacity(rows.count)
        // A subject's ratings are usually on consecutive rows: its reference is looked up once for them
        // (and an unknown one still reported on each).
        var checked: (id: String, type: TargetType, problem: Message?)?
        for index in 0..<rows.count {
            guard case .integer(let year) = years[index], let typeID = types[index]?.text,
                  let subjectType = TargetType(rawValue: typeID), let id = subjects[index]?.text else { continue }
            if checked?.id != id || checked?.type != subjectType {
                checked = (id, subjectType, references.unknown(id, as: subjectType))
            }
            if let problem = checked?.problem {
                problems.append(Problem(at: rows.source(index), column: "subject_id", message: problem))
            }
            let key = Key(year: Int32(clamping: year), isMember: subjectType == .member, id: id)
            // One lookup: a repeat is rare, and then the first row is put back.
            guard let earlier = first.updateValue(index, forKey: key) else { continue }
            first[key] = earlier
            let at = rows.source(earlier)
            problems.append(Problem(at: rows.source(index), column: "subject_id", message:
                subjectType == .member ? Message("member \(id) is rated twice in \(year) (first at \(at))")
                                       : Message("unit \(id) is rated twice in \(year) (first at \(at))")))
        }
    }
}
