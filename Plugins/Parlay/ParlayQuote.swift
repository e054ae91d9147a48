/// The priced parlay: what `build_parlay` returns and what the parlay card shows.
///
/// Field names are the contract the model and the CLI see. Money is in dollars rounded to
/// cents; decimal odds and probabilities are rounded to 4 places.
public struct ParlayQuote: Sendable, Hashable, Encodable {
    public struct Leg: Sendable, Hashable, Encodable {
        public var selection: String
        public var event: String?
        public var market: String?
        /// The price with its sign, e.g. `"+150"`.
        public var americanOdds: String
        public var decimalOdds: Double
        /// Break-even probability of the price (vig included).
        public var impliedProbability: Double
        public var winProbability: Double?

        enum CodingKeys: String, CodingKey {
            case selection, event, market
            case americanOdds = "american_odds"
            case decimalOdds = "decimal_odds"
            case impliedProbability = "implied_probability"
            case winProbability = "win_probability"
        }
    }

    public var legs: [Leg]
    /// The product of the legs' decimal odds.
    public var combinedDecimalOdds: Double
    /// The combined price with its sign, e.g. `"+264"` or `"-227"`.
    public var combinedAmericanOdds: String
    public var stake: Double
    /// Total return when every leg wins: stake × combined decimal odds (stake included).
    public var payout: Double
    /// Payout minus stake.
    public var profit: Double
    /// Break-even probability of the combined price: the product of the legs' implied probabilities.
    public var impliedProbability: Double
    /// Product of the legs' `win_probability` (legs treated as independent); only when every leg has one.
    public var fairProbability: Double?
    /// Expected profit of the stake at `fair_probability`: p·profit − (1−p)·stake.
    public var expectedValue: Double?
    /// Half-Kelly fraction: ((d−1)·p − (1−p)) / (d−1) / 2, floored at 0.
    public var kellyFraction: Double?
    /// Half-Kelly bet size in dollars: `kelly_fraction` × bankroll (× stake when no bankroll is given).
    public var kellyStake: Double?
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case legs, stake, payout, profit, warnings
        case combinedDecimalOdds = "combined_decimal_odds"
        case combinedAmericanOdds = "combined_american_odds"
        case impliedProbability = "implied_probability"
        case fairProbability = "fair_probability"
        case expectedValue = "expected_value"
        case kellyFraction = "kelly_fraction"
        case kellyStake = "kelly_stake"
    }
}
