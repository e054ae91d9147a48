import Foundation

/// Prices a parlay exactly: pure, no I/O, shared by the tool and the widget actions.
///
/// Leg prices are converted to exact decimals (`Decimal`, 38 significant digits), multiplied
/// unrounded, and rounded only for output (half away from zero), so a hand calculation and the
/// tool agree to the cent.
public enum ParlayCalculator {
    public static let legRange = 2...12
    public static let defaultStake: Double = 10
    /// More legs than this draws a warning.
    public static let manyLegsThreshold = 6

    public static func quote(_ arguments: BuildParlayArguments) throws(ParlayError) -> ParlayQuote {
        try quote(legs: arguments.legs, stake: arguments.stake ?? defaultStake, bankroll: arguments.bankroll)
    }

    public static func quote(legs inputs: [ParlayLegInput], stake stakeAmount: Double, bankroll: Double? = nil) throws(ParlayError) -> ParlayQuote {
        guard legRange.contains(inputs.count) else { throw .legCount(inputs.count) }
        let stake = try money(stakeAmount, limit: 1_000_000) { written, problem in .invalidStake(written: written, problem: problem) }
        let bankrollAmount = try bankroll.map { value throws(ParlayError) in
            try money(value, limit: 1_000_000_000) { written, problem in .invalidBankroll(written: written, problem: problem) }
        }

        var legs: [ParlayQuote.Leg] = []
        var combined: Decimal = 1
        var implied: Decimal = 1
        var fair: Decimal? = 1
        for (index, input) in inputs.enumerated() {
            let selection = ParlayText.trimmed(input.selection)
            guard !selection.isEmpty else { throw .emptySelection(leg: index + 1) }
            let odds: AmericanOdds
            do {
                odds = try AmericanOdds.parse(input.odds)
            } catch {
                throw .invalidOdds(leg: index + 1, written: input.odds.written, problem: error.problem)
            }
            combined *= odds.decimal
            implied *= odds.impliedProbability
            if let probability = input.winProbability, probability > 0, probability < 1, let product = fair {
                fair = product * Decimal(probability)
            } else {
                fair = nil
            }
            legs.append(ParlayQuote.Leg(
                selection: selection,
                event: input.event.flatMap(nonEmpty),
                market: input.market.flatMap(nonEmpty),
                americanOdds: odds.description,
                decimalOdds: odds.roundedDecimal(places: 4),
                impliedProbability: odds.roundedImpliedProbability(places: 4),
                winProbability: input.winProbability
            ))
        }

        let payout = DecimalRounding.rounded(stake * combined, places: 2)
        var quote = ParlayQuote(
            legs: legs,
            combinedDecimalOdds: DecimalRounding.double(combined, places: 4),
            combinedAmericanOdds: AmericanOdds(decimal: combined).description,
            stake: DecimalRounding.double(stake, places: 2),
            payout: DecimalRounding.double(payout, places: 2),
            profit: DecimalRounding.double(payout - stake, places: 2),
            impliedProbability: DecimalRounding.double(implied, places: 4),
            warnings: ParlayWarnings.warnings(for: inputs)
        )
        if let p = fair {
            let b = combined - 1
            let kelly = max(0, (b * p - (1 - p)) / b) / 2
            quote.fairProbability = DecimalRounding.double(p, places: 4)
            quote.expectedValue = DecimalRounding.double(stake * (p * combined - 1), places: 2)
            quote.kellyFraction = DecimalRounding.double(kelly, places: 4)
            quote.kellyStake = DecimalRounding.double(kelly * (bankrollAmount ?? stake), places: 2)
        } else if inputs.contains(where: { $0.winProbability != nil }) {
            quote.warnings.append("Only some legs have a win_probability: fair probability, expected value and Kelly stake need one for every leg.")
        }
        return quote
    }

    private static func money(
        _ amount: Double, limit: Double, _ error: (String, String) -> ParlayError
    ) throws(ParlayError) -> Decimal {
        let written = amount.isFinite ? String(amount) : "\(amount)"
        guard amount.isFinite, amount > 0 else { throw error(written, "must be a positive amount of dollars") }
        guard amount <= limit else { throw error(written, "is above the \(Int(limit)) limit") }
        let cents = DecimalRounding.cents(amount)
        guard cents > 0 else { throw error(written, "rounds to 0 cents") }
        return cents
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = ParlayText.trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
