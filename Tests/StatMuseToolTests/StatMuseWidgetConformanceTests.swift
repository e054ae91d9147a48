import ChatKitWidgets
import JSONValue
import Testing
import TestSupport
import ToolSupport
@testable import StatMuseTool

@Suite("StatMuse and error widgets pass the strict widget check", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct StatMuseWidgetConformanceTests {
    static let output = StatMuseOutput(
        answer: "The New York Yankees' Aaron Judge has hit 53 home runs this season.",
        url: "https://www.statmuse.com/mlb/ask/aaron-judge-home-runs-this-season",
        sport: "mlb",
        table: .init(columns: ["NAME", "HR", ""], rows: Array(repeating: ["Aaron Judge", "53", ""], count: 12)),
        cached: false
    )

    @Test("asking, answer (with a long table), and error card widgets conform", arguments: [
        StatMuseCard.asking("Aaron Judge home runs"),
        StatMuseCard.answer(output),
        StatMuseCard.answer(StatMuseOutput(answer: "No table here.", url: "https://www.statmuse.com/nba/ask/x", sport: "nba", table: nil, cached: true)),
        WidgetRoot.errorCard(title: "StatMuse: Judge", message: "StatMuse has no answer"),
    ])
    func conforms(_ root: WidgetRoot) async throws {
        let verdict = try await ConformanceOracle.shared().checkWidget(try JSONValue(encoding: root))
        #expect(verdict.conforms, "\(verdict)")
    }
}
