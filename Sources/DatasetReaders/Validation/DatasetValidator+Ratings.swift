internal import ReportModel

/// Checks of `ratings` across rows (SPEC §1.2, §1.3): each subject names a
/// unit or member by its type, and is rated once a year.
extension DatasetValidator {
    mutating func checkRatings(_ dataset: Dataset, _ references: References) {
        let schema = TableSchema.ratings
        let year = schema.position(of: "year"), type = schema.position(of: "subject_type")
        let subject = schema.position(of: "subject_id")
        /// One rating per subject and year: (year, subject type, subject id) → where it was first given.
        struct Key: Hashable {
            let year: Int32
            let isMember: Bool
            let id: String
        }
        var first: [Key: SourceLocation] = [:]
        for row in dataset.rows[schema.name] ?? [] {
            guard let year = row.integer(year), let typeID = row.text(type),
                  let subjectType = TargetType(rawValue: typeID), let id = row.text(subject) else { continue }
            if let problem = references.unknown(id, as: subjectType) {
                problems.append(Problem(at: row.source, column: "subject_id", message: problem))
            }
            let key = Key(year: Int32(clamping: year), isMember: subjectType == .member, id: id)
            if let earlier = first[key] {
                problems.append(Problem(at: row.source, column: "subject_id", message:
                    subjectType == .member ? Message("member \(id) is rated twice in \(year) (first at \(earlier))")
                                           : Message("unit \(id) is rated twice in \(year) (first at \(earlier))")))
            } else {
                first[key] = row.source
            }
        }
    }
}
