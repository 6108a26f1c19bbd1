internal import ExamplePlugins
public import Foundation
internal import ReportPlugins
internal import ReportModel

/// `baocao plugins new ID`: a declarative plugin that works at once on any
/// dataset with units and member_events (the bundled samples among them), to
/// be changed into the report one needs. Every part of `plugin.yaml` is there,
/// with comments saying what it does. With `external`, the Python example
/// (Examples/Plugins/meeting-score) under the new id instead.
public struct PluginScaffold {
    public let id: String
    public let external: Bool

    public init(id: String, external: Bool = false) {
        self.id = id
        self.external = external
    }

    /// Writes `plugins/ID/plugin.yaml` and returns the folder; never overwrites.
    public func write(into plugins: URL) throws(BaocaoError) -> URL {
        guard PluginManifest.isIdentifier(id, allowing: "-") else {
            throw .usage(Message("\"\(id)\" is not a plugin id: lower-case letters, digits and -, e.g. "
                               + "training-classes"))
        }
        let folder = plugins.appendingPathComponent(id, isDirectory: true)
        guard !FileManager.default.fileExists(atPath: folder.path) else {
            throw .usage(Message("\(folder.path) already exists; choose another id or remove it"))
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if external {
                try writeExternal(into: folder, shownAs: plugins.relativePath + "/" + id)
            } else {
                try Data(manifest(shownAs: plugins.relativePath + "/" + id).utf8).write(to: folder.appendingPathComponent("plugin.yaml"), options: .withoutOverwriting)
            }
        } catch {
            throw .usage(Message("cannot write \(folder.path): \(error.localizedDescription)"))
        }
        return folder
    }

    /// The Python example's `plugin.yaml` and program, under this id: the program as `report.py`.
    private func writeExternal(into folder: URL, shownAs path: String) throws {
        let example = ExamplePlugins.python
        var yaml = try String(contentsOf: example.appendingPathComponent("plugin.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "\nid: meeting-score\n", with: "\nid: \(id)\n")
            .replacingOccurrences(of: "[python3, meeting_score.py]", with: "[python3, report.py]")
        yaml = "# Made by baocao plugins new \(id) --external from the example meeting-score.\n"
            + "# Try it: baocao plugins check \(path) --data Samples/sopcop --period 2024-Q4\n" + yaml
        let program = try String(contentsOf: example.appendingPathComponent("meeting_score.py"), encoding: .utf8)
            .replacingOccurrences(of: "\"\"\"meeting-score:", with: "\"\"\"\(id):")
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("plugin.yaml"), options: .withoutOverwriting)
        let script = folder.appendingPathComponent("report.py")
        try Data(program.utf8).write(to: script, options: .withoutOverwriting)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    }

    /// `path`: the folder as the "Try it" line names it.
    func manifest(shownAs path: String) -> String {
        """
        # A declarative report plugin (docs/plugin-yaml.md, docs/plugins.md).
        # Try it: baocao plugins check \(path) --data Samples/sopcop --period 2024-Q4
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
