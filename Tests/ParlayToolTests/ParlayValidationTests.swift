import AgentRuntime
import Foundation
import JSONValue
import Testing
@testable import ParlayTool

@Suite("build_parlay rejects bad input with a clear error")
struct ParlayValidationTests {
    private func quote(_ odds: [NumericInput], stake: Double = 10) throws -> ParlayQuote {
        try ParlayCalculator.quote(legs: odds.map { ParlayLegInput(selection: "Pick", odds: $0) }, stake: stake)
    }

    @Test("odds of 0 are rejected")
    func zero() {
        #expect(throws: ParlayError.self) { try quote([.number(-110), .number(0)]) }
        do { _ = try quote([.number(-110), .number(0)]) } catch {
            #expect("\(error)".contains("leg 2: odds 0 are 0"))
        }
    }

    @Test("odds between -100 and +100 are rejected", arguments: [NumericInput.number(50), .number(-50), .number(99), .number(-99), .text("+99"), .text("-1")])
    func insideEvenMoney(_ odds: NumericInput) {
        do {
            _ = try quote([odds, .number(-110)])
            Issue.record("expected \(odds) to be rejected")
        } catch {
            #expect("\(error)".contains("between -100 and +100"), "\(error)")
            #expect("\(error)".hasPrefix("leg 1:"))
        }
    }

    @Test("text that is not a price is rejected", arguments: ["abc", "", "+", "1e3", "--110", "+-110"])
    func notANumber(_ text: String) {
        #expect(throws: ParlayError.self) { try quote([.text(text), .number(-110)]) }
    }

    @Test("decimal-looking odds get a hint to convert them")
    func decimalOdds() {
        do {
            _ = try quote([.number(1.91), .number(-110)])
            Issue.record("expected decimal odds to be rejected")
        } catch {
            #expect("\(error)".contains("decimal odds?"), "\(error)")
        }
    }

    @Test("stakes must be positive", arguments: [0.0, -5, 0.001, .infinity, 2_000_000])
    func badStake(_ stake: Double) {
        #expect(throws: ParlayError.self) { try quote([.number(-110), .number(-110)], stake: stake) }
    }

    @Test("a parlay needs 2 to 12 legs")
    func legCount() {
        #expect(throws: ParlayError.legCount(1)) { try quote([.number(-110)]) }
        #expect(throws: ParlayError.legCount(13)) { try quote(Array(repeating: .number(-110), count: 13)) }
    }

    @Test("an empty selection is rejected")
    func emptySelection() {
        #expect(throws: ParlayError.emptySelection(leg: 1)) {
            try ParlayCalculator.quote(legs: [ParlayLegInput(selection: "  ", odds: .number(-110)), ParlayLegInput(selection: "B", odds: .number(-110))], stake: 10)
        }
    }

    @Test("the schema bounds legs and win probabilities, and the tool reports them")
    func schemaBounds() throws {
        let registry = try ToolRegistry([BuildParlayTool()])
        let definition = try #require(registry.definitions.first)
        let legs = definition.parameters["properties"]?["legs"]
        #expect(legs?["minItems"] == 2)
        #expect(legs?["maxItems"] == 12)
        let odds = definition.parameters["$defs"]?["ParlayLegInput"]?["properties"]?["odds"]
        #expect(odds?["anyOf"] != nil)
    }
}

@Suite("build_parlay warnings")
struct ParlayWarningTests {
    @Test("two legs on the same event are flagged as correlated")
    func sameEvent() throws {
        let quote = try ParlayCalculator.quote(legs: [
            ParlayLegInput(selection: "Bills -5.5", odds: .number(-110), event: "Buccaneers @ Bills", market: "spreads"),
            ParlayLegInput(selection: "Over 48.5", odds: .number(-110), event: "buccaneers @ bills ", market: "totals"),
            ParlayLegInput(selection: "Chiefs ML", odds: .number(-150), event: "Chiefs @ Broncos", market: "h2h"),
        ], stake: 10)
        #expect(quote.warnings.count == 1)
        #expect(quote.warnings.first?.contains("Legs 1, 2 are on the same event") == true)
    }

    @Test("duplicate legs are flagged")
    func duplicates() throws {
        let quote = try ParlayCalculator.quote(legs: [
            ParlayLegInput(selection: "Bills -5.5", odds: .number(-110), event: "TB @ BUF"),
            ParlayLegInput(selection: "bills -5.5", odds: .number(-110), event: "TB @ BUF"),
        ], stake: 10)
        #expect(quote.warnings == ["Legs 1 and 2 are the same pick (Bills -5.5): a duplicate leg."])
    }

    @Test("more than 6 legs draws a warning")
    func manyLegs() throws {
        let six = try ParlayCalculator.quote(legs: (1...6).map { ParlayLegInput(selection: "Pick \($0)", odds: .number(-110)) }, stake: 10)
        #expect(six.warnings.isEmpty)
        let seven = try ParlayCalculator.quote(legs: (1...7).map { ParlayLegInput(selection: "Pick \($0)", odds: .number(-110)) }, stake: 10)
        #expect(seven.warnings.count == 1)
        #expect(seven.warnings[0].hasPrefix("7 legs"))
    }
}
