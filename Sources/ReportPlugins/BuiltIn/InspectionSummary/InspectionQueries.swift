internal import DatasetReaders
internal import DatasetStore
internal import ReportModel

/// The inspection, discipline and petition figures of SPEC §5.2 for one
/// report unit's subtree, as SQL over the store. Dates are ISO text, so they
/// compare as text; every range is inclusive.
struct InspectionQueries {
    let store: DatasetStore

    /// The figures of one (level, body, kind) combination of table `activities`.
    struct ActivityCounts: Equatable {
        /// Distinct campaign ids.
        var campaigns = 0
        /// Distinct (campaign, organisation) pairs: a target listed twice in one
        /// campaign counts once, the same target in two campaigns twice.
        var organizations = 0
        var members = 0
        /// Of those pairs, the ones with a row concluding `violation` or `discipline`.
        var organizationsWithViolations = 0
        var membersWithViolations = 0

        static func + (lhs: Self, rhs: Self) -> Self {
            Self(campaigns: lhs.campaigns + rhs.campaigns, organizations: lhs.organizations + rhs.organizations,
                 members: lhs.members + rhs.members,
                 organizationsWithViolations: lhs.organizationsWithViolations + rhs.organizationsWithViolations,
                 membersWithViolations: lhs.membersWithViolations + rhs.membersWithViolations)
        }
    }

    /// Who conducted a round, seen from the report unit.
    enum Level: String, CaseIterable {
        /// The report unit itself (its committee, standing committee or inspection committee).
        case own
        /// Any unit strictly below the report unit, at any depth.
        case subordinate
    }

    struct ActivityKey: Hashable {
        let level: Level
        let body: InspectionBody
        let kind: InspectionKind
    }

    /// Campaigns started in `range` by units of `unit`'s subtree, by level,
    /// body and kind; combinations without a campaign are absent.
    func activities(under unit: String, _ range: DayRange) throws -> [ActivityKey: ActivityCounts] {
        // char(31) separates campaign and target ids, which never contain it.
        let rows = try store.query("""
            SELECT t.depth > 0, i.body, i.kind,
                   COUNT(DISTINCT i.campaign_id),
                   COUNT(DISTINCT CASE WHEN i.target_type = 'organization'
                         THEN i.campaign_id || char(31) || i.target_id END),
                   COUNT(DISTINCT CASE WHEN i.target_type = 'member'
                         THEN i.campaign_id || char(31) || i.target_id END),
                   COUNT(DISTINCT CASE WHEN i.target_type = 'organization' AND i.conclusion IN ('violation', 'discipline')
                         THEN i.campaign_id || char(31) || i.target_id END),
                   COUNT(DISTINCT CASE WHEN i.target_type = 'member' AND i.conclusion IN ('violation', 'discipline')
                         THEN i.campaign_id || char(31) || i.target_id END)
            FROM inspections i
            JOIN unit_tree t ON t.descendant_id = i.unit_id AND t.ancestor_id = ?1
            WHERE i.started_on BETWEEN ?2 AND ?3
            GROUP BY t.depth > 0, i.body, i.kind
            """, [.text(unit), .text(range.start.description), .text(range.end.description)])
        var result: [ActivityKey: ActivityCounts] = [:]
        for row in rows {
            guard let body = row[1].string.flatMap(InspectionBody.init(rawValue:)),
                  let kind = row[2].string.flatMap(InspectionKind.init(rawValue:))
            else { continue }
            let key = ActivityKey(level: row[0].int == 0 ? .own : .subordinate, body: body, kind: kind)
            result[key] = ActivityCounts(
                campaigns: row[3].int ?? 0, organizations: row[4].int ?? 0, members: row[5].int ?? 0,
                organizationsWithViolations: row[6].int ?? 0, membersWithViolations: row[7].int ?? 0)
        }
        return result
    }

    /// Discipline decisions made in `range` by units of `unit`'s subtree, by target type and form.
    func disciplines(under unit: String, _ range: DayRange) throws -> [TargetType: [DisciplineForm: Int]] {
        let rows = try store.query("""
            SELECT d.target_type, d.form, COUNT(*)
            FROM disciplines d
            JOIN unit_tree t ON t.descendant_id = d.unit_id AND t.ancestor_id = ?1
            WHERE d.decided_on BETWEEN ?2 AND ?3
            GROUP BY d.target_type, d.form
            """, [.text(unit), .text(range.start.description), .text(range.end.description)])
        var result: [TargetType: [DisciplineForm: Int]] = [:]
        for row in rows {
            guard let type = row[0].string.flatMap(TargetType.init(rawValue:)),
                  let form = row[1].string.flatMap(DisciplineForm.init(rawValue:))
            else { continue }
            result[type, default: [:]][form] = row[2].int ?? 0
        }
        return result
    }

    /// The petition figures of one kind. `carriedOver + received = resolved +
    /// archived + forwarded + pending` because a petition is never closed
    /// before it is received (validated on loading).
    struct PetitionCounts: Equatable {
        /// Received before the period's first day and not closed before it.
        var carriedOver = 0
        /// Received in the period.
        var received = 0
        /// Closed in the period, by outcome.
        var resolved = 0
        var archived = 0
        var forwarded = 0
        /// Received by the period's last day and not closed by then.
        var pending = 0

        static func + (lhs: Self, rhs: Self) -> Self {
            Self(carriedOver: lhs.carriedOver + rhs.carriedOver, received: lhs.received + rhs.received,
                 resolved: lhs.resolved + rhs.resolved, archived: lhs.archived + rhs.archived,
                 forwarded: lhs.forwarded + rhs.forwarded, pending: lhs.pending + rhs.pending)
        }
    }

    /// Petitions received by units of `unit`'s subtree, by kind, for `range`.
    func petitions(under unit: String, _ range: DayRange) throws -> [PetitionKind: PetitionCounts] {
        let rows = try store.query("""
            SELECT p.kind,
                   SUM(p.received_on < ?2 AND (p.closed_on IS NULL OR p.closed_on >= ?2)),
                   SUM(p.received_on BETWEEN ?2 AND ?3),
                   SUM(p.closed_on BETWEEN ?2 AND ?3 AND p.outcome = 'resolved'),
                   SUM(p.closed_on BETWEEN ?2 AND ?3 AND p.outcome = 'archived'),
                   SUM(p.closed_on BETWEEN ?2 AND ?3 AND p.outcome = 'forwarded'),
                   SUM(p.received_on <= ?3 AND (p.closed_on IS NULL OR p.closed_on > ?3))
            FROM petitions p
            JOIN unit_tree t ON t.descendant_id = p.unit_id AND t.ancestor_id = ?1
            GROUP BY p.kind
            """, [.text(unit), .text(range.start.description), .text(range.end.description)])
        var result: [PetitionKind: PetitionCounts] = [:]
        for row in rows {
            guard let kind = row[0].string.flatMap(PetitionKind.init(rawValue:)) else { continue }
            result[kind] = PetitionCounts(
                carriedOver: row[1].int ?? 0, received: row[2].int ?? 0, resolved: row[3].int ?? 0,
                archived: row[4].int ?? 0, forwarded: row[5].int ?? 0, pending: row[6].int ?? 0)
        }
        return result
    }
}
