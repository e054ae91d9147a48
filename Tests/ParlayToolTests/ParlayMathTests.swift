import Foundation
import Testing
@testable import ParlayTool

/// Hand-checked prices: every expected number below was worked out on paper.
@Suite("build_parlay maths")
struct ParlayMathTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var odds: [NumericInput]
        var stake: Double
        var combinedDecimal: Double
        var combinedAmerican: String
        var payout: Double
        var profit: Double
        var implied: Double
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // 1.909090… × 1.909090… = 3.644628…; (d−1)·100 = 264.46 → +264; 10 × 3.644628 = 36.4463 → 36.45.
        Case(name: "two -110 legs", odds: [.number(-110), .number(-110)], stake: 10,
             combinedDecimal: 3.6446, combinedAmerican: "+264", payout: 36.45, profit: 26.45, implied: 0.2744),
        // 2.5 × 3 = 7.5 → +650.
        Case(name: "two underdogs", odds: [.text("+150"), .text("+200")], stake: 10,
             combinedDecimal: 7.5, combinedAmerican: "+650", payout: 75, profit: 65, implied: 0.1333),
        // 1.2 × 1.2 = 1.44 < 2 → −100/0.44 = −227.27 → −227.
        Case(name: "two heavy favourites stay below even money", odds: [.number(-500), .text("-500")], stake: 10,
             combinedDecimal: 1.44, combinedAmerican: "-227", payout: 14.4, profit: 4.4, implied: 0.6944),
        // 1.5 × 1.3333… = 2 exactly → even money is +100.
        Case(name: "exactly even money is +100", odds: [.number(-200), .number(-300)], stake: 10,
             combinedDecimal: 2, combinedAmerican: "+100", payout: 20, profit: 10, implied: 0.5),
        // 1.8 × 1.05… : −125 → 1.8, −2000 → 1.05; 1.89 → −100/0.89 = −112.36 → −112.
        Case(name: "just below even money", odds: [.number(-125), .number(-2000)], stake: 100,
             combinedDecimal: 1.89, combinedAmerican: "-112", payout: 189, profit: 89, implied: 0.5291),
        // 2.5 × 2.5 = 6.25; 0.70 × 6.25 = 4.375 → 4.38 (half up; a binary double gives 4.37).
        Case(name: "half cent rounds up", odds: [.text("150"), .number(150)], stake: 0.7,
             combinedDecimal: 6.25, combinedAmerican: "+525", payout: 4.38, profit: 3.68, implied: 0.16),
        // 1.909090… × 2.05 × 1.8 = 7.0445454…; +604.45 → +604; 25 × 7.0445454 = 176.1136 → 176.11;
        // implied 110/210 × 100/205 × 125/225 = 0.14195 → 0.142.
        Case(name: "three legs mixed", odds: [.number(-110), .text("+105"), .text("-125")], stake: 25,
             combinedDecimal: 7.0445, combinedAmerican: "+604", payout: 176.11, profit: 151.11, implied: 0.142),
        // Even money both ways: +100 and "even" → 2 × 2 = 4 → +300.
        Case(name: "even written as text", odds: [.number(100), .text("even")], stake: 10,
             combinedDecimal: 4, combinedAmerican: "+300", payout: 40, profit: 30, implied: 0.25),
    ]

    @Test("hand-checked parlays", arguments: cases)
    func handChecked(_ example: Case) throws {
        let legs = example.odds.enumerated().map { ParlayLegInput(selection: "Pick \($0.offset + 1)", odds: $0.element) }
        let quote = try ParlayCalculator.quote(legs: legs, stake: example.stake)
        #expect(quote.combinedDecimalOdds == example.combinedDecimal)
        #expect(quote.combinedAmericanOdds == example.combinedAmerican)
        #expect(quote.payout == example.payout)
        #expect(quote.profit == example.profit)
        #expect(quote.impliedProbability == example.implied)
        #expect(quote.stake == example.stake)
    }

    @Test("an unsigned \"150\" is +150, not -150")
    func unsignedIsPositive() throws {
        let odds = try AmericanOdds.parse(.text("150"))
        #expect(odds.value == 150)
        #expect(odds.decimal == 2.5)
        #expect(try AmericanOdds.parse(.text(" -110 ")).value == -110)
        #expect(try AmericanOdds.parse(.text("\u{2212}110")).value == -110)
    }

    @Test("legs report decimal odds and implied probability to 4 places")
    func legFields() throws {
        let quote = try ParlayCalculator.quote(legs: [
            ParlayLegInput(selection: "Bills -5.5", odds: .number(-110), event: "TB @ BUF", market: "spreads"),
            ParlayLegInput(selection: "Over 48.5", odds: .text("+120"), event: "KC @ DEN", market: "totals"),
        ], stake: 10)
        #expect(quote.legs[0].decimalOdds == 1.9091)
        #expect(quote.legs[0].impliedProbability == 0.5238)
        #expect(quote.legs[0].americanOdds == "-110")
        #expect(quote.legs[1].decimalOdds == 2.2)
        #expect(quote.legs[1].impliedProbability == 0.4545)
        #expect(quote.legs[1].americanOdds == "+120")
        #expect(quote.warnings.isEmpty)
        #expect(quote.fairProbability == nil && quote.expectedValue == nil && quote.kellyStake == nil)
    }

    @Test("win probabilities give fair probability, expected value and a half-Kelly stake")
    func expectedValueAndKelly() throws {
        // d = 2 × 2 = 4, p = 0.55² = 0.3025; EV = 10 × (0.3025 × 4 − 1) = 2.10;
        // Kelly = (3 × 0.3025 − 0.6975) / 3 = 0.07, half = 0.035; × bankroll 1000 = 35.00.
        let legs = [
            ParlayLegInput(selection: "A", odds: .number(100), winProbability: 0.55),
            ParlayLegInput(selection: "B", odds: .number(100), winProbability: 0.55),
        ]
        let withBankroll = try ParlayCalculator.quote(legs: legs, stake: 10, bankroll: 1000)
        #expect(withBankroll.fairProbability == 0.3025)
        #expect(withBankroll.expectedValue == 2.1)
        #expect(withBankroll.kellyFraction == 0.035)
        #expect(withBankroll.kellyStake == 35)
        let againstStake = try ParlayCalculator.quote(legs: legs, stake: 10)
        #expect(againstStake.kellyStake == 0.35)
    }

    @Test("a negative edge gives a Kelly stake of zero and a negative expected value")
    func negativeEdge() throws {
        let legs = [
            ParlayLegInput(selection: "A", odds: .number(-110), winProbability: 0.5),
            ParlayLegInput(selection: "B", odds: .number(-110), winProbability: 0.5),
        ]
        let quote = try ParlayCalculator.quote(legs: legs, stake: 10)
        // 10 × (0.25 × 3.644628 − 1) = −0.8884 → −0.89.
        #expect(quote.expectedValue == -0.89)
        #expect(quote.kellyFraction == 0)
        #expect(quote.kellyStake == 0)
    }

    @Test("probabilities on only some legs are reported, not guessed")
    func partialProbabilities() throws {
        let quote = try ParlayCalculator.quote(legs: [
            ParlayLegInput(selection: "A", odds: .number(-110), winProbability: 0.6),
            ParlayLegInput(selection: "B", odds: .number(-110)),
        ], stake: 10)
        #expect(quote.fairProbability == nil)
        #expect(quote.warnings.contains { $0.contains("Only some legs") })
    }

    @Test("American odds survive a round trip through decimal odds; even money comes back as +100")
    func roundTripHandPicked() {
        for value in [-10000, -1000, -250, -110, -105, -101, 100, 101, 105, 110, 250, 1000, 25000] {
            let odds = AmericanOdds(value)!
            #expect(AmericanOdds(decimal: odds.decimal) == odds, "\(value)")
        }
        #expect(AmericanOdds(decimal: AmericanOdds(-100)!.decimal).description == "+100")
    }
}
