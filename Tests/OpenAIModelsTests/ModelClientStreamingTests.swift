import AgentRuntime
import FakeModelServer
import JSONValue
import OpenAIModels
import Testing

@Suite("Model clients stream answers and calls from the fake server")
struct ModelClientStreamingTests {
    private let question = ModelRequest(
        model: "gpt-4.1",
        instructions: ReferenceTools.instructions,
        input: [.userMessage(ReferenceTools.question)],
        tools: [ReferenceTools.getOdds, ReferenceTools.webSearch]
    )

    private func stream(_ api: TestAPI, _ script: [FakeReply]) async throws -> (ModelResponse, [ModelStreamEvent]) {
        try await withFakeModelServer(script: script) { server in
            let client = try await makeClient(api, server: server)
            let log = EventLog()
            let response = try await client.streamResponse(to: question) { log.append($0) }
            return (response, log.recorded)
        }
    }

    @Test("a text answer arrives as started, deltas and done events", arguments: TestAPI.allCases)
    func textAnswer(api: TestAPI) async throws {
        let (response, events) = try await stream(api, [.text(["The Chiefs", " are -3.5", " favorites."])])
        let message = try #require(response.output.first)
        guard case .message(let id, let text) = message else { Issue.record("expected a message, got \(message)"); return }
        #expect(text == "The Chiefs are -3.5 favorites.")
        #expect(response.output.count == 1)
        #expect(id.hasPrefix("msg_") && id != "__fake_id__")
        #expect(
            events == [
                .messageStarted(id: id),
                .textDelta(messageID: id, delta: "The Chiefs"),
                .textDelta(messageID: id, delta: " are -3.5"),
                .textDelta(messageID: id, delta: " favorites."),
                .messageDone(id: id, text: "The Chiefs are -3.5 favorites."),
            ]
        )
    }

    @Test("two parallel function calls keep their order and reassembled arguments", arguments: TestAPI.allCases)
    func parallelFunctionCalls(api: TestAPI) async throws {
        let (response, events) = try await stream(api, [.functionCalls(ReferenceTools.parallelCalls)])
        let calls = response.functionCalls
        #expect(calls.map(\.callID) == ["call_odds_0001", "call_search_0001"])
        #expect(calls.map(\.name) == ["get_odds", "web_search"])
        #expect(calls.map(\.arguments) == [ReferenceTools.oddsArguments, ReferenceTools.searchArguments])
        #expect(Set(calls.map(\.id)).count == 2)
        if api == .responses { #expect(calls.map(\.id) == ["fc_0001", "fc_0002"]) }
        #expect(events == calls.map(ModelStreamEvent.functionCallDone))
    }

    @Test("usage is read from the terminal frame")
    func usage() async throws {
        let (response, _) = try await stream(.responses, [.text(["ok"], usage: FakeUsage(inputTokens: 42, outputTokens: 9))])
        #expect(response.usage == TokenUsage(inputTokens: 42, outputTokens: 9))
        #expect(response.id == "resp_0001")
    }

    @Test("a stream of only response.completed still yields the answer and its events")
    func onlyCompleted() async throws {
        let (response, events) = try await stream(.responses, [.onlyCompleted(.text(["KC is", " -165."]))])
        #expect(response.output == [.message(id: "msg_0001", text: "KC is -165.")])
        #expect(
            events == [
                .messageStarted(id: "msg_0001"),
                .textDelta(messageID: "msg_0001", delta: "KC is -165."),
                .messageDone(id: "msg_0001", text: "KC is -165."),
            ]
        )
    }

    @Test("a Responses stream without event: lines is read from the JSON type")
    func withoutEventLines() async throws {
        let (response, _) = try await stream(.responses, [.withoutEventLines(.functionCalls(ReferenceTools.parallelCalls))])
        #expect(response.functionCalls.map(\.name) == ["get_odds", "web_search"])
    }

    @Test("Chat Completions mints a different message id for every response")
    func uniqueChatMessageIDs() async throws {
        try await withFakeModelServer(script: [.text(["one"]), .text(["two"])]) { server in
            let client = try await makeClient(.chatCompletions, server: server)
            let first = try await client.streamResponse(to: question) { _ in }
            let second = try await client.streamResponse(to: question) { _ in }
            #expect(first.output != second.output)
            guard case .message(let firstID, _) = first.output.first, case .message(let secondID, _) = second.output.first else {
                Issue.record("expected two messages")
                return
            }
            #expect(firstID != secondID)
        }
    }

    @Test("Chat tool calls sent whole in one chunk, or finished with \"stop\", are still read", arguments: [
        ChatToolCallQuirks.singleChunk, .finishWithStop, [.singleChunk, .finishWithStop],
    ])
    func chatQuirks(quirks: ChatToolCallQuirks) async throws {
        let (response, _) = try await stream(.chatCompletions, [.chatFunctionCalls(ReferenceTools.parallelCalls, quirks: quirks)])
        #expect(response.functionCalls.map(\.arguments) == [ReferenceTools.oddsArguments, ReferenceTools.searchArguments])
        #expect(response.functionCalls.map(\.callID) == ["call_odds_0001", "call_search_0001"])
    }

    @Test("a paced stream delivers the same answer")
    func pacedStream() async throws {
        let (response, events) = try await stream(.chatCompletions, [.paced(.text(["a", "b", "c"]), perDelta: .milliseconds(2))])
        #expect(response.output.count == 1)
        #expect(events.count == 5)
    }

    @Test("a finished stream leaves its connection for the next request", arguments: TestAPI.allCases)
    func connectionReuse(api: TestAPI) async throws {
        let script: [FakeReply] = [
            .endDelayed(.functionCalls(ReferenceTools.parallelCalls), by: .milliseconds(50)), .text(["Lock it in."]),
        ]
        try await withFakeModelServer(script: script) { server in
            let client = try await makeClient(api, server: server)
            _ = try await client.streamResponse(to: question) { _ in }
            _ = try await client.streamResponse(to: question) { _ in }
            let ports = server.requests.map(\.clientPort)
            #expect(ports.count == 2)
            #expect(ports[0] != nil && ports[0] == ports[1])
        }
    }
}
