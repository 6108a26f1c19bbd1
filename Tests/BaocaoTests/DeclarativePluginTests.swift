import ReportWriters
import BaocaoKit
import Foundation
import ReportModel
import ReportPlugins
import Testing

/// A district with a sub-committee level: d → xa → bp → b1, b2; xa → a1; d → cb.
/// Hand-checked for 2024-Q2 (1 April – 30 June):
/// - m1 b1 admitted 2024-04-01 (first day), m2 b2 admitted 2024-06-30 (last day),
///   m3 a1 admitted 2024-07-01 (after), m4 b1 official since 2010, moves to a1 on
///   2024-05-10 (inside xa), m5 a1 official since 2010, moves to cb on 2024-05-20 (across).
/// - At 30 June: b1 {m1}, b2 {m2}, a1 {m4}, cb {m5}.
enum TreeDataset {
    static func write() throws -> URL {
        let folder = try Fixtures.temporaryDirectory()
        let files = [
            "units.csv": """
                id,parent_id,name,kind
                d,,Đảng bộ huyện D,district
                xa,d,Đảng bộ xã A,grassroots_committee
                bp,xa,Đảng bộ bộ phận P,sub_committee
                b1,bp,Chi bộ B1,branch
                b2,bp,Chi bộ B2,branch
                a1,xa,Chi bộ A1,branch
                cb,d,Chi bộ cơ quan,grassroots_branch
                """,
            "members.csv": """
                id,full_name,gender,birth_date
                m1,Lò Văn Một,male,1995-01-01
                m2,Lò Thị Hai,female,1996-02-29
                m3,Lò Văn Ba,male,1990-03-03
                m4,Lò Văn Bốn,male,1980-04-04
                m5,Lò Thị Năm,female,1975-05-05
                """,
            "member_events.csv": """
                member_id,date,type,unit_id,from_unit_id
                m1,2024-04-01,admitted,b1,
                m2,2024-06-30,admitted,b2,
                m3,2024-07-01,admitted,a1,
                m4,2010-01-01,transferred_in,b1,
                m4,2024-05-10,moved,a1,b1
                m5,2010-01-01,transferred_in,a1,
                m5,2024-05-20,moved,cb,a1
                """,
        ]
        for (name, text) in files { try Data((text + "\n").utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }
}

/// Writes `plugin.yaml` into a fresh plugin folder and returns the folder holding it.
func pluginFolder(_ yaml: String, name: String = "p") throws -> URL {
    let plugins = try Fixtures.temporaryDirectory()
    let folder = plugins.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("plugin.yaml"))
    return plugins
}

/// Runs the engine with only the built-ins and `plugins`.
func generate(_ data: URL, _ period: String, plugins: [URL], pluginIDs: [String] = [], unit: String? = nil,
              formats: String = "json") throws -> GenerateOutcome {
    try ReportEngine(pluginSearch: .builtInOnly).generate(GenerateRequest(
        data: data, period: try Period(parsing: period), unitID: unit, pluginIDs: pluginIDs,
        formats: WriterRegistry.parseList(formats),
        output: try Fixtures.temporaryDirectory(), pluginDirectories: plugins))
}

let movementPlugin = """
    id: movement
    version: 1.0.0
    title: { vi: Biến động, en: Movement }
    requires: [units, member_events]
    parameters:
      note: { default: kiểm tra, type: text }
    tables:
      - id: flow
        title: Vào, ra
        rows: by_unit
        query: |
          -- events whose unit is in the row's subtree; a move counts in when it comes from outside it
          SELECT s.row_key,
                 SUM(e.type = 'admitted') AS admitted,
                 SUM(e.type = 'moved' AND e.from_unit_id NOT IN
                     (SELECT unit_id FROM report_scope WHERE row_key = s.row_key)) AS moved_in
          FROM report_scope s JOIN member_events e ON e.unit_id = s.unit_id
          WHERE e.date BETWEEN :period_start AND :period_end
          GROUP BY s.row_key
        columns:
          - { id: admitted, label: Kết nạp, type: integer, default: 0 }
          - { id: moved_in, label: Chuyển đến từ đơn vị khác, type: integer, default: 0 }
      - id: members
        title: Đảng viên cuối kỳ
        rows: by_unit
        query: |
          SELECT s.row_key, COUNT(*) AS members, SUM(m.probationary) AS probationary
          FROM report_scope s JOIN memberships m ON m.unit_id = s.unit_id
          WHERE m.start_date <= :period_end AND (m.end_date IS NULL OR m.end_date > :period_end)
          GROUP BY s.row_key
        columns:
          - { id: members, label: Tổng số, type: integer, default: 0 }
          - { id: probationary, label: Dự bị, type: integer, default: 0 }
          - { id: probationary_pct, label: Tỷ lệ dự bị, type: percent, ratio: [probationary, members] }
    narrative:
      vi:
        - "{{period.Text}}, {{unit}} kết nạp {{flow.total.admitted}} đảng viên ({{parameters.note}}); cuối kỳ có {{members.total.members}} đảng viên, {{members.total.probationary_pct}}% dự bị.{{#members.rows}} {{label}}: {{members}}{{^last}};{{/last}}{{/members.rows}}"
      en:
        - "In {{period.text}}, {{unit}} admitted {{flow.total.admitted}}."
    """

@Suite struct DeclarativePluginTests {
    @Test func aByUnitTableRollsUpThroughASubCommittee() throws {
        let data = try TreeDataset.write()
        let plugins = try pluginFolder(movementPlugin)
        let root = try #require(try generate(data, "2024-Q2", plugins: [plugins], pluginIDs: ["movement"])
            .bundle.reports.first)
        #expect(root.plugin == "movement" && root.title == "Biến động")
        let flow = try #require(root.table("flow"))
        #expect(flow.rows.map(\.key) == ["xa", "cb", "total"])
        #expect(root.numbers("flow", "xa") == ["admitted": 2, "moved_in": 0])   // m4's move stays inside xa
        #expect(root.numbers("flow", "cb") == ["admitted": 0, "moved_in": 1])   // m5 crosses into cb
        #expect(root.numbers("flow", "total") == ["admitted": 2, "moved_in": 0])
        let xa = root.numbers("members", "xa")
        #expect(xa["members"] == 3 && xa["probationary"] == 2 && abs(xa["probationary_pct"]! - 200.0 / 3) < 1e-9)
        #expect(root.numbers("members", "total")["members"] == 4)

        let commune = try #require(try generate(data, "2024-Q2", plugins: [plugins], pluginIDs: ["movement"],
                                                unit: "xa").bundle.reports.first)
        #expect(commune.table("flow")!.rows.map(\.key) == ["bp", "a1", "total"])
        #expect(commune.numbers("flow", "bp") == ["admitted": 2, "moved_in": 0])
        #expect(commune.numbers("flow", "a1") == ["admitted": 0, "moved_in": 1])   // m4 comes from bp's b1
        #expect(commune.numbers("members", "bp") == ["members": 2, "probationary": 2, "probationary_pct": 100])
        #expect(commune.numbers("members", "a1") == ["members": 1, "probationary": 0, "probationary_pct": 0])
        // A row the query returns nothing for still prints, with the column's default.
        let q3 = try #require(try generate(data, "2024-Q3", plugins: [plugins], pluginIDs: ["movement"], unit: "xa")
            .bundle.reports.first)
        #expect(q3.numbers("flow", "bp") == ["admitted": 0, "moved_in": 0])
    }

    @Test func theNarrativeUsesCellsAndParametersWrittenTheVietnameseWay() throws {
        let report = try #require(try generate(TreeDataset.write(), "2024-Q2", plugins: [pluginFolder(movementPlugin)],
                                               pluginIDs: ["movement"]).bundle.reports.first)
        #expect(report.narrative == [
            "Quý II năm 2024, Đảng bộ huyện D kết nạp 2 đảng viên (kiểm tra); cuối kỳ có 4 đảng viên, 50% dự bị. "
                + "Đảng bộ xã A: 3; Chi bộ cơ quan: 1",
        ])
    }

    @Test func aQueryTableHasSubtotalsAndATotal() throws {
        let plugins = try pluginFolder("""
            id: by-kind
            version: "1"
            title: Theo loại
            requires: [units]
            tables:
              - id: units
                title: Đơn vị
                query: |
                  SELECT id AS key, name AS label, kind AS unit_kind, 1 AS units, 0.5 AS weight
                  FROM units WHERE parent_id IS NOT NULL ORDER BY kind, position
                columns:
                  - { id: unit_kind, label: Loại, type: text }
                  - { id: units, label: Số, type: integer }
                  - { id: weight, label: Trọng số, type: decimal }
                subtotals: unit_kind
                total: sum
            """)
        let table = try #require(try generate(TreeDataset.write(), "2024", plugins: [plugins], pluginIDs: ["by-kind"])
            .bundle.reports.first?.table("units"))
        #expect(table.rows.map(\.key) == ["b1", "b2", "a1", "unit_kind:branch", "cb", "unit_kind:grassroots_branch",
                                          "xa", "unit_kind:grassroots_committee", "bp", "unit_kind:sub_committee", "total"])
        let subtotal = try #require(table.row("unit_kind:branch"))
        #expect(subtotal.kind == .subtotal && subtotal["units"] == .integer(3) && subtotal["weight"] == .number(1.5))
        let total = try #require(table.row("total"))
        #expect(total.kind == .total && total["units"] == .integer(6) && total["weight"] == .number(3))
        #expect(table.rows.filter { $0.kind == .data }.allSatisfy { $0.level == 2 })
    }
}
