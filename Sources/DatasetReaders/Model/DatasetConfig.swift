/// `dataset.yaml`: the dataset's name and how its documents are headed and signed.
public struct DatasetConfig: Hashable, Sendable, Decodable {
    public struct Signature: Hashable, Sendable, Decodable {
        /// `T/M BAN THƯỜNG VỤ`.
        public var onBehalf: String?
        /// `BÍ THƯ`.
        public var role: String?
        public var name: String?

        public init(onBehalf: String? = nil, role: String? = nil, name: String? = nil) {
            self.onBehalf = onBehalf
            self.role = role
            self.name = name
        }

        enum CodingKeys: String, CodingKey {
            case onBehalf = "on_behalf", role, name
        }
    }

    /// How one unit, or every unit of a kind, heads and signs its reports
    /// (`documents:` in dataset.yaml); each part given overrides the defaults
    /// of `Templates/LANG/document.yaml`.
    public struct Identity: Hashable, Sendable, Decodable {
        public var signature: Signature?
        public var recipients: [String]?
        public var place: String?
        /// The part of the document number after the number: `BC/ĐU` in `Số 12-BC/ĐU`.
        public var number: String?

        public init(signature: Signature? = nil, recipients: [String]? = nil, place: String? = nil,
                    number: String? = nil) {
            self.signature = signature
            self.recipients = recipients
            self.place = place
            self.number = number
        }
    }

    /// `documents:`: identities by unit kind (`grassroots_committee`) and by unit id.
    public struct Documents: Hashable, Sendable, Decodable {
        public var byKind: [String: Identity]
        public var byUnit: [String: Identity]

        public init(byKind: [String: Identity] = [:], byUnit: [String: Identity] = [:]) {
            self.byKind = byKind
            self.byUnit = byUnit
        }

        enum CodingKeys: String, CodingKey { case byKind = "by_kind", byUnit = "by_unit" }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            byKind = try container.decodeIfPresent([String: Identity].self, forKey: .byKind) ?? [:]
            byUnit = try container.decodeIfPresent([String: Identity].self, forKey: .byUnit) ?? [:]
        }
    }

    public var name: String?
    /// The first header line above the root unit, e.g. `ĐẢNG BỘ TỈNH SƠN LA`.
    public var upperBody: String?
    /// The place in the date line.
    public var place: String?
    public var numberLocale: NumberLocale
    /// The root unit's signature: its name is the root's secretary, never another unit's.
    public var signature: Signature?
    /// The root unit's recipients.
    public var recipients: [String]
    /// Indicators beyond the built-in ones, declared for this dataset.
    public var indicators: [IndicatorDefinition]
    public var documents: Documents

    public init(name: String? = nil, upperBody: String? = nil, place: String? = nil,
                numberLocale: NumberLocale = .plain, signature: Signature? = nil, recipients: [String] = [],
                indicators: [IndicatorDefinition] = [], documents: Documents = Documents()) {
        self.name = name
        self.upperBody = upperBody
        self.place = place
        self.numberLocale = numberLocale
        self.signature = signature
        self.recipients = recipients
        self.indicators = indicators
        self.documents = documents
    }

    /// The built-in indicators, then the declared ones (a declared id replaces a built-in one).
    public var allIndicators: [IndicatorDefinition] {
        let declared = Set(indicators.map(\.id))
        return IndicatorDefinition.builtIn.filter { !declared.contains($0.id) } + indicators
    }

    enum CodingKeys: String, CodingKey {
        case name, upperBody = "upper_body", place, numberLocale = "number_locale", signature, recipients, indicators
        case documents
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        upperBody = try container.decodeIfPresent(String.self, forKey: .upperBody)
        place = try container.decodeIfPresent(String.self, forKey: .place)
        numberLocale = try container.decodeIfPresent(NumberLocale.self, forKey: .numberLocale) ?? .plain
        signature = try container.decodeIfPresent(Signature.self, forKey: .signature)
        recipients = try container.decodeIfPresent([String].self, forKey: .recipients) ?? []
        indicators = try container.decodeIfPresent([IndicatorDefinition].self, forKey: .indicators) ?? []
        documents = try container.decodeIfPresent(Documents.self, forKey: .documents) ?? Documents()
    }
}
