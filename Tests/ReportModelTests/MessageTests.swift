import Foundation
import ReportModel
import Testing

/// A message keeps its English text as the key, its values in numbered
/// slots, and is worded by a catalog only when printed.
@Suite struct MessageTests {
    let vietnamese = MessageCatalog(language: "vi", templates: [
        "{1} fields, but the header has {2}": "{1} trường, nhưng dòng tiêu đề có {2}",
        "unknown {1} \"{2}\"": "{1} \"{2}\" không có trong bộ dữ liệu",
        "unit": "đơn vị",
        "cannot read {1}: {2}": "không đọc được {1}: {2}",
        "Usage: {1}": "Cách dùng: {1}",
        "the text uses {{1}}, which the message has not": "văn bản dùng {{1}}, mà thông báo không có",
    ])

    @Test func interpolationsBecomeNumberedSlots() {
        let message = Message("\(7) fields, but the header has \(5)")
        #expect(message.key == "{1} fields, but the header has {2}")
        #expect(message.arguments == [.text("7"), .text("5")])
        #expect(message.description == "7 fields, but the header has 5")
        #expect(message.rendered(by: vietnamese) == "7 trường, nhưng dòng tiêu đề có 5")
    }

    @Test func aMessageInsideAMessageIsWordedWithIt() {
        let message = Message("unknown \(Message("unit")) \"\("x9")\"")
        #expect(message.key == "unknown {1} \"{2}\"")
        #expect(message.description == "unknown unit \"x9\"")
        #expect(message.rendered(by: vietnamese) == "đơn vị \"x9\" không có trong bộ dữ liệu")
    }

    @Test func literalsJoinedByPlusAreOneMessage() {
        let message = Message("cannot read \("a.csv"): "
                              + "\("no such file")")
        #expect(message.key == "cannot read {1}: {2}")
        #expect(message.rendered(by: vietnamese) == "không đọc được a.csv: no such file")
    }

    @Test func anErrorInterpolatedIsItsMessage() {
        struct Failure: MessageError { var message: Message { Message("unit") } }
        #expect(Message("cannot read \("f"): \(Failure() as any Error)").rendered(by: vietnamese)
                == "không đọc được f: đơn vị")
    }

    @Test func aKeyTheCatalogLacksStaysEnglish() {
        #expect(Message("no format given").rendered(by: vietnamese) == "no format given")
        #expect(Message.verbatim("SQLite's own {1} words").rendered(by: vietnamese) == "SQLite's own {1} words")
    }

    @Test func aPlaceIsNotTranslatedAndMessagesJoin() {
        let placed = Message.placed("units.csv:3: ", Message("unit"))
        #expect(placed.rendered(by: vietnamese) == "units.csv:3: đơn vị")
        #expect(Message.joined([placed, Message("unit")]).rendered(by: vietnamese) == "units.csv:3: đơn vị\nđơn vị")
    }

    @Test func bracesAroundASlotArePrinted() {
        let message = Message("the text uses {\(3)}, which the message has not")
        #expect(message.key == "the text uses {{1}}, which the message has not")
        #expect(message.description == "the text uses {3}, which the message has not")
        #expect(message.rendered(by: vietnamese) == "văn bản dùng {3}, mà thông báo không có")
    }

    @Test func storedAsItsEnglishText() throws {
        let data = try JSONEncoder().encode([Message("unknown \(Message("unit")) \"\("x9")\"")])
        #expect(String(decoding: data, as: UTF8.self) == #"["unknown unit \"x9\""]"#)
        let read = try JSONDecoder().decode([Message].self, from: data)
        #expect(read[0].rendered(by: vietnamese) == "unknown unit \"x9\"")   // read back, no longer translated
    }

    @Test func slotsAreFoundInOrder() {
        #expect(MessageTemplate.slots(in: "{2} of {1}, {x} {0} {12}") == [2, 1, 12])
    }
}

/// Numbers, days and periods as each language writes them.
@Suite struct NotationTests {
    @Test func numbers() {
        #expect(Notation.vietnamese.number(1234.56, fractionDigits: 1) == "1.234,6")
        #expect(Notation.english.number(1234.56, fractionDigits: 1) == "1,234.6")
        #expect(Notation.english.number(3812) == "3,812")
        #expect(Notation.english.trimmed(100) == "100")
        #expect(Notation.vietnamese.quantity(0.25) == "0,25")
        #expect(Notation.english.quantity(2500) == "2,500")
    }

    @Test func daysAndPeriods() throws {
        let day = try #require(Day(iso: "2024-07-05"))
        #expect(Notation.vietnamese.longDate(day) == "ngày 05 tháng 7 năm 2024")
        #expect(Notation.english.longDate(day) == "5 July 2024")
        #expect(Notation.english.shortDate(day) == "05/07/2024")
        let quarter = try Period(parsing: "2024-Q4"), half = try Period(parsing: "2024-H1")
        #expect(Notation.vietnamese.periodAtSentenceStart(quarter) == "Quý IV năm 2024")
        #expect(Notation.english.period(quarter) == "Q4 2024")
        #expect(Notation.english.periodAtSentenceStart(half) == "the first half of 2024")
    }
}

/// Areas and outputs show the decimals their values need, no more.
@Suite struct DecimalsAsNeededTests {
    func table(_ values: [Double]) -> ReportTable {
        ReportTable(id: "t", title: "T", columns: [Column(id: "area", label: "Diện tích", type: .decimal),
                                                  Column(id: "n", label: "Số", type: .decimal)],
                    rows: values.enumerated().map { index, value in
                        Row(key: "r\(index)", label: "r", cells: [("area", .number(value)), ("n", .number(value))])
                    })
    }

    @Test func fewestDecimalsThatShowEveryValue() {
        #expect(table([14, 2.5, 0.25]).withDecimalsAsNeeded(["area"]).columns[0].precision == 2)
        #expect(table([14, 2.5]).withDecimalsAsNeeded(["area"]).columns[0].precision == 1)
        #expect(table([14, 300]).withDecimalsAsNeeded(["area"]).columns[0].precision == 0)
        #expect(table([0.123]).withDecimalsAsNeeded(["area"]).columns[0].precision == 2)   // at most two
        #expect(table([0.1 + 0.2]).withDecimalsAsNeeded(["area"]).columns[0].precision == 1)   // 0,30000000000000004
        #expect(table([2.5]).withDecimalsAsNeeded(["area"]).columns[1].precision == nil)   // others as they were
    }
}
