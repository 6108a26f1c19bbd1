/// Every report made for one unit and one period, with the document header
/// they are printed under. `--format json` writes it as `baocao.bundle/1`.
public struct ReportBundle: Hashable, Sendable {
    public static let formatID = "baocao.bundle/1"

    public var unit: UnitReference
    public var period: PeriodReference
    public var reports: [ReportDocument]
    /// The Party document header for paper-like outputs (TXT, the XLSX cover).
    /// Not part of the JSON.
    public var header: DocumentHeader

    public init(unit: UnitReference, period: PeriodReference, reports: [ReportDocument],
                header: DocumentHeader) {
        self.unit = unit
        self.period = period
        self.reports = reports
        self.header = header
    }

    /// The file name stem of every output for this bundle: `UNIT_PERIOD`.
    /// A unit id is a code, not a path: `/`, `\\` and leading dots become `-`,
    /// so `01/ĐU` gives `01-ĐU_2024-Q2` and nothing is written outside `--out`.
    public var baseName: String { "\(Self.fileSafe(unit.id))_\(period.id)" }

    static func fileSafe(_ id: String) -> String {
        let safe = String(id.map { $0 == "/" || $0 == "\\" || $0 == "\0" ? "-" : $0 })
        let dots = safe.prefix(while: { $0 == "." }).count
        return safe.isEmpty ? "-" : String(repeating: "-", count: dots) + safe.dropFirst(dots)
    }
}

extension ReportBundle: Encodable {
    enum CodingKeys: String, CodingKey { case format, unit, period, reports }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatID, forKey: .format)
        try container.encode(unit, forKey: .unit)
        try container.encode(period, forKey: .period)
        try container.encode(reports, forKey: .reports)
    }
}

/// The header and foot of a Party document, already worded:
///
/// ```
/// ĐẢNG BỘ TỈNH SƠN LA                     ĐẢNG CỘNG SẢN VIỆT NAM
/// HUYỆN ỦY SỐP CỘP                        ──────────────────────
///         *                      Sốp Cộp, ngày 05 tháng 7 năm 2024
///
///                              BÁO CÁO
///       kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024
/// ```
public struct DocumentHeader: Hashable, Sendable {
    /// Left column, in capitals: the upper body (may be absent) and the issuing body.
    public var issuingBodyLines: [String]
    /// Left column, under the `*`: `Số 45-BC/HU`, or `Số      -BC/HU` to fill in by hand; nil for none.
    public var number: String?
    /// Right column: `ĐẢNG CỘNG SẢN VIỆT NAM`.
    public var partyLine: String
    /// Right column, italic: `Sốp Cộp, ngày 05 tháng 7 năm 2024`.
    public var placeAndDate: String
    /// `BÁO CÁO`.
    public var documentKind: String
    /// The line under it: what the report is about, and the period.
    public var subject: String
    /// `Nơi nhận:`.
    public var recipientsHeading: String
    public var recipients: [String]
    /// Signature block lines, top to bottom (`T/M BAN THƯỜNG VỤ`, `BÍ THƯ`, name);
    /// the name is empty when unknown, for a handwritten signature.
    public var signature: [String]
    /// The document's date, also the workbook's fixed creation time.
    public var date: Day
    /// Author written into document properties.
    public var author: String

    public init(
        issuingBodyLines: [String], number: String? = nil, partyLine: String, placeAndDate: String,
        documentKind: String, subject: String, recipientsHeading: String, recipients: [String], signature: [String],
        date: Day, author: String
    ) {
        self.issuingBodyLines = issuingBodyLines
        self.number = number
        self.partyLine = partyLine
        self.placeAndDate = placeAndDate
        self.documentKind = documentKind
        self.subject = subject
        self.recipientsHeading = recipientsHeading
        self.recipients = recipients
        self.signature = signature
        self.date = date
        self.author = author
    }
}
