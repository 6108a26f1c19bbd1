import DatasetReaders
import Testing

/// Validation of the inspection, discipline, petition and economic tables,
/// every message as `validate` prints it.
@Suite struct ActivityValidationTests {
    @Test func campaignRowsMustAgree() throws {
        let inspections = """
            campaign_id,unit_id,body,kind,started_on,target_type,target_id,conclusion
            c1,d,standing_committee,inspection,2024-03-31,organization,x,good
            c1,d,Ban Thường vụ,Kiểm tra theo chương trình,31/03/2024,Tổ chức đảng,b1,Có vi phạm
            c1,x,standing_committee,supervision,2024-04-01,organization,b2,
            c1,d,standing_committee,inspection,2024-03-31,organization,x,violation
            c2,zz,inspection_committee,finance,2024-05-01,member,m9,
            c3,d,committee,lower_level,2024-05-01,unit,x,

            """
        let messages = try TemporaryDataset(["inspections.csv": inspections]).messages()
        #expect(messages.contains("inspections.csv:4: column unit_id: campaign c1 has unit_id d at inspections.csv:2, "
            + "x here; all rows of a campaign share unit_id, body, kind and started_on"))
        #expect(messages.contains("inspections.csv:4: column kind: campaign c1 has kind inspection at inspections.csv:2, "
            + "supervision here; all rows of a campaign share unit_id, body, kind and started_on"))
        #expect(messages.contains("inspections.csv:4: column started_on: campaign c1 has started_on 2024-03-31 at "
            + "inspections.csv:2, 2024-04-01 here; all rows of a campaign share unit_id, body, kind and started_on"))
        #expect(messages.contains("inspections.csv:5: warning: column target_id: x is listed twice in campaign c1; "
            + "it counts once"))
        #expect(messages.contains("inspections.csv:6: column unit_id: unknown unit \"zz\""))
        #expect(messages.contains("inspections.csv:6: column target_id: unknown member \"m9\""))
        #expect(messages.contains { $0.hasPrefix(
            "inspections.csv:7: column target_type: \"unit\" is not a known target type; expected organization") })
        #expect(messages.filter { $0.hasPrefix("inspections.csv:3") }.isEmpty, "Vietnamese labels are the same values")
    }

    @Test func aRowWithABadValueIsLeftOutNotGuessed() throws {
        // "Vi pham" is no conclusion: the row is reported and left out, not kept as pending.
        let inspections = """
            campaign_id,unit_id,body,kind,started_on,target_type,target_id,conclusion
            c1,d,standing_committee,inspection,2024-03-31,organization,x,Vi pham
            c1,d,standing_committee,inspection,2024-03-31,organization,b1,good

            """
        let loaded = try TemporaryDataset(["inspections.csv": inspections]).load()
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems[0].description.hasPrefix(
            "inspections.csv:2: column conclusion: \"Vi pham\" is not a known conclusion"))
        #expect(loaded.dataset.inspections.map(\.targetID) == ["b1"])
    }

    @Test func petitionDates() throws {
        let petitions = """
            id,received_on,unit_id,kind,closed_on,outcome
            p1,2024-03-01,d,complaint,2024-02-28,resolved
            p2,2024-03-01,d,denunciation,2024-03-05,
            p3,2024-03-01,x,Kiến nghị,,Lưu đơn
            p4,2024-03-02,d,petition,2024-03-02,forwarded
            p4,2024-03-02,d,petition,,

            """
        let messages = try TemporaryDataset(["petitions.csv": petitions]).messages()
        #expect(messages == [
            "petitions.csv:2: column closed_on: closed on 2024-02-28, before it was received on 2024-03-01",
            "petitions.csv:3: column outcome: required when closed_on is set",
            "petitions.csv:4: column closed_on: required when an outcome is given",
            "petitions.csv:6: column id: duplicate petition id \"p4\" (first at petitions.csv:5)",
        ])
    }

    @Test func disciplines() throws {
        let disciplines = """
            id,decided_on,unit_id,target_type,target_id,form
            k1,2024-03-01,d,member,m1,Khiển trách
            k2,2024-03-01,d,member,m2,dissolution
            k3,2024-03-01,d,organization,b1,Giải tán
            k3,2024-03-02,zz,organization,qq,warning
            k4,2024-03-03,d,organization,b1,Khai trừ

            """
        let messages = try TemporaryDataset(["disciplines.csv": disciplines]).messages()
        #expect(messages == [
            "disciplines.csv:3: column form: dissolution (giải tán) applies to organisations, not members",
            "disciplines.csv:5: column id: duplicate discipline id \"k3\" (first at disciplines.csv:4)",
            "disciplines.csv:5: column unit_id: unknown unit \"zz\"",
            "disciplines.csv:5: column target_id: unknown unit \"qq\"",
            "disciplines.csv:6: column form: expulsion (khai trừ) applies to members, not organisations",
        ])
    }

    @Test func economicResultsMayNotOverlap() throws {
        let models = """
            Mã mô hình,Mã đơn vị,Tên mô hình,Lĩnh vực,Doanh thu/ha đối chứng
            fish,x,Nuôi cá lồng,Thủy sản,
            fruit,b1,Cây ăn quả,crops,60000000
            rice,b2,Lúa,crops,-5

            """
        let results = """
            model_id,period,households,area_ha,scale_quantity,output_tonnes,revenue_vnd,cost_vnd
            fish,2024-Q1,20,,84,10,600000000,300000000
            fish,2024-Q2,20,,84,10,600000000,300000000
            fish,2024-H1,20,,84,20,1200000000,600000000
            fruit,2024,30,34,,,2000000000,800000000
            fruit,2024-13,30,34,,,1,1
            corn,2024,1,1,,,1,1
            fruit,2025,30,-34,,,2000000000,800000000

            """
        let messages = try TemporaryDataset(["economic_models.csv": models, "economic_results.csv": results]).messages()
        #expect(messages == [
            "economic_models.csv:4: column baseline_revenue_per_ha_vnd: must be more than 0 (-5.0)",
            "economic_results.csv:4: column period: model fish: period 2024-H1 overlaps 2024-Q1 at economic_results.csv:2",
            "economic_results.csv:4: column period: model fish: period 2024-H1 overlaps 2024-Q2 at economic_results.csv:3",
            "economic_results.csv:6: column period: invalid period \"2024-13\": "
                + "expected YYYY-Qn (quarter), YYYY-H1, YYYY-9M, YYYY or YYYY-MM",
            "economic_results.csv:7: column model_id: unknown economic model \"corn\"",
            "economic_results.csv:8: column area_ha: cannot be negative (-34.0)",
        ])
    }

    @Test func indicatorsMustBeKnownOrDeclared() throws {
        let yaml = "indicators:\n  - { id: fish_cages, label: Số lồng cá, unit: lồng, better: higher }\n"
        let indicators = """
            unit_id,period,indicator,value,target
            x,2024,income_per_capita_vnd,30000000,30000000
            x,2024,fish_cages,84,
            x,2024,happiness,9,
            x,2024,fish_cages,85,

            """
        let loaded = try TemporaryDataset(["indicators.csv": indicators, "dataset.yaml": yaml]).load()
        #expect(loaded.problems.map(\.description) == [
            "indicators.csv:4: column indicator: unknown indicator \"happiness\"; declare it under indicators: in dataset.yaml",
            "indicators.csv:5: column value: indicator fish_cages for unit x in 2024 given twice "
                + "(first at indicators.csv:3)",
        ])
        #expect(loaded.dataset.config.allIndicators.map(\.id) == [
            "income_per_capita_vnd", "poor_household_rate", "near_poor_household_rate", "new_rural_criteria",
            "fish_cages",
        ])
    }
}
