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
        // The report, then one sheet per table of member growth.
        #expect(workbook.sheets == ["Báo cáo", "Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4"])

        let cover = try #require(workbook.sheet["Báo cáo"])
        let coverTexts = Set(cover.cells.values.compactMap(\.value))
        #expect(coverTexts.contains("ĐẢNG CỘNG SẢN VIỆT NAM"))
        #expect(coverTexts.contains("Mẫu Sơn, ngày 30 tháng 6 năm 2024"))
        #expect(coverTexts.contains("HUYỆN ỦY MẪU"))

        let sheet = try #require(workbook.sheet["Biểu 1"])
        // Rows 1–3: the issuing body and "Biểu số 1", the title, unit and period; rows 5–6: the header,
        // Tăng over C:E and Giảm over F:J; row 7 on: xa, xb, cb, total.
        #expect(sheet.cells["A2"]?.value == "BIẾN ĐỘNG ĐẢNG VIÊN")
        #expect(sheet.merged.contains("C5:E5") && sheet.merged.contains("F5:J5") && sheet.merged.contains("A5:A6"))
        #expect(sheet.cells["C5"]?.value == "Tăng" && sheet.cells["F5"]?.value == "Giảm")
        #expect(sheet.freeze_panes == "B7")
        #expect(sheet.orientation == "landscape")
        #expect(sheet.cells["A10"]?.value == "Tổng cộng" && sheet.cells["A10"]?.bold == true)
        // The total row as numbers, not text: opening 8 … closing 7, target 6, 50 %.
        let total = ["B10": "8", "C10": "2", "K10": "7", "O10": "6", "P10": "50"]
        for (coordinate, value) in total {
            let cell = try #require(sheet.cells[coordinate])
            #expect(cell.type == "int" || cell.type == "float", "\(coordinate) is \(cell.type)")
            #expect(Double(cell.value ?? "") == Double(value), "\(coordinate)")
            #expect(cell.bold)
        }
        #expect(sheet.cells["P7"]?.type == "float")   // 66,666… % for xa
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
