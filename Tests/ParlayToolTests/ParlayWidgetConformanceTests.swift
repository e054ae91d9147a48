import ChatKitWidgets
import JSONValue
import TestSupport
import Testing
@testable import ParlayTool

@Suite("parlay widgets pass the strict widget check", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct ParlayWidgetConformanceTests {
    @Test("open, locked and picked-board widgets conform to openai-chatkit 1.6.5")
    func conform() async throws {
        let quote = try ParlayCalculator.quote(ParlayActionTests.threeLegs)
        let slip = ParlaySlip(ParlayActionTests.threeLegs)
        let twoLegs = ParlaySlip(legs: Array(slip.legs.prefix(2)), stake: 10)
        let widgets: [(String, WidgetRoot)] = [
            ("open card", ParlayCard.open(quote, slip: slip)),
            ("open card, two legs", ParlayCard.open(try twoLegs.quote(), slip: twoLegs)),
            ("locked card", ParlayCard.locked(quote)),
            ("board with a marked pick", ParlayPicks.marking(ParlayPickTests.bills, selected: true, in: ParlayPickTests.board)),
        ]
        let oracle = try ConformanceOracle.shared()
        for (name, widget) in widgets {
            let verdict = try await oracle.checkWidget(try JSONValue(encoding: widget))
            #expect(verdict.conforms, "\(name): \(verdict)")
        }
    }
}
