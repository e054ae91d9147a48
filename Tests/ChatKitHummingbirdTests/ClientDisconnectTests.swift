import ChatKit
import ChatKitHummingbird
import Foundation
import HTTPTypes
import HummingbirdTesting
import JSONValue
import NIOCore
import TestSupport
import Testing

@Suite("Client disconnect")
struct ClientDisconnectTests {
    @Test("a client that disconnects mid-stream cancels the responder, which saves the partial answer")
    func disconnectCancelsTheResponder() async throws {
        try await ChatKitTestApp.run { app in
            let port = try #require(app.client.port)
            let client = TestClient(host: "127.0.0.1", port: port)
            client.connect()
            try await client.executeAndDontWaitForResponse(
                .init(
                    "/chatkit", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: Body.createThread("slow").jsonString())))
            var started = app.signals.slowStarted.makeAsyncIterator()
            _ = await started.next()
            try await client.shutdown()

            let local = RequestContext()
            let items = try await Self.waitForItems(in: app.store, context: local) { items in
                items.contains { if case .sdkHiddenContext = $0 { true } else { false } }
            }
            let partial = items.compactMap { item -> String? in
                if case .assistantMessage(let message) = item { message.content.map(\.text).joined() } else { nil }
            }
            #expect(partial == ["Partial answer"])

            // The hidden note is stored but never listed to the client.
            let threadID = try #require(items.first?.threadID)
            let listed = try await app.post(Body.request("items.list", ["thread_id": .string(threadID), "order": "asc"]))
            #expect(listed.json?["data"]?.arrayValue?.compactMap { $0["type"]?.stringValue } == ["user_message", "assistant_message"])
            if ExternalService.chatKitOracle.shouldRun {
                let verdict = try await ConformanceOracle.shared().check(.itemsPage, listed.text)
                #expect(verdict.conforms, "\(verdict)")
            }
        }
    }

    /// Polls the store until the single thread's items satisfy `done` (bounded: 20 s).
    static func waitForItems(
        in store: any Store, context: RequestContext, until done: ([ThreadItem]) -> Bool
    ) async throws -> [ThreadItem] {
        for _ in 0..<1000 {
            if let thread = try await store.loadThreads(limit: 1, after: nil, order: .desc, context: context).data.first {
                let items = try await store.loadThreadItems(threadID: thread.id, after: nil, limit: 50, order: .asc, context: context).data
                if done(items) { return items }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("the cancelled stream's cleanup never reached the store")
        return []
    }
}
