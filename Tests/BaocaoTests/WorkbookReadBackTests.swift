import ReportModel
import BaocaoKit
import Foundation
import Testing

/// The member-growth workbook of the `tiny` dataset read back with openpyxl,
/// an XLSX reader that shares nothing with libxlsxwriter.
@Suite struct WorkbookReadBackTests {
    struct Workbook: Decodable {
        struct Cell: Decodable {
            let type: String
            let value: String?
            let bold: Bool
        }
        struct Sheet: Decodable {
            let cells: [String: Cell]
            let merged: [String]
            let freeze_panes: String?
            let paper_size: Int?
            let orientation: String?
        }
        let sheets: [String]
        let sheet: [String: Sheet]
    }

    func read(_ url: URL) throws -> Workbook { try OpenPyXL.read(url, as: Workbook.self) }

    @Test func theMemberGrowthWorkbook() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try ReportEngine().generate(GenerateRequest(
            data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["xlsx"], output: out))
        #expect(outcome.files.map(\.lastPathComponent) == ["d_2024-Q2.xlsx"])
        let workbook = try read(outcome.files[0])
        #expect(workbook.sheets == ["Bìa", "Tình hình phát triển đảng viên"])

        let cover = try #require(workbook.sheet["Bìa"])
        let coverTexts = Set(cover.cells.values.compactMap(\.value))
        #expect(coverTexts.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(coverTexts.contains("Mẫu Sơn, ngày 30 tháng 6 năm 2024"))
        #expect(coverTexts.contains("HUYỆN ỦY MẪU"))

        let sheet = try #require(workbook.sheet["Tình hình phát triển đảng viên"])
        // Row 8–9: the header, Tăng over C:E and Giảm over F:J; row 10 on: xa, xb, cb, total.
        #expect(sheet.merged.contains("C8:E8") && sheet.merged.contains("F8:J8") && sheet.merged.contains("A8:A9"))
        #expect(sheet.cells["C8"]?.value == "Tăng" && sheet.cells["F8"]?.value == "Giảm")
        #expect(sheet.freeze_panes == "B10")
        #expect(sheet.paper_size == 9 && sheet.orientation == "landscape")
        #expect(sheet.cells["A13"]?.value == "Tổng cộng" && sheet.cells["A13"]?.bold == true)
        // The total row as numbers, not text: opening 8 … closing 7, target 6, 50 %.
        let total = ["B13": "8", "C13": "2", "K13": "7", "O13": "6", "P13": "50"]
        for (coordinate, value) in total {
            let cell = try #require(sheet.cells[coordinate])
            #expect(cell.type == "int" || cell.type == "float", "\(coordinate) is \(cell.type)")
            #expect(Double(cell.value ?? "") == Double(value), "\(coordinate)")
            #expect(cell.bold)
        }
        #expect(sheet.cells["P10"]?.type == "float")   // 66,666… % for xa
    }

    @Test func identicalInputGivesAByteIdenticalWorkbook() throws {
        var workbooks: [Data] = []
        for _ in 0..<2 {
            let outcome = try ReportEngine().generate(GenerateRequest(
                data: Fixtures.tiny, period: try Period(parsing: "2024-Q2"), formats: ["xlsx"], output: try Fixtures.temporaryDirectory()))
            workbooks.append(try Data(contentsOf: outcome.files[0]))
        }
        #expect(workbooks[0] == workbooks[1])
    }
}
