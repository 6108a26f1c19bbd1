internal import DatasetReaders
internal import ReportModel

/// The values the `economic-models` narrative template is rendered with,
/// already in the language's notation (`10,4`, `7,7%`): the models' count,
/// households, revenue and profit (or loss) in tỷ or triệu đồng, the model with the highest
/// profit per hectare (when one makes a profit) and its baseline multiple, and the report unit's own
/// indicators for the period. A value that is unknown is left out, so the
/// template's Mustache sections drop the words around it.
struct EconomicNarrative {
    let values: [String: Any]

    init(results: [ModelResult], indicators: [IndicatorFigure], unit: PartyUnit, period: Period,
         notation: Notation = .vietnamese, money: MoneyWords = .vietnamese) {
        let periodText = notation.period(period)
        let sums = ModelSums(results)
        var values: [String: Any] = [
            "unit": unit.name,
            "period": periodText,
            "Period": notation.periodAtSentenceStart(period),
            "any_models": !results.isEmpty,
            "models": notation.number(results.count),
            "several": results.count > 1,
            "revenue": money.say(sums.revenue),
            "profit": money.say(abs(sums.profit)),
            "loss": sums.profit < 0,
        ]
        if let households = sums.households {
            values["households"] = notation.quantity(households)
        }
        // The first of the models with the highest profit per hectare; a loss is nobody's best.
        var best: (result: ModelResult, perHa: Double)?
        for result in results {
            if let perHa = result.profitPerHa, perHa > best?.perHa ?? 0 { best = (result, perHa) }
        }
        if let best {
            values["best_name"] = Self.midSentence(best.result.name)
            if best.result.unitID != unit.id { values["best_unit"] = best.result.unitName }
            values["best_profit_per_ha"] = money.say(best.perHa)
            // "gấp N lần" only says something when N is more than 1.
            if let multiple = best.result.baselineMultiple, multiple > 1 {
                values["best_multiple"] = notation.trimmed(multiple, fractionDigits: 1)
                if let label = best.result.baselineLabel, !label.isEmpty { values["best_baseline"] = label }
            }
        }
        let own = indicators.filter { $0.unitID == unit.id }
        values["any_indicators"] = !own.isEmpty
        values["indicators"] = own.enumerated().map { index, figure -> [String: Any] in
            var item: [String: Any] = [
                "label": Self.midSentence(figure.label),
                "value": money.amount(figure.value, measure: figure.measure),
                "achieved": figure.achieved ?? false,
                "last": index == own.count - 1,
            ]
            if let target = figure.target { item["target"] = money.amount(target, measure: figure.measure) }
            return item
        }
        self.values = values
    }

    /// A name as written inside a sentence: `Nuôi cá lồng` → `nuôi cá lồng`,
    /// while a first word in capitals (`HTX`) or a proper name's capitals
    /// further on are kept.
    static func midSentence(_ name: String) -> String {
        let firstWord = name.prefix { !$0.isWhitespace }
        guard let first = firstWord.first, firstWord.count > 1,
              firstWord.dropFirst().allSatisfy({ !$0.isLetter || $0.isLowercase })
        else { return name }
        return first.lowercased() + name.dropFirst()
    }
}

/// How a sentence says an amount of money, in the report's language: the
/// words for a billion and a million đồng come from the template's `rows`.
struct MoneyWords {
    let notation: Notation
    /// `tỷ đồng`, `triệu đồng`, and `triệu` before another measure (`triệu đồng/người/năm`).
    let billionDong: String
    let millionDong: String
    let million: String

    static let vietnamese = MoneyWords(notation: .vietnamese, billionDong: "tỷ đồng", millionDong: "triệu đồng",
                                       million: "triệu")

    init(notation: Notation, billionDong: String, millionDong: String, million: String) {
        self.notation = notation
        self.billionDong = billionDong
        self.millionDong = millionDong
        self.million = million
    }

    init(labels: PluginLabels, notation: Notation) throws(TemplateError) {
        self.init(notation: notation, billionDong: try labels.row("billion_dong"),
                  millionDong: try labels.row("million_dong"), million: try labels.row("million"))
    }

    /// `13,9 tỷ đồng` from a billion up, else `740 triệu đồng` (one decimal at most, none when whole).
    func say(_ value: Double) -> String {
        abs(value) >= 1e9
            ? notation.trimmed(value / 1e9, fractionDigits: 1) + " " + billionDong
            : notation.trimmed(value / 1e6, fractionDigits: 1) + " " + millionDong
    }

    /// A value with its unit of measure as a sentence says it: `7,7%`,
    /// `30 triệu đồng/người/năm` (amounts of a million đồng and more in
    /// millions), `84 lồng`.
    func amount(_ value: Double, measure: String?) -> String {
        guard let measure, !measure.isEmpty else { return notation.quantity(value) }
        if measure == "%" { return notation.quantity(value) + "%" }
        if measure.hasPrefix("đồng"), abs(value) >= 1e6 {
            return notation.trimmed(value / 1e6, fractionDigits: 1) + " " + million + " " + measure
        }
        return notation.quantity(value) + " " + measure
    }
}
