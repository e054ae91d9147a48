import AgentRuntime
import FakeModelServer
import Foundation
import JSONValue
import OpenAIModels
import Testing

@Suite("Request bodies match what the Agents SDK sends")
struct RequestBodyTests {
    private let tools = [ReferenceTools.getOdds, ReferenceTools.webSearch]
    private let history: [ModelInputItem] = [
        .userMessage(ReferenceTools.question),
        .functionCall(id: "fc_001", callID: "call_odds_001", name: "get_odds", arguments: ReferenceTools.oddsArguments),
        .functionCall(id: "fc_002", callID: "call_search_001", name: "web_search", arguments: ReferenceTools.searchArguments),
        .functionCallOutput(callID: "call_odds_001", output: #"{"KC@BUF": {"KC": -165, "BUF": 140}}"#),
        .functionCallOutput(callID: "call_search_001", output: "1. Chiefs list no new injuries (espn.com)"),
    ]

    /// Sends turn 1 (tool_choice required) and turn 2 (history replay, tool_choice reset) and returns both bodies.
    private func twoTurns(_ api: TestAPI) async throws -> (JSONValue, JSONValue) {
        try await withFakeModelServer(script: [.text(["a"]), .text(["b"])]) { server in
            let client = try await makeClient(api, server: server)
            let turn1 = ModelRequest(
                model: "gpt-4.1",
                instructions: ReferenceTools.instructions,
                input: [.userMessage(ReferenceTools.question)],
                tools: tools,
                toolChoice: .required,
                parallelToolCalls: true
            )
            var turn2 = turn1
            turn2.input = history
            turn2.toolChoice = nil
            _ = try await client.streamResponse(to: turn1) { _ in }
            _ = try await client.streamResponse(to: turn2) { _ in }
            let requests = server.requests
            #expect(requests.allSatisfy { $0.endpoint == api.endpoint && $0.header("authorization") == "Bearer sk-test" })
            return (requests[0].body, requests[1].body)
        }
    }

    private func parse(_ json: String) throws -> JSONValue {
        try JSONValue(parsing: Data(json.utf8))
    }

    private func removingTools(_ body: JSONValue) -> JSONValue {
        var members = body.objectValue ?? [:]
        members["tools"] = nil
        return .object(members)
    }

    @Test("Responses: tools, tool_choice, then the turn-2 replay in call order with tool_choice reset")
    func responsesTurns() async throws {
        let (turn1, turn2) = try await twoTurns(.responses)
        #expect(turn1 == (try parse(ReferenceRequests.responsesTurn1)))
        #expect(removingTools(turn2) == (try parse(ReferenceRequests.responsesTurn2)))
        #expect(turn2["tools"] == turn1["tools"])
    }

    @Test("Chat Completions: system message, grouped tool_calls with null content, tool messages; no store or stream_options off OpenAI")
    func chatTurns() async throws {
        let (turn1, turn2) = try await twoTurns(.chatCompletions)
        #expect(turn1 == (try parse(ReferenceRequests.chatTurn1)))
        #expect(removingTools(turn2) == (try parse(ReferenceRequests.chatTurn2)))
        #expect(turn2["tools"] == turn1["tools"])
    }

    @Test("tool_choice and parallel_tool_calls are omitted when unset, and parallel_tool_calls without tools", arguments: TestAPI.allCases)
    func omittedSettings(api: TestAPI) async throws {
        try await withFakeModelServer(script: [.text(["a"]), .text(["b"])]) { server in
            let client = try await makeClient(api, server: server)
            _ = try await client.streamResponse(to: ModelRequest(model: "gpt-4.1", instructions: nil, input: [.userMessage("hi")], tools: tools)) { _ in }
            let noTools = ModelRequest(model: "gpt-4.1", instructions: nil, input: [.userMessage("hi")], tools: [], parallelToolCalls: true)
            _ = try await client.streamResponse(to: noTools) { _ in }
            let (first, second) = (server.requests[0].body, server.requests[1].body)
            #expect(first["tool_choice"] == nil && first["parallel_tool_calls"] == nil && first["instructions"] == nil)
            #expect(second["parallel_tool_calls"] == nil && second["tools"] == nil)
        }
    }

    @Test("a named tool choice uses each API's object shape", arguments: TestAPI.allCases)
    func namedToolChoice(api: TestAPI) async throws {
        try await withFakeModelServer(script: [.text(["a"])]) { server in
            let client = try await makeClient(api, server: server)
            let request = ModelRequest(model: "gpt-4.1", instructions: nil, input: [.userMessage("hi")], tools: tools, toolChoice: .function("get_odds"))
            _ = try await client.streamResponse(to: request) { _ in }
            let expected: JSONValue =
                api == .responses ? ["type": "function", "name": "get_odds"] : ["type": "function", "function": ["name": "get_odds"]]
            #expect(server.requests[0].body["tool_choice"] == expected)
        }
    }

    @Test("an earlier assistant answer is replayed in each API's shape", arguments: TestAPI.allCases)
    func assistantReplay(api: TestAPI) async throws {
        try await withFakeModelServer(script: [.text(["a"])]) { server in
            let client = try await makeClient(api, server: server)
            let input: [ModelInputItem] = [.userMessage("odds?"), .assistantMessage(id: "msg_1", text: "KC is -165."), .userMessage("thanks")]
            _ = try await client.streamResponse(to: ModelRequest(model: "gpt-4.1", instructions: nil, input: input, tools: [])) { _ in }
            let body = server.requests[0].body
            if api == .responses {
                let expected = try parse(
                    #"{"id":"msg_1","content":[{"annotations":[],"text":"KC is -165.","type":"output_text","logprobs":[]}],"role":"assistant","status":"completed","type":"message"}"#
                )
                #expect(body["input"]?.arrayValue?[1] == expected)
            } else {
                #expect(body["messages"]?.arrayValue?[1] == ["role": "assistant", "content": "KC is -165."])
            }
        }
    }
}
