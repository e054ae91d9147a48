import AgentRuntime
import JSONValue

/// The arguments of `build_parlay`.
public struct BuildParlayArguments: ToolArguments, Hashable {
    public var legs: [ParlayLegInput]
    public var stake: Double?
    public var bankroll: Double?

    public init(legs: [ParlayLegInput], stake: Double? = nil, bankroll: Double? = nil) {
        self.legs = legs
        self.stake = stake
        self.bankroll = bankroll
    }

    public static let schemaFields: [String: SchemaField] = [
        "legs": SchemaField("The picks to combine, 2 to 12.", constraints: [.minItems(2), .maxItems(12)]),
        "stake": SchemaField(
            "Amount risked on the parlay, in dollars; null for the default of 10.",
            default: 10, constraints: [.exclusiveMinimum(0), .maximum(1_000_000)]
        ),
        "bankroll": SchemaField(
            "The bettor's bankroll in dollars, used only to size kelly_stake; null to size it against the stake.",
            default: nil, constraints: [.exclusiveMinimum(0), .maximum(1_000_000_000)]
        ),
    ]
}

/// One pick of a parlay as the model (or a widget) describes it.
public struct ParlayLegInput: SchemaDescribed, Sendable, Hashable, Codable {
    public var selection: String
    public var odds: NumericInput
    public var event: String?
    public var market: String?
    public var winProbability: Double?

    public init(selection: String, odds: NumericInput, event: String? = nil, market: String? = nil, winProbability: Double? = nil) {
        self.selection = selection
        self.odds = odds
        self.event = event
        self.market = market
        self.winProbability = winProbability
    }

    enum CodingKeys: String, CodingKey {
        case selection, odds, event, market
        case winProbability = "win_probability"
    }

    public static let schemaDescription: String? = "One leg of the parlay."
    public static let schemaFields: [String: SchemaField] = [
        "selection": "The pick as a bettor would write it, e.g. \"Buffalo Bills -5.5\" or \"Josh Allen over 249.5 passing yards\".",
        "odds": "American odds as a number or string: \"+150\", \"-110\", or \"150\" (unsigned means positive). Must be at least +100 or at most -100.",
        "event": "The game, e.g. \"Tampa Bay Buccaneers @ Buffalo Bills\"; legs with the same event are flagged as correlated. Null if unknown.",
        "market": "The market, e.g. \"spreads\", \"h2h\", \"totals\" or a prop key. Null if unknown.",
        "win_probability": SchemaField(
            "Your estimated probability that this leg wins, as a fraction between 0 and 1 (0.55, not 55). Null if unknown.",
            constraints: [.exclusiveMinimum(0), .exclusiveMaximum(1)]
        ),
    ]
}
