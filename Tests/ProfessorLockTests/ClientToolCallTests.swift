import FakeModelServer
import Foundation
import JSONValue
import TestSupport
import Testing

@Suite("Professor Lock end to end: client tool calls", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct ClientToolCallTests {
    @Test("a tool's client tool call ends the turn as a pending item; add_client_tool_output resumes and the model gets the output", .timeLimit(.minutes(2)))
    func roundTrip() async throws {
        let script: [FakeReply] = [
            .functionCalls([FakeFunctionCall(name: "pick_from_app", arguments: #"{"prompt":"Which slip?"}"#, callID: "call_pick")]),
            .text(["Slip ", "**2** it is."]),
        ]
        try await ProfessorLockTestApp.run(script: script) { app in
            let created = try await app.exchange(Body.createThread("Use my selected slip"), expect: .sse)
            let threadID = try #require(created.createdThreadID)
            let pending = try #require(created.doneItem(ofType: "client_tool_call"))
            #expect(pending["status"] == "pending")
            #expect(pending["call_id"] == "call_pick")
            #expect(pending["name"] == "pick_from_app")
            #expect(pending["arguments"] == ["prompt": "Which slip?"])
            #expect(created.doneItem(ofType: "assistant_message") == nil)
            let model = try #require(app.model)
            #expect(model.requests.count == 1)

            let resumed = try await app.exchange(
                Body.request("threads.add_client_tool_output", ["thread_id": .string(threadID), "result": ["slip": 2]]), expect: .sse)
            #expect(resumed.doneItem(ofType: "assistant_message")?["content"]?[0]?["text"] == "Slip **2** it is.")

            // The model sees the call once, followed by the client's output.
            let requests = model.requests
            try #require(requests.count == 2)
            #expect(ReplayedInput.entries(requests[1]) == [
                "user:Use my selected slip",
                #"call:call_pick:pick_from_app:{"prompt":"Which slip?"}"#,
                #"output:call_pick:{"slip":2}"#,
            ])

            let items = try await app.listItems(threadID)
            #expect(items.compactMap { $0["type"]?.stringValue } == ["user_message", "client_tool_call", "assistant_message"])
            #expect(items[1]["status"] == "completed")
            #expect(items[1]["output"] == ["slip": 2])
        }
    }
}
