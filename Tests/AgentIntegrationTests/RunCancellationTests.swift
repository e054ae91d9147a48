import AgentRuntime
import FakeModelServer
import JSONValue
import TestSupport
import Testing

@Suite("Agent loop against the fake model server: cancellation")
struct RunCancellationTests {
    @Test(
        "cancelling the run mid-tool cancels the tool and makes no further model request",
        .timeLimit(.minutes(1)), arguments: ModelAPI.allCases)
    func cancelMidTool(api: ModelAPI) async throws {
        let script: [FakeReply] = [
            .functionCalls([
                FakeFunctionCall(name: "slow_lookup", arguments: #"{"query":"Chiefs line movement"}"#, callID: "call_slow"),
                FakeFunctionCall(name: "injury_report", arguments: #"{"team":"Chiefs","max_players":null}"#, callID: "call_fast"),
            ]),
            .text(["never requested"]),
        ]
        try await withFakeModelServer(script: script) { server in
            let started = TestLatch(), sawCancellation = TestLatch()
            let runner = AgentRunner(
                model: try await makeModelClient(api, server: server),
                tools: try ToolRegistry([SlowLookupTool(started: started, sawCancellation: sawCancellation), InjuryReportTool()]),
                configuration: AgentConfiguration(model: "gpt-4.1", defaultToolTimeout: .seconds(3600)))
            let bus = EventBus()
            let (events, outcome) = await withTaskGroup(of: Result<AgentRunResult, any Error>?.self) { group in
                group.addTask {
                    do { return .success(try await runner.run(history: [.userMessage("Line moves?")], caller: .operator_, bus: bus)) } catch { return .failure(error) }
                }
                group.addTask {
                    try? await started.wait()
                    return nil
                }
                // Cancel once the slow tool is running.
                _ = await group.next()
                group.cancelAll()
                var events: [AgentEvent] = []
                for await event in bus.events { events.append(event) }
                var outcome: Result<AgentRunResult, any Error>?
                for await result in group { if let result { outcome = result } }
                return (events, outcome)
            }

            guard case .failure(let error) = try #require(outcome) else {
                Issue.record("the run was not cancelled: \(String(describing: outcome))")
                return
            }
            #expect(error is CancellationError)
            #expect(sawCancellation.isOpen, "the running tool never saw the cancellation")
            #expect(server.requests.count == 1)
            #expect(server.pendingReplyCount == 1)
            let labels = events.map(\.label)
            #expect(labels.contains("started:slow_lookup"))
            #expect(!labels.contains { $0.hasPrefix("run.finished") || $0.hasPrefix("run.failed") || $0.hasPrefix("message.") })
        }
    }
}
