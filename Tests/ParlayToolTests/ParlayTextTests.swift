import Foundation
import Testing
@testable import ParlayTool

@Suite("parlay text helpers")
struct ParlayTextTests {
    @Test("fixed-point text is what String(format:) writes", arguments: [
        0, 0.004, 0.005, 1, 5, 10.05, 25, 26.4, 99.995, 1234.5678, 1_000_000, -0.004, -3.25, 1e17, 3.2e40,
    ])
    func fixed(value: Double) {
        #expect(ParlayText.fixed(value, places: 2) == String(format: "%.2f", value))
        #expect(ParlayText.fixed(value, places: 4) == String(format: "%.4f", value))
    }

    @Test("trimming drops leading and trailing whitespace and newlines only")
    func trimmed() {
        #expect(ParlayText.trimmed("  Chiefs ML\n") == "Chiefs ML")
        #expect(ParlayText.trimmed("\u{00A0}Lions -3.5\t") == "Lions -3.5")
        #expect(ParlayText.trimmed("Over 47.5") == "Over 47.5")
        #expect(ParlayText.trimmed(" \n\t ") == "")
        #expect(ParlayText.trimmed("") == "")
    }
}
