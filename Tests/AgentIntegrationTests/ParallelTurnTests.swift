import AgentRuntime
import FakeModelServer
import JSONValue
import TestSupport
import Testing

@Suite("Agent loop against the fake model server: a two-tool parallel turn")
struct ParallelTurnTests {
    static let oddsArguments = #"{"team":"Chiefs","market":"moneyline"}"#
    static let injuryArguments = #"{"team":"Chiefs","max_players":null}"#
    static let oddsOutput = #"{"market":"moneyline","price":"-165","team":"Chiefs"}"#
    static let injuryOutput = #"{"out":["Player A","Player B"],"team":"Chiefs"}"#
    static let answer = ["The Chiefs are ", "**-165**", " with two players out."]

    static let script: [FakeReply] = [
        .functionCalls([
            FakeFunctionCall(name: "lookup_odds", argumentFragments: [#"{"team":"Chiefs","#, #""market":"moneyline"}"#], callID: "call_odds"),
            FakeFunctionCall(name: "injury_report", argumentFragments: [#"{"team":"#, #""Chiefs","max_players":null}"#], callID: "call_injuries"),
        ]),
        .text(answer),
    ]

    @Test(
        "both tools run at once, outputs go back in call order, and the final text streams after them",
        .timeLimit(.minutes(1)), arguments: ModelAPI.allCases)
    func parallelTurn(api: ModelAPI) async throws {
        try await withFakeModelServer(script: Self.script) { server in
            // lookup_odds (called first) can only finish after injury_report finished: the
            // batch completes only if both run concurrently, and completes out of call order.
            let release = TestLatch()
            let registry = try ToolRegistry([LookupOddsTool(release: release), InjuryReportTool()])
            let runner = AgentRunner(
                model: try await makeModelClient(api, server: server), tools: registry,
                configuration: AgentConfiguration(model: "gpt-4.1", instructions: "Be sharp.", defaultToolTimeout: .seconds(30)))

            let run = await runCollecting(runner, history: [.userMessage("Chiefs tonight?")]) { event in
                if case .toolFinished(let call, _, _, _) = event, call.name == "injury_report" { release.open() }
            }

            let finalText = Self.answer.joined()
            let result = try run.result.get()
            #expect(result.ending == .finalAnswer(finalText))
            #expect(result.turns == 2)

            // Tools: both start before either finishes; each keeps its own order; completion is out of call order.
            let labels = run.events.map(\.label)
            let firstFinish = try #require(labels.firstIndex { $0.hasPrefix("finished:") })
            #expect(Set(labels[..<firstFinish].filter { $0.hasPrefix("started:") }) == ["started:lookup_odds", "started:injury_report"])
            #expect(run.events.filter { $0.toolCallID == "call_odds" }.map(\.label) == [
                "started:lookup_odds", "progress:Checking moneyline lines for Chiefs", "finished:lookup_odds:succeeded",
            ])
            #expect(run.events.filter { $0.toolCallID == "call_injuries" }.map(\.label) == [
                "started:injury_report", "progress:Reading the Chiefs injury report", "progress:Injury report read",
                "finished:injury_report:succeeded",
            ])
            #expect(labels.filter { $0.hasPrefix("finished:") } == ["finished:injury_report:succeeded", "finished:lookup_odds:succeeded"])
            let outputs = run.events.compactMap { event -> String? in
                if case .toolFinished(let call, _, _, let output) = event { "\(call.callID)=\(output)" } else { nil }
            }
            #expect(Set(outputs) == ["call_odds=\(Self.oddsOutput)", "call_injuries=\(Self.injuryOutput)"])

            // The answer streams after the tools, delta by delta, then the run finishes.
            let lastFinish = try #require(labels.lastIndex { $0.hasPrefix("finished:") })
            #expect(Array(labels[(lastFinish + 1)...]) == ["message.started"] + Self.answer.map { "delta:\($0)" } + [
                "message.done:\(finalText)", "run.finished:\(finalText)",
            ])

            // Request 1 offers both tools with generated strict schemas; request 2 replays the
            // calls as received, then the outputs in call order (not completion order).
            let requests = server.requests
            try #require(requests.count == 2)
            #expect(requests.allSatisfy { $0.endpoint == api.endpoint })
            #expect(ReplayedConversation.toolNames(of: requests[0]) == ["lookup_odds", "injury_report"])
            let oddsSchema = try #require(ReplayedConversation.parameters(of: "lookup_odds", in: requests[0]))
            #expect(oddsSchema["additionalProperties"] == false)
            #expect(oddsSchema["required"] == ["team", "market"])
            #expect(oddsSchema["properties"]?["market"]?["enum"] == ["moneyline", "spread"])
            let injurySchema = try #require(ReplayedConversation.parameters(of: "injury_report", in: requests[0]))
            #expect(injurySchema["required"] == ["team", "max_players"])
            #expect(injurySchema["properties"]?["max_players"]?["anyOf"] == [["type": "integer"], ["type": "null"]])

            #expect(ReplayedConversation.entries(of: requests[0]) == ["user:Chiefs tonight?"])
            #expect(ReplayedConversation.entries(of: requests[1]) == [
                "user:Chiefs tonight?",
                "call:call_odds:lookup_odds:\(Self.oddsArguments)",
                "call:call_injuries:injury_report:\(Self.injuryArguments)",
                "output:call_odds:\(Self.oddsOutput)",
                "output:call_injuries:\(Self.injuryOutput)",
            ])
        }
    }
}
