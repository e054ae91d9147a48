@testable import AgentRuntime
import JSONValue
import Synchronization
import Testing

@Suite("Agent loop")
struct AgentLoopTests {
    private let configuration = AgentConfiguration(model: "test-model", instructions: "Be brief.")

    private func runner(_ model: ScriptedModelClient, _ tools: ClosureTools, _ configuration: AgentConfiguration? = nil) -> AgentRunner {
        AgentRunner(model: model, tools: tools, configuration: configuration ?? self.configuration)
    }

    private func answer(_ text: String, id: String = "msg_final") -> ScriptedModelClient.Turn {
        .respond(ModelResponse(output: [.message(id: id, text: text)]))
    }

    private func calls(_ items: ModelOutputItem...) -> ScriptedModelClient.Turn {
        .respond(ModelResponse(output: items))
    }

    /// The outputs the second request replays, by call id.
    private func replayedOutputs(_ request: ModelRequest) -> [String] {
        request.input.compactMap { if case .functionCallOutput(let callID, let output) = $0 { "\(callID)=\(output)" } else { nil } }
    }

    @Test("a response without function calls ends the run with the last message's text")
    func finalAnswer() async throws {
        let model = ScriptedModelClient([
            .respond(
                ModelResponse(output: [.message(id: "msg_1", text: "First."), .message(id: "msg_2", text: "KC is -165.")]),
                events: [.messageStarted(id: "msg_2"), .textDelta(messageID: "msg_2", delta: "KC is"), .textDelta(messageID: "msg_2", delta: " -165."), .messageDone(id: "msg_2", text: "KC is -165.")]
            ),
        ])
        let (events, result) = await runCollecting(runner(model, ClosureTools([:])))
        let run = try result.get()
        #expect(run.ending == .finalAnswer("KC is -165."))
        #expect(run.turns == 1)
        #expect(events == [
            .assistantMessageStarted(id: "msg_2"),
            .assistantTextDelta(messageID: "msg_2", delta: "KC is"),
            .assistantTextDelta(messageID: "msg_2", delta: " -165."),
            .assistantMessageDone(id: "msg_2", text: "KC is -165."),
            .runFinished(finalText: "KC is -165."),
        ])
    }

    @Test("function calls of one response run concurrently and their outputs return in call order")
    func concurrentToolsReturnInCallOrder() async throws {
        let secondStarted = Latch(), secondFinished = Latch()
        let finishOrder = Recorder<String>()
        let tools = ClosureTools([
            // `first` can only finish after `second` did, which needs both running at once.
            "first": { _, _ in
                await secondFinished.wait()
                finishOrder.append("first")
                return output("one")
            },
            "second": { _, _ in
                secondStarted.open()
                finishOrder.append("second")
                secondFinished.open()
                return output("two")
            },
        ])
        let model = ScriptedModelClient([calls(functionCall("first", callID: "call_a"), functionCall("second", callID: "call_b")), answer("done")])
        let config = AgentConfiguration(model: "m", toolTimeouts: [:], defaultToolTimeout: .seconds(120))
        let (events, result) = await runCollecting(runner(model, tools, config))
        _ = try result.get()
        #expect(finishOrder.all == ["second", "first"])
        #expect(replayedOutputs(model.requests[1]) == ["call_a=one", "call_b=two"])
        let started = events.compactMap { if case .toolStarted(let info) = $0 { info.callID } else { nil } }
        #expect(Set(started) == ["call_a", "call_b"])
    }

    @Test("each concurrent tool's events keep their order: started, its progress, finished")
    func perToolEventOrder() async throws {
        let tools = ClosureTools([
            "a": { _, context in
                for step in 0..<50 { await context.progress("a\(step)") }
                return output("a")
            },
            "b": { _, context in
                for step in 0..<50 { await context.progress("b\(step)") }
                return output("b")
            },
        ])
        let model = ScriptedModelClient([calls(functionCall("a", callID: "call_a"), functionCall("b", callID: "call_b")), answer("done")])
        let (events, result) = await runCollecting(runner(model, tools), bus: EventBus(capacity: 2))
        _ = try result.get()
        for (callID, name) in [("call_a", "a"), ("call_b", "b")] {
            let mine: [String] = events.compactMap { event in
                switch event {
                case .toolStarted(let info) where info.callID == callID: "started"
                case .progress(callID, let text, _): text
                case .toolFinished(let info, _, let outcome, _) where info.callID == callID: "finished \(outcome)"
                default: nil
                }
            }
            #expect(mine == ["started"] + (0..<50).map { "\(name)\($0)" } + ["finished succeeded"])
        }
        #expect(events.last == .runFinished(finalText: "done"))
    }

    @Test("the second request replays the history, the output items as received, then outputs in call order")
    func historyReplayOrder() async throws {
        let tools = ClosureTools([
            "get_odds": { _, _ in output(#"{"KC":-165}"#) },
            "web_search": { _, _ in output("1. Chiefs list no new injuries") },
        ])
        let firstResponse: [ModelOutputItem] = [
            .message(id: "msg_1", text: "Checking."),
            functionCall("get_odds", callID: "call_odds", arguments: #"{"sport":"nfl"}"#),
            functionCall("web_search", callID: "call_search", arguments: #"{"query":"Chiefs"}"#),
        ]
        let model = ScriptedModelClient([.respond(ModelResponse(output: firstResponse)), answer("KC is -165.")])
        let history: [ModelInputItem] = [.userMessage("What are the Chiefs odds?")]
        let (_, result) = await runCollecting(runner(model, tools), history: history)
        let run = try result.get()
        let expectedNewItems: [ModelInputItem] = [
            .assistantMessage(id: "msg_1", text: "Checking."),
            .functionCall(id: "fc_call_odds", callID: "call_odds", name: "get_odds", arguments: #"{"sport":"nfl"}"#),
            .functionCall(id: "fc_call_search", callID: "call_search", name: "web_search", arguments: #"{"query":"Chiefs"}"#),
            .functionCallOutput(callID: "call_odds", output: #"{"KC":-165}"#),
            .functionCallOutput(callID: "call_search", output: "1. Chiefs list no new injuries"),
        ]
        #expect(model.requests.count == 2)
        #expect(model.requests[0].input == history)
        #expect(model.requests[1].input == history + expectedNewItems)
        #expect(model.requests[1].instructions == "Be brief.")
        #expect(model.requests[1].tools.map(\.name) == ["get_odds", "web_search"])
        #expect(run.newItems == expectedNewItems + [.assistantMessage(id: "msg_final", text: "KC is -165.")])
    }

    @Test("tool_choice is sent on the first request only; parallel_tool_calls is kept")
    func toolChoiceReset() async throws {
        let tools = ClosureTools(["slow_a": { _, _ in output("ok") }])
        let model = ScriptedModelClient([calls(functionCall("slow_a", callID: "call_1")), answer("done")])
        let config = AgentConfiguration(model: "m", toolChoice: .required, parallelToolCalls: true)
        let (_, result) = await runCollecting(runner(model, tools, config))
        _ = try result.get()
        #expect(model.requests.map(\.toolChoice) == [.required, nil])
        #expect(model.requests.map(\.parallelToolCalls) == [true, true])
    }

    @Test("a tool over its time limit is cancelled and the model is told it timed out")
    func toolTimeout() async throws {
        let sawCancellation = Latch()
        let tools = ClosureTools([
            "slow": { _, _ in
                try? await Task.sleep(for: .seconds(3600))
                if Task.isCancelled { sawCancellation.open() }
                return output("too late")
            },
        ])
        let model = ScriptedModelClient([calls(functionCall("slow", callID: "call_1")), answer("done")])
        let config = AgentConfiguration(model: "m", toolTimeouts: ["slow": .milliseconds(200)])
        let (events, result) = await runCollecting(runner(model, tools, config))
        _ = try result.get()
        await sawCancellation.wait()
        #expect(replayedOutputs(model.requests[1]) == ["call_1=Tool 'slow' timed out after 0.2 seconds."])
        #expect(events.contains { if case .toolFinished(_, _, .timedOut(.milliseconds(200)), _) = $0 { true } else { false } })
    }

    @Test("a throwing tool, invalid arguments and an unknown tool become outputs the model reads")
    func failuresBecomeOutputs() async throws {
        let tools = ClosureTools([
            "broken": { _, _ in .failed(.failed(tool: "broken", message: "The odds feed answered HTTP 503.")) },
            "strict": { _, _ in .failed(.invalidArguments(tool: "strict", message: "sport must be one of nfl, nba.")) },
        ])
        let model = ScriptedModelClient([
            calls(functionCall("broken", callID: "call_1"), functionCall("strict", callID: "call_2"), functionCall("nope", callID: "call_3")),
            answer("Sorry."),
        ])
        let (events, result) = await runCollecting(runner(model, tools))
        #expect(try result.get().ending == .finalAnswer("Sorry."))
        #expect(replayedOutputs(model.requests[1]) == [
            "call_1=Tool 'broken' failed: The odds feed answered HTTP 503.",
            "call_2=Invalid arguments for tool 'strict': sport must be one of nfl, nba.",
            "call_3=Tool 'nope' not found.",
        ])
        let outcomes = events.compactMap { if case .toolFinished(let info, _, let outcome, _) = $0 { "\(info.callID) \(outcome)" } else { nil } }.sorted()
        #expect(outcomes == [
            #"call_1 failed("The odds feed answered HTTP 503.")"#,
            #"call_2 invalidArguments("sport must be one of nfl, nba.")"#,
            "call_3 unknownTool",
        ])
    }

    @Test("max turns stops before the next model call, after the last allowed turn's tools ran")
    func maxTurns() async throws {
        let ran = Recorder<String>()
        let tools = ClosureTools(["lookup": { _, context in
            ran.append(context.callID)
            return output("ok")
        }])
        let model = ScriptedModelClient([calls(functionCall("lookup", callID: "call_1")), answer("never sent")])
        let config = AgentConfiguration(model: "m", maxTurns: 1)
        let (events, result) = await runCollecting(runner(model, tools, config))
        #expect(throws: AgentRunError.maxTurnsExceeded(1)) { try result.get() }
        #expect(ran.all == ["call_1"])
        #expect(model.requests.count == 1)
        #expect(events.last == .runFailed(message: "Max turns (1) exceeded"))
    }

    @Test("a model failure ends the run with runFailed carrying the model's error")
    func modelFailure() async throws {
        let error = ModelError.httpStatus(status: 429, code: "rate_limit_exceeded", message: "Slow down.")
        let model = ScriptedModelClient([.fail(error)])
        let (events, result) = await runCollecting(runner(model, ClosureTools([:])))
        #expect(throws: AgentRunError.model(error)) { try result.get() }
        #expect(events == [.runFailed(message: "Model request failed with HTTP 429 (rate_limit_exceeded): Slow down.")])
    }

    @Test("a client tool call ends the run after its batch and is emitted last")
    func clientToolCall() async throws {
        let tools = ClosureTools([
            "get_selection": { _, context in
                await context.requestClientToolCall(arguments: ["include_odds": true])
                return output("ignored")
            },
            "get_odds": { _, _ in output("KC -165") },
        ])
        let model = ScriptedModelClient([calls(functionCall("get_selection", callID: "call_9"), functionCall("get_odds", callID: "call_10"))])
        let (events, result) = await runCollecting(runner(model, tools))
        let run = try result.get()
        let pending = PendingClientToolCall(id: "fc_call_9", callID: "call_9", name: "get_selection", arguments: ["include_odds": true])
        #expect(run.ending == .clientToolCall(pending))
        #expect(model.requests.count == 1)
        #expect(run.newItems.last == .functionCallOutput(callID: "call_10", output: "KC -165"))
        #expect(!run.newItems.contains(.functionCallOutput(callID: "call_9", output: "ignored")))
        #expect(events.last == .clientToolCall(id: "fc_call_9", callID: "call_9", name: "get_selection", arguments: ["include_odds": true]))
        #expect(events.filter { if case .clientToolCall = $0 { true } else { false } }.count == 1)
    }

    @Test("cancelling the run cancels running tools, ends the run with CancellationError and finishes the bus")
    func cancellation() async throws {
        let toolStarted = Latch(), toolSawCancellation = Latch()
        let tools = ClosureTools(["wait": { _, _ in
            toolStarted.open()
            try? await Task.sleep(for: .seconds(3600))
            if Task.isCancelled { toolSawCancellation.open() }
            return output("cancelled")
        }])
        let model = ScriptedModelClient([calls(functionCall("wait", callID: "call_1")), answer("never")])
        let bus = EventBus()
        let run = Task { try await runner(model, tools).run(history: [.userMessage("hi")], caller: .operator_, bus: bus) }
        var events: [AgentEvent] = []
        for await event in bus.events {
            events.append(event)
            if case .toolStarted = event {
                await toolStarted.wait()
                run.cancel()
            }
        }
        await toolSawCancellation.wait()
        await #expect(throws: CancellationError.self) { try await run.value }
        #expect(model.requests.count == 1)
        #expect(!events.contains { if case .runFinished = $0 { true } else if case .runFailed = $0 { true } else { false } })
    }

    @Test("cancelling the run while the model streams ends it without running tools")
    func cancellationDuringModelCall() async throws {
        let model = ScriptedModelClient([.hangUntilCancelled])
        let bus = EventBus()
        let run = Task { try await runner(model, ClosureTools([:])).run(history: [.userMessage("hi")], caller: .operator_, bus: bus) }
        while model.requests.isEmpty { await Task.yield() }
        run.cancel()
        var events: [AgentEvent] = []
        for await event in bus.events { events.append(event) }
        await #expect(throws: CancellationError.self) { try await run.value }
        #expect(events.isEmpty)
    }
}
