import FakeModelServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import JSONValue
import NIOCore
import TestSupport
import Testing

@Suite("Professor Lock end to end: failures and disconnects", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct FailureTests {
    @Test("a Responses stream that breaks off gives a retryable error, stores nothing but the user message, and a retry recovers", .timeLimit(.minutes(2)))
    func responsesStreamBreaksOff() async throws {
        let script: [FakeReply] = [.truncated(.functionCalls([Scripted.buildParlay()])), .text(["Recovered."])]
        try await ProfessorLockTestApp.run(script: script) { app in
            let created = try await app.exchange(Body.createThread("Price this parlay"), expect: .sse)
            #expect(created.streamError == ["type": "error", "code": "stream.error", "allow_retry": true])
            #expect(created.doneItem(ofType: "widget") == nil, "a call from an unfinished response ran")
            let threadID = try #require(created.createdThreadID)
            let items = try await app.listItems(threadID)
            #expect(items.compactMap { $0["type"]?.stringValue } == ["user_message"])

            // The client's retry runs the turn again on a consistent thread.
            let userMessageID = try #require(items.first?["id"])
            let retried = try await app.exchange(
                Body.request("threads.retry_after_item", ["thread_id": .string(threadID), "item_id": userMessageID]), expect: .sse)
            #expect(retried.doneItem(ofType: "assistant_message")?["content"]?[0]?["text"] == "Recovered.")
            let model = try #require(app.model)
            #expect(ReplayedInput.entries(try #require(model.requests.last)) == ["user:Price this parlay"])
        }
    }

    @Test("a Chat Completions error mid-answer gives a retryable error and no half-written assistant message is stored", .timeLimit(.minutes(2)))
    func chatStreamFailsMidAnswer() async throws {
        let script: [FakeReply] = [
            .chatErrorChunk(afterDeltas: ["Half an ", "answer"], message: "Upstream overloaded.", type: "server_error", code: "overloaded"),
        ]
        try await ProfessorLockTestApp.run(api: .chatCompletions, script: script) { app in
            let created = try await app.exchange(Body.createThread("Bills line?"), expect: .sse)
            let deltas = created.events.filter { $0["update"]?["type"] == "assistant_message.content_part.text_delta" }
            #expect(deltas.compactMap { $0["update"]?["delta"]?.stringValue } == ["Half an ", "answer"])
            #expect(created.streamError == ["type": "error", "code": "stream.error", "allow_retry": true])
            let threadID = try #require(created.createdThreadID)
            #expect(try await app.listItems(threadID).compactMap { $0["type"]?.stringValue } == ["user_message"])
        }
    }

    @Test("a client that disconnects mid-tool cancels the tool and leaves a thread the next turn can use", .timeLimit(.minutes(2)))
    func disconnectMidTool() async throws {
        let script: [FakeReply] = [.functionCalls([FakeFunctionCall(name: "slow_scout", arguments: #"{"team":"Bills"}"#, callID: "call_slow")])]
        try await ProfessorLockTestApp.run(script: script) { app in
            let port = try #require(app.client.port)
            let connection = TestClient(host: "127.0.0.1", port: port)
            connection.connect()
            try await connection.executeAndDontWaitForResponse(.init(
                "/chatkit", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: Body.createThread("Scout the Bills in depth").jsonString())))
            try await app.signals.slowToolStarted.wait()
            try await connection.shutdown()
            try await app.signals.slowToolCancelled.wait()

            let model = try #require(app.model)
            #expect(model.requests.count == 1, "the run asked the model again after the client left")

            // The thread is there, holds no half-finished turn, and the next message works.
            let threads = try await app.exchange(Body.request("threads.list", ["limit": 10]), expect: .threadsPage)
            let threadID = try #require(threads.json?["data"]?[0]?["id"]?.stringValue)
            #expect(try await app.listItems(threadID).first?["type"] == "user_message")
            model.enqueue(.text(["Back ", "again."]))
            let next = try await app.exchange(Body.addMessage(threadID, "Never mind"), expect: .sse)
            #expect(next.doneItem(ofType: "assistant_message")?["content"]?[0]?["text"] == "Back again.")
            let history = ReplayedInput.entries(try #require(model.requests.last))
            // (The note the cancellation leaves for the model may be stored before or after the new message.)
            #expect(history.first == "user:Scout the Bills in depth")
            #expect(history.contains("user:Never mind"))
            #expect(!history.contains { $0.hasPrefix("assistant:") })
            #expect(ReplayedInput.callsArePaired(history), "\(history)")
        }
    }
}
