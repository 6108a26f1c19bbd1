public import Foundation
internal import ReportPlugins

/// `baocao plugins new ID`: a declarative plugin that works at once on any
/// dataset with units and member_events (the bundled samples among them), to
/// be changed into the report one needs. Every part of `plugin.yaml` is there,
/// with comments saying what it does.
public struct PluginScaffold {
    public let id: String

    public init(id: String) {
        self.id = id
    }

    /// Writes `plugins/ID/plugin.yaml` and returns the folder; never overwrites.
    public func write(into plugins: URL) throws(BaocaoError) -> URL {
        guard PluginManifest.isIdentifier(id, allowing: "-") else {
            throw .usage("\"\(id)\" is not a plugin id: lower-case letters, digits and -, e.g. training-classes")
        }
        let folder = plugins.appendingPathComponent(id, isDirectory: true)
        guard !FileManager.default.fileExists(atPath: folder.path) else {
            throw .usage("\(folder.path) already exists; choose another id or remove it")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(manifest.utf8).write(to: folder.appendingPathComponent("plugin.yaml"), options: .withoutOverwriting)
        } catch {
            throw .usage("cannot write \(folder.path): \(error.localizedDescription)")
        }
        return folder
    }

    var manifest: String {
        """
        # A declarative report plugin (docs/plugin-yaml.md, docs/plugins.md).
        # Try it: baocao plugins check \(id) --data Samples/sopcop --period 2024-Q4
        format: baocao.plugin/1
        id: \(id)
        version: 0.1.0
        title: { vi: Số lượng đảng viên, en: Party members }
        description: { vi: Số đảng viên cuối kỳ theo đơn vị., en: Members at the end of the period by unit. }
        # Dataset tables the report needs: without them it is skipped with a notice.
        requires: [units, member_events]
        # Values the queries can use as :name.
        parameters:
          probationary_limit: { default: 10, type: number, description: { vi: Tỷ lệ dự bị cần lưu ý (%), en: Probationary share worth a remark (%) } }
        tables:
          - id: members
            title: { vi: Số đảng viên cuối kỳ, en: Members at the end of the period }
            # One row per unit directly under the report unit, then the total (SPEC §3):
            # report_scope lists every unit of each row's subtree, so a GROUP BY is all it takes.
            rows: by_unit
            query: |
              SELECT s.row_key,
                     COUNT(*) AS members,
                     SUM(m.probationary) AS probationary
              FROM report_scope s
              JOIN memberships m ON m.unit_id = s.unit_id
              WHERE m.start_date <= :period_end
                AND (m.end_date IS NULL OR m.end_date > :period_end)
              GROUP BY s.row_key
            columns:
              - { id: members, label: { vi: Tổng số, en: Members }, type: integer, default: 0 }
              - { id: probationary, label: { vi: Dự bị, en: Probationary }, type: integer, default: 0,
                  group: { vi: Trong đó, en: Of whom } }
              - { id: probationary_pct, label: { vi: Tỷ lệ dự bị (%), en: Probationary (%) }, type: percent,
                  ratio: [probationary, members], group: { vi: Trong đó, en: Of whom } }
        # One Mustache template per paragraph; {{TABLE.ROW.COLUMN}} is a cell, written the Vietnamese way.
        narrative:
          vi:
            - >-
              Đến cuối {{period.text}}, {{unit}} có {{members.total.members}} đảng viên, trong đó
              {{members.total.probationary}} đảng viên dự bị ({{members.total.probationary_pct}}%).
          en:
            - >-
              At the end of {{period.text}}, {{unit}} had {{members.total.members}} members, of whom
              {{members.total.probationary}} probationary ({{members.total.probationary_pct}}%).

        """
    }
}
