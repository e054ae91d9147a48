import AgentRuntime
import JSONValue
import Testing

@Suite("ToolRegistry")
struct ToolRegistryTests {
    struct Quote: Encodable, Sendable {
        var team: String
        var odds: Int
        var bookmaker: String
    }

    struct QuoteTool: Tool {
        let name = "get_odds"
        let description = "Fetch current betting odds for a sport."
        func call(arguments: SchemaGolden.GetOddsArguments, context: ToolContext) async throws -> [Quote] {
            [Quote(team: "KC", odds: -165, bookmaker: "fanduel/\(arguments.region)")]
        }
    }

    struct Unavailable: Error, CustomStringConvertible {
        var description: String { "the odds service answered 503" }
    }

    private let search = SchemaTestTool<SchemaGolden.WebSearchArguments>(name: "web_search", description: "Search the web and return the top results.") {
        "results for \($0.query) (\($0.maxResults))"
    }

    @Test("definitions keep registration order and carry the generated schema")
    func definitions() throws {
        let registry = try ToolRegistry([search, QuoteTool()])
        #expect(registry.names == ["web_search", "get_odds"])
        let expected = try ToolSchema.parameters(for: SchemaGolden.GetOddsArguments.self, toolName: "get_odds")
        #expect(registry.definition(named: "get_odds") == ToolDefinition(name: "get_odds", description: "Fetch current betting odds for a sport.", parameters: expected))
        #expect(registry.definition(named: "nope") == nil)
    }

    @Test("Responses tools are flat function objects with strict true")
    func responsesEncoding() throws {
        let registry = try ToolRegistry([QuoteTool()])
        let parameters = try #require(registry.definitions.first?.parameters)
        #expect(registry.responsesTools == [[
            "type": "function", "name": "get_odds", "description": "Fetch current betting odds for a sport.",
            "parameters": parameters, "strict": true,
        ]])
    }

    @Test("Chat Completions tools wrap the definition in function")
    func chatCompletionsEncoding() throws {
        let registry = try ToolRegistry([QuoteTool()])
        let parameters = try #require(registry.definitions.first?.parameters)
        #expect(registry.chatCompletionsTools == [[
            "type": "function",
            "function": ["name": "get_odds", "description": "Fetch current betting odds for a sport.", "parameters": parameters, "strict": true],
        ]])
    }

    @Test("an Encodable output is JSON with sorted keys and also returned as a JSON value")
    func encodableOutput() async throws {
        let registry = try ToolRegistry([QuoteTool()])
        let invocation = await registry.invoke(
            name: "get_odds", arguments: #"{"sport":"nfl","markets":null,"region":"us"}"#, context: silentToolContext(tool: "get_odds"))
        #expect(invocation == .succeeded(ToolOutput(
            text: #"[{"bookmaker":"fanduel/us","odds":-165,"team":"KC"}]"#,
            value: [["bookmaker": "fanduel/us", "odds": -165, "team": "KC"]]
        )))
    }

    @Test("a String output reaches the model verbatim")
    func stringOutput() async throws {
        let registry = try ToolRegistry([search])
        let invocation = await registry.invoke(name: "web_search", arguments: #"{"query":"Chiefs","max_results":5}"#, context: silentToolContext(tool: "web_search"))
        #expect(invocation == .succeeded(ToolOutput(text: "results for Chiefs (5)", value: "results for Chiefs (5)")))
    }

    @Test("an unknown tool name is a failure, not a throw")
    func unknownTool() async throws {
        let registry = try ToolRegistry([search])
        let invocation = await registry.invoke(name: "nope", arguments: "{}", context: silentToolContext(tool: "nope"))
        #expect(invocation == .failed(.unknownTool(name: "nope")))
        #expect("\(ToolFailure.unknownTool(name: "nope"))" == "Tool 'nope' not found.")
    }

    @Test("a throwing tool becomes a failure carrying the error's description")
    func throwingTool() async throws {
        let broken = SchemaTestTool<SchemaGolden.GetTimeArguments>(name: "get_time") { _ in throw Unavailable() }
        let registry = try ToolRegistry([broken])
        let invocation = await registry.invoke(name: "get_time", arguments: "{}", context: silentToolContext(tool: "get_time"))
        #expect(invocation == .failed(.failed(tool: "get_time", message: "the odds service answered 503")))
    }

    @Test("invalid arguments never reach the tool")
    func invalidArgumentsSkipTheTool() async throws {
        let registry = try ToolRegistry([SchemaTestTool<SchemaGolden.WebSearchArguments>(name: "web_search") { _ in
            Issue.record("the tool ran")
            return ""
        }])
        let invocation = await registry.invoke(name: "web_search", arguments: #"{"query":"x"}"#, context: silentToolContext(tool: "web_search"))
        #expect(invocation == .failed(.invalidArguments(tool: "web_search", message: "max_results: required property is missing")))
    }

    @Test("duplicate names are rejected")
    func duplicateNames() {
        #expect(throws: ToolRegistrationError.duplicateName("web_search")) { try ToolRegistry([search, search]) }
    }

    @Test("names outside [a-zA-Z0-9_-] or longer than 64 characters are rejected", arguments: ["", "get odds", "größe", String(repeating: "a", count: 65)])
    func invalidNames(_ name: String) {
        let tool = SchemaTestTool<SchemaGolden.GetTimeArguments>(name: name) { _ in "" }
        #expect(throws: ToolRegistrationError.invalidName(name)) { try ToolRegistry([tool]) }
    }
}
