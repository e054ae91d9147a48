import AgentRuntime
import JSONValue
import TestSupport
import Testing
@testable import OddsTool

@Suite("get_odds through the tool registry")
struct GetOddsRegistryTests {
    @Test("the strict schema is generated and model JSON reaches the API as documented")
    func registryCall() async throws {
        try await withFixtureHTTPServer(GetOddsTests.slate) { server in
            let registry = try ToolRegistry([GetOddsTool(service: OddsFixtures.service(baseURL: server.url()))])
            let schema = try #require(registry.definition(named: "get_odds")).parameters
            #expect(schema["properties"]?["sport"]?["enum"]?.arrayValue?.contains("champions_league") == true)
            let arguments = #"{"sport": "nfl", "markets": ["spreads"], "team": "bills", "bookmakers": null, "player_props": null, "from": null, "to": null}"#
            let invocation = await registry.invoke(name: "get_odds", arguments: arguments, context: RecordingEventSink().context(toolName: "get_odds"))
            let output = try #require(invocation.output)
            #expect(output.value["games"]?[0]?["markets"]?["spreads"]?[1]?["best_book"] == "Caesars")
            #expect(output.value["quota"]?["remaining"] == 412)
            let bad = await registry.invoke(name: "get_odds", arguments: #"{"sport": "cricket", "markets": null, "team": null, "bookmakers": null, "player_props": null, "from": null, "to": null}"#, context: RecordingEventSink().context(toolName: "get_odds"))
            #expect(bad.output == nil)
        }
    }
}
