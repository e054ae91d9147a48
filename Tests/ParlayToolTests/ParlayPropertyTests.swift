import Foundation
import Testing
@testable import ParlayTool

/// A small seeded generator (SplitMix64), so property failures reproduce exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("build_parlay properties (1000 seeded random parlays)")
struct ParlayPropertyTests {
    static func randomOdds(_ random: inout SeededGenerator) -> Int {
        let magnitude = Int.random(in: 100...2000, using: &random)
        return Bool.random(using: &random) ? magnitude : -magnitude
    }

    static func randomParlays(count: Int, seed: UInt64) -> [(odds: [Int], stake: Double)] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let legs = Int.random(in: 2...12, using: &random)
            let odds = (0..<legs).map { _ in randomOdds(&random) }
            let stake = Double(Int.random(in: 1...100_000, using: &random)) / 100
            return (odds, stake)
        }
    }

    @Test("combined decimal odds are the product of the legs' decimal odds; payout is stake × decimal")
    func productAndPayout() throws {
        for (odds, stake) in Self.randomParlays(count: 1000, seed: 20251116) {
            let legs = odds.map { ParlayLegInput(selection: "\($0)", odds: .number(Double($0))) }
            let quote = try ParlayCalculator.quote(legs: legs, stake: stake)
            let exact = odds.reduce(Decimal(1)) { $0 * AmericanOdds($1)!.decimal }
            #expect(quote.combinedDecimalOdds == DecimalRounding.double(exact, places: 4), "\(odds)")
            #expect(quote.payout == DecimalRounding.double(Decimal(string: String(format: "%.2f", stake))! * exact, places: 2), "\(odds) \(stake)")
            // Against the printed (rounded) leg odds: equal up to the rounding of each leg.
            let printed = quote.legs.reduce(1.0) { $0 * $1.decimalOdds }
            #expect(abs(printed - quote.combinedDecimalOdds) / quote.combinedDecimalOdds < 1e-3, "\(odds)")
            #expect(abs(quote.payout - stake * quote.combinedDecimalOdds) <= 0.005 + stake * quote.combinedDecimalOdds * 1e-4, "\(odds) \(stake)")
            #expect(abs(quote.profit - (quote.payout - quote.stake)) < 0.001)
            #expect(quote.combinedAmericanOdds.hasPrefix("+") == (exact >= 2), "\(odds) → \(quote.combinedAmericanOdds)")
        }
    }

    @Test("each leg's rounded decimal odds and implied probability match the exact decimal rounded half away from zero")
    func legRounding() {
        var random = SeededGenerator(seed: 11)
        let edges = [100, -100, 105, -105, 110, -110, 125, -125, 150, -150, 200, -200, -3200, 1_000_000, -1_000_000]  // -3200: 1.03125, a tie
        let values = edges + (0..<5000).map { _ in Self.randomOdds(&random) * (Bool.random(using: &random) ? 1 : 10) }
        for value in values {
            let odds = AmericanOdds(value)!
            #expect(odds.roundedDecimal(places: 4) == DecimalRounding.double(odds.decimal, places: 4), "\(value)")
            #expect(odds.roundedImpliedProbability(places: 4) == DecimalRounding.double(odds.impliedProbability, places: 4), "\(value)")
        }
    }

    @Test("every valid price round-trips through decimal odds")
    func roundTrip() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<5000 {
            let value = Self.randomOdds(&random) * (Bool.random(using: &random) ? 1 : 10)
            let odds = AmericanOdds(value)!
            // -100 and +100 are the same price; it is written +100.
            #expect(AmericanOdds(decimal: odds.decimal).value == (value == -100 ? 100 : value), "\(value)")
        }
    }
}
