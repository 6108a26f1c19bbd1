import DatasetReaders
import Foundation
import ReportModel
import Testing

@Suite struct CSVReadingTests {
    @Test func readsBOMSemicolonsCRLFAndVietnameseHeaders() throws {
        let members = "\u{FEFF}Mã đảng viên;Họ và tên;Giới tính;Ngày sinh;Dân tộc\r\n"
            + "m1;Lò Văn An;Nam;10/05/1980;Thái\r\nm2;\"Quàng Thị; Bình\";NỮ;1/7/1990;Kinh\r\n"
        let result = try TemporaryDataset(["members.csv": members]).load()
        #expect(result.problems.isEmpty)
        let people = result.dataset.members
        #expect(people.map(\.id) == ["m1", "m2"])
        #expect(people[1].fullName == "Quàng Thị; Bình")
        #expect(people[0].gender == .male && people[1].gender == .female)
        #expect(people[1].birthDate == Day(year: 1990, month: 7, day: 1))
        #expect(people[0].isEthnicMinority && !people[1].isEthnicMinority)
    }

    @Test func readsUTF16WithItsBOM() throws {
        let text = "id\tfull_name,gender,birth_date\n".replacingOccurrences(of: "\t", with: ",")
            + "m1,Lò Văn An,male,1980-01-01\nm2,Quàng Thị Bình,female,1990-02-02\n"
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian)!)
        let result = try TemporaryDataset(rawFiles: ["members.csv": data]).load()
        #expect(result.problems.isEmpty)
        #expect(result.dataset.members.map(\.fullName) == ["Lò Văn An", "Quàng Thị Bình"])
    }

    @Test func refusesOtherEncodingsWithTheByteOffset() throws {
        // Bytes that are no Vietnamese encoding either: only the generic advice.
        var data = Data("id,full_name,gender,birth_date\nm1,Lò Văn An,male,1980-01-01\nm2,Nguy".utf8)
        let offset = data.count
        data.append(contentsOf: [0x80, 0x81, 0x82])
        data.append(Data(",male,1980-01-01\n".utf8))
        let messages = try TemporaryDataset(rawFiles: ["members.csv": data]).messages()
        #expect(messages.contains(
            "members.csv:3: byte offset \(offset): not UTF-8 text (byte 0x80); "
                + "save the file as \"CSV UTF-8\" or \"Unicode text\" (UTF-16) and try again"))
    }

    @Test func normalisesDecomposedTextToNFC() throws {
        let nfd = "id,full_name,giới tính,birth_date\nm1,Quàng Thị Bình,nữ,1990-02-02\nm2,Lò Văn An,Nam,1980-01-01\n"
            .decomposedStringWithCanonicalMapping
        let result = try TemporaryDataset(["members.csv": nfd]).load()
        #expect(result.problems.isEmpty)
        #expect(result.dataset.members[0].fullName == "Quàng Thị Bình".precomposedStringWithCanonicalMapping)
        #expect(result.dataset.members[0].fullName.unicodeScalars.count == 14)
        #expect(result.dataset.members[0].gender == .female)
    }

    @Test func countsLinesInsideQuotedFields() throws {
        let members = "id,full_name,gender,birth_date,education\n"
            + "m1,Lò Văn An,male,1980-01-01,\"12/12\nĐại học\"\n"
            + "m2,Quàng Thị Bình,robot,1990-02-02,\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages == ["members.csv:4: column gender: \"robot\" is not a known gender; "
            + "expected male (Nam) or female (Nữ)"])
    }

    @Test func warnsAboutUnknownColumnsAndRefusesMissingOnes() throws {
        let members = "id,full_name,gender,shoe_size\nm1,Lò Văn An,male,42\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages.contains("members.csv:1: warning: column shoe_size: unknown column in table members, ignored"))
        #expect(messages.contains("members.csv:1: column birth_date: required column missing; "
            + "expected a header \"birth_date\" or \"Ngày sinh\""))
    }

    @Test func reportsRowsThatWouldLoseText() throws {
        let members = "id,full_name,gender,birth_date\nm1,\"Lò Văn\" An,male,1980-01-01\n"
            + "m2,Quàng Thị Bình,female,1990-02-02,thừa, ra\nm3,Cầm Văn Ba,male,1970-03-03,,\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages.contains("members.csv:2: text after the closing quote of field 2; quote the whole value"))
        #expect(messages.contains(
            "members.csv:3: 6 fields, but the header has 4; a value holding the delimiter must be quoted"))
        #expect(!messages.contains { $0.hasPrefix("members.csv:4") && !$0.contains("warning") },
                "empty trailing fields are fine")
    }

    @Test func anUnreadableTableIsReportedOnceNotEchoed() throws {
        // A misspelt header: the members cannot be read, and the events that name them
        // are not each reported as naming an unknown member.
        let members = "id,full_name,Gioi tinh,birth_date\nm1,Lò Văn An,male,1980-01-01\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages.filter { !$0.contains("warning") } == [
            "members.csv:1: column gender: required column missing; expected a header \"gender\" or \"Giới tính\"",
        ])
    }

    @Test func trimsStraySpacesAroundValuesAndHeaders() throws {
        let members = " id , full_name ,gender,  birth_date\n  m1 ,  Lò Văn An  , male ,  10/05/1980 \n"
            + "m2,\" Quàng Thị Bình \",Nữ,1990-02-02\n"
        let result = try TemporaryDataset(["members.csv": members]).load()
        #expect(result.problems.isEmpty)
        #expect(result.dataset.members.map(\.id) == ["m1", "m2"])
        #expect(result.dataset.members.map(\.fullName) == ["Lò Văn An", "Quàng Thị Bình"])
    }

    @Test func findsAHeaderBelowTitleRows() throws {
        // As exported lists come: a title, a blank line, a subtitle, then the header.
        let members = "DANH SÁCH ĐẢNG VIÊN\n\nĐảng bộ huyện Mẫu - năm 2024\n"
            + "Mã đảng viên;Họ và tên;Giới tính;Ngày sinh\nm1;Lò Văn An;Nam;10/05/1980\nm2;Quàng Thị Bình;Nữ;02/02/1990\n"
        let result = try TemporaryDataset(["members.csv": members]).load()
        #expect(result.problems.isEmpty)
        #expect(result.dataset.members.map(\.id) == ["m1", "m2"])
        #expect(result.dataset.members[0].source.line == 5)
    }

    @Test func looksForTheHeaderInTheFirstTwentyRowsOnly() throws {
        let header = "id,full_name,gender,birth_date\nm1,Lò Văn An,male,1980-01-01\nm2,Lò Thị Bình,female,1990-02-02\n"
        func rows(_ result: DatasetLoader.Result) -> [Int] { result.tablesRead.filter { $0.table == "members" }.map(\.rows) }
        func titles(_ count: Int) -> String { (1...count).map { "Tiêu đề \($0)\n" }.joined() }
        let found = try TemporaryDataset(["members.csv": titles(19) + header]).load()
        #expect(found.problems.isEmpty)
        #expect(found.dataset.members.map(\.source.line) == [21, 22])
        #expect(rows(found) == [2])

        // The 21st row is not looked at: the first row is the header, and it names no column.
        let missed = try TemporaryDataset(["members.csv": titles(20) + header]).load()
        #expect(missed.problems.map(\.description).contains {
            $0.hasPrefix("members.csv:1: column id: required column missing") })
        #expect(rows(missed) == [22])
        // Nor in a table that ends before twenty rows.
        let short = try TemporaryDataset(["members.csv": titles(3)]).load()
        #expect(short.problems.map(\.description).contains {
            $0.hasPrefix("members.csv:1: column id: required column missing") })
        #expect(rows(short) == [2])
    }

    @Test func reportsAnUnclosedQuote() throws {
        let members = "id,full_name,gender,birth_date\nm1,\"Lò Văn An,male,1980-01-01\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages.contains("members.csv:2: a quoted field is never closed (missing \")"))
    }

    @Test func skipsBlankLinesButKeepsLineNumbers() throws {
        let members = "id,full_name,gender,birth_date\n\nm1,Lò Văn An,male,1980-01-01\n,,,\nm2,,female,1990-02-02\n"
        let messages = try TemporaryDataset(["members.csv": members]).messages()
        #expect(messages.contains("members.csv:5: column full_name: required value missing"))
    }
}

@Suite struct UnreadableFileTests {
    @Test func anEmptyFile() throws {
        let messages = try TemporaryDataset(["targets.csv": ""]).messages()
        #expect(messages == ["targets.csv:1: the table is empty; expected a header row"])
    }

    @Test func aBrokenUTF16File() throws {
        let messages = try TemporaryDataset(rawFiles: ["targets.csv": Data([0xFF, 0xFE, 0x41])]).messages()
        #expect(messages == ["targets.csv: byte offset 2: the UTF-16 text ends in half a character"])
        // "id" then a lone low surrogate (DC00) at byte offset 6.
        let lone = Data([0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00, 0x00, 0xDC, 0x0A, 0x00])
        #expect(try TemporaryDataset(rawFiles: ["targets.csv": lone]).messages()
            == ["targets.csv: byte offset 6: not valid UTF-16 (a lone surrogate)"])
    }

    @Test func aFolderNamedLikeATable() throws {
        let dataset = try TemporaryDataset([:])
        try FileManager.default.removeItem(at: dataset.url.appendingPathComponent("members.csv"))
        try FileManager.default.createDirectory(at: dataset.url.appendingPathComponent("members.csv"),
                                                withIntermediateDirectories: false)
        #expect(try dataset.messages() == ["members.csv: a folder, not a CSV file; rename or move it"])
    }

    @Test func anEmptyFolderIsNoDataset() throws {
        let folder = try TemporaryDataset([:], base: false)
        #expect(try folder.messages() == [
            "no dataset table in \(folder.url.path): expected CSV files or sheets named units, members, "
                + "member_events, targets, inspections, disciplines, petitions, economic_models, economic_results, "
                + "indicators, ratings, meetings",
        ])
    }

    @Test func aUnitsTableWithNoUnits() throws {
        let messages = try TemporaryDataset(["units.csv": "id,parent_id,name,kind\n"]).messages()
        #expect(messages.contains("units.csv: no units: a dataset needs its root unit"))
    }

    @Test func aDatasetYAMLThatIsNotYAML() throws {
        let messages = try TemporaryDataset(["dataset.yaml": "name: [Đảng bộ\nplace: Sốp Cộp\n"]).messages()
        #expect(messages.count == 1)
        // Where (line, then column) and libyaml's own words for what.
        #expect(messages[0] == "dataset.yaml:2: not valid YAML (column 6): while parsing a flow sequence, "
                + "did not find expected ',' or ']'")
    }
}

/// Files in the pre-Unicode Vietnamese encodings are refused, never guessed
/// at, with the encoding they look like and how to convert them.
@Suite struct LegacyEncodingTests {
    @Test func windows1258() throws {
        // "Nguyễn Văn Tiến, Họ": tones as separate bytes after their vowels (ê + 0xDE = ễ …).
        var data = Data("id,full_name,gender,birth_date\nm1,Nguy".utf8)
        let offset = data.count
        data += [0xEA, 0xDE, 0x6E, 0x20, 0x56, 0xE3, 0x6E, 0x20, 0x54, 0x69, 0xEA, 0xEC, 0x6E, 0x20, 0x48, 0x6F, 0xF2]
        data += Data(",male,1980-01-01\n".utf8)
        let messages = try TemporaryDataset(rawFiles: ["members.csv": data]).messages()
        #expect(messages == [
            "members.csv:2: byte offset \(offset): not UTF-8 text (byte 0xEA); it looks like Windows-1258 "
                + "(Vietnamese ANSI); open it in Excel and save as \"CSV UTF-8\", or convert it with "
                + "iconv -f WINDOWS-1258 -t UTF-8",
        ])
    }

    @Test func tcvn3() throws {
        // "Đảng bộ xã Văn" in TCVN3: "§¶ng bé x· V¨n".
        var data = Data("id,parent_id,name,kind\nd,,".utf8)
        let offset = data.count
        data += [0xA7, 0xB6, 0x6E, 0x67, 0x20, 0x62, 0xE9, 0x20, 0x78, 0xB7, 0x20, 0x56, 0xA8, 0x6E]
        data += Data(",district\n".utf8)
        let messages = try TemporaryDataset(rawFiles: ["units.csv": data]).messages()
        #expect(messages.contains(
            "units.csv:2: byte offset \(offset): not UTF-8 text (byte 0xA7); it looks like TCVN3 (ABC, the .VnTime "
                + "fonts); convert it from TCVN3 to Unicode with Unikey's converter (Công cụ chuyển mã), then save as "
                + "\"CSV UTF-8\""))
    }
}
