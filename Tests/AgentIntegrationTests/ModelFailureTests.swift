import AgentRuntime
import FakeModelServer
import JSONValue
import TestSupport
import Testing

@Suite("Agent loop against the fake model server: retries and model failures")
struct ModelFailureTests {
    static func runner(_ api: ModelAPI, server: FakeModelServer, sleeps: RetrySleeps = RetrySleeps()) async throws -> AgentRunner {
        AgentRunner(
            model: try await makeModelClient(api, server: server, sleeps: sleeps),
            tools: try ToolRegistry([InjuryReportTool()]),
            configuration: AgentConfiguration(model: "gpt-4.1"))
    }

    @Test("a 429 with retry-after-ms is retried after that delay and the turn goes on", .timeLimit(.minutes(1)), arguments: ModelAPI.allCases)
    func rateLimitedThenSuccess(api: ModelAPI) async throws {
        let script: [FakeReply] = [
            .functionCalls([FakeFunctionCall(name: "injury_report", arguments: #"{"team":"Bills","max_players":1}"#, callID: "call_1")]),
            .rateLimited(retryAfterMilliseconds: 250),
            .text(["Bills: ", "one out."]),
        ]
        try await withFakeModelServer(script: script) { server in
            let sleeps = RetrySleeps()
            let run = await runCollecting(try await Self.runner(api, server: server, sleeps: sleeps), history: [.userMessage("Bills injuries?")])
            let result = try run.result.get()
            #expect(result.ending == .finalAnswer("Bills: one out."))
            #expect(result.turns == 2)
            #expect(sleeps.recorded == [.milliseconds(250)])
            #expect(run.events.map(\.label).suffix(2) == ["message.done:Bills: one out.", "run.finished:Bills: one out."])
            #expect(!run.events.contains { if case .runFailed = $0 { true } else { false } })

            // The retried request is the same request: the history is replayed once, not twice.
            let requests = server.requests
            try #require(requests.count == 3)
            #expect(requests[1].body == requests[2].body)
            #expect(ReplayedConversation.entries(of: requests[2]) == [
                "user:Bills injuries?",
                #"call:call_1:injury_report:{"team":"Bills","max_players":1}"#,
                #"output:call_1:{"out":["Player A"],"team":"Bills"}"#,
            ])
        }
    }

    @Test("a stream that breaks off mid-answer ends the run with runFailed", .timeLimit(.minutes(1)), arguments: ModelAPI.allCases)
    func truncatedStream(api: ModelAPI) async throws {
        let script: [FakeReply] = [
            .functionCalls([FakeFunctionCall(name: "injury_report", arguments: #"{"team":"Bills","max_players":null}"#, callID: "call_1")]),
            .truncated(.text(["Half ", "an answer"])),
        ]
        try await withFakeModelServer(script: script) { server in
            let run = await runCollecting(try await Self.runner(api, server: server), history: [.userMessage("Bills?")])
            guard case .failure(let error) = run.result else {
                Issue.record("the run succeeded: \(run.result)")
                return
            }
            let failure = try #require(error as? AgentRunError)
            guard case .model(.malformedStream) = failure else {
                Issue.record("expected a malformed-stream model error, got \(failure)")
                return
            }
            // The partial text was streamed, the tool ran, and runFailed is the very last event.
            // (A Responses stream cut before `response.completed` still completed its message item;
            // a Chat Completions stream cut before its finish chunk never completes the message.)
            let labels = run.events.map(\.label)
            #expect(labels.contains("finished:injury_report:succeeded"))
            #expect(labels.contains("delta:Half "))
            #expect(!labels.contains { $0.hasPrefix("run.finished") })
            #expect(labels.contains { $0.hasPrefix("message.done") } == (api == .responses))
            #expect(run.events.last == .runFailed(message: failure.description))
            #expect(server.requests.count == 2, "a failure after the stream started is not retried")
        }
    }

    @Test("response.failed mid-stream ends the run with runFailed naming the provider's error", .timeLimit(.minutes(1)))
    func responseFailed() async throws {
        try await withFakeModelServer(script: [.responseFailed(code: "server_error", message: "The model crashed.")]) { server in
            let run = await runCollecting(try await Self.runner(.responses, server: server), history: [.userMessage("Bills?")])
            #expect(throws: AgentRunError.model(.streamFailed(code: "server_error", message: "The model crashed."))) { try run.result.get() }
            #expect(run.events.map(\.label) == ["run.failed:Model stream failed (server_error): The model crashed."])
        }
    }

    @Test("a Chat Completions error chunk mid-answer ends the run with runFailed", .timeLimit(.minutes(1)))
    func chatErrorChunk() async throws {
        let script: [FakeReply] = [.chatErrorChunk(afterDeltas: ["Partial"], message: "Upstream overloaded.", type: "server_error", code: "overloaded")]
        try await withFakeModelServer(script: script) { server in
            let run = await runCollecting(try await Self.runner(.chatCompletions, server: server), history: [.userMessage("Bills?")])
            #expect(throws: AgentRunError.self) { try run.result.get() }
            guard case .runFailed(let message) = run.events.last else {
                Issue.record("the last event is not runFailed: \(run.events.map(\.label))")
                return
            }
            #expect(message.contains("Upstream overloaded."))
        }
    }
}
