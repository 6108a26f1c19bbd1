/// `dataset.yaml`: the dataset's name and how its documents are headed and signed.
public struct DatasetConfig: Hashable, Sendable, Decodable {
    public struct Signature: Hashable, Sendable, Decodable {
        /// `T/M BAN THƯỜNG VỤ`.
        public var onBehalf: String?
        /// `BÍ THƯ`.
        public var role: String?
        public var name: String?

        enum CodingKeys: String, CodingKey {
            case onBehalf = "on_behalf", role, name
        }
    }

    public var name: String?
    /// The first header line above the root unit, e.g. `ĐẢNG BỘ TỈNH SƠN LA`.
    public var upperBody: String?
    /// The place in the date line.
    public var place: String?
    public var numberLocale: NumberLocale
    public var signature: Signature?
    public var recipients: [String]
    /// Indicators beyond the built-in ones, declared for this dataset.
    public var indicators: [IndicatorDefinition]

    public init(name: String? = nil, upperBody: String? = nil, place: String? = nil,
                numberLocale: NumberLocale = .plain, signature: Signature? = nil, recipients: [String] = [],
                indicators: [IndicatorDefinition] = []) {
        self.name = name
        self.upperBody = upperBody
        self.place = place
        self.numberLocale = numberLocale
        self.signature = signature
        self.recipients = recipients
        self.indicators = indicators
    }

    /// The built-in indicators, then the declared ones (a declared id replaces a built-in one).
    public var allIndicators: [IndicatorDefinition] {
        let declared = Set(indicators.map(\.id))
        return IndicatorDefinition.builtIn.filter { !declared.contains($0.id) } + indicators
    }

    enum CodingKeys: String, CodingKey {
        case name, upperBody = "upper_body", place, numberLocale = "number_locale", signature, recipients, indicators
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
    }
}
