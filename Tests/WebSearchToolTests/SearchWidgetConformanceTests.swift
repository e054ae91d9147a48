import ChatKitWidgets
import JSONValue
import Testing
import TestSupport
@testable import WebSearchTool

@Suite("web_search widgets pass the strict widget check", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct SearchWidgetConformanceTests {
    static let result = WebSearchOutput.Result(
        title: "Chiefs injury report", url: "https://example.com/a", source: "example.com",
        snippet: "Mahomes limited.", passages: ["Mahomes was limited."], published: nil
    )

    @Test("searching, filling-in and final list widgets conform", arguments: [
        SearchWidget.searching("chiefs injury report"),
        SearchWidget.results([result], query: "chiefs", provider: "google", done: false),
        SearchWidget.results([result, WebSearchOutput.Result(title: "B", url: "https://b.example", source: "b.example", snippet: "", passages: [], published: "2025-01-01")], query: "chiefs", provider: "duckduckgo", done: true),
        SearchWidget.results([], query: "nothing", provider: "duckduckgo", done: true),
    ])
    func conforms(_ root: WidgetRoot) async throws {
        let verdict = try await ConformanceOracle.shared().checkWidget(try JSONValue(encoding: root))
        #expect(verdict.conforms, "\(verdict)")
    }
}
