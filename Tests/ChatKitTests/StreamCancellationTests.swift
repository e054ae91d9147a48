import ChatKit
import Foundation
import Testing

@Suite("Stream cancellation")
struct StreamCancellationTests {
    private static let note = "The user cancelled the stream. Stop responding to the prior request."

    /// Adds a pending assistant message with `initial` text, then a delta.
    private static func pendingMessage(_ stream: ThreadStream, initial: [AssistantMessageContent], delta: String?) async throws {
        try await stream.send(.itemAdded(.assistantMessage(AssistantMessageItem(
            id: "assistant-message-pending", threadID: stream.thread.id, createdAt: Date(), content: initial))))
        if let delta {
            try await stream.send(.itemUpdated(itemID: "assistant-message-pending", update: .contentPartTextDelta(contentIndex: 0, delta: delta)))
        }
    }

    private func lastItems(_ harness: ServerHarness, threadID: String) async throws -> [ThreadItem] {
        try await harness.store.loadThreadItems(threadID: threadID, after: nil, limit: 10, order: .asc, context: ServerHarness.context).data
    }

    @Test("cancellation saves the pending assistant message with its deltas, then the hidden note")
    func savesPendingMessageAndNote() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await Self.pendingMessage(stream, initial: [AssistantMessageContent(text: "Hello, ")], delta: "World!")
            throw CancellationError()
        }))
        var body = Data()
        guard case .stream(let stream) = try await harness.server.process(harness.encode(.create("Hello")), context: ServerHarness.context)
        else { return #expect(Bool(false)) }
        await #expect(throws: CancellationError.self) { try await stream.run { body.append($0) } }
        let threadID = try #require(try ServerHarness.frames(body).first?.thread?.id)
        let items = try await lastItems(harness, threadID: threadID)
        #expect(items.map(\.kind) == [.userMessage, .assistantMessage, .sdkHiddenContext])
        guard case .assistantMessage(let saved) = items[1], case .sdkHiddenContext(let note) = items[2] else { return }
        #expect(saved.content.map(\.text) == ["Hello, World!"])
        #expect(note.content == Self.note)
        #expect(note.id.hasPrefix("shcx_"))
    }

    @Test("cancellation does not save an empty pending assistant message")
    func skipsEmptyMessage() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await Self.pendingMessage(stream, initial: [], delta: nil)
            throw CancellationError()
        }))
        var body = Data()
        guard case .stream(let stream) = try await harness.server.process(harness.encode(.create("Hello")), context: ServerHarness.context)
        else { return #expect(Bool(false)) }
        await #expect(throws: CancellationError.self) { try await stream.run { body.append($0) } }
        let threadID = try #require(try ServerHarness.frames(body).first?.thread?.id)
        #expect(try await lastItems(harness, threadID: threadID).map(\.kind) == [.userMessage, .sdkHiddenContext])
    }

    @Test("cancelling the task that runs the stream cancels the responder and saves its partial output")
    func taskCancellation() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await Self.pendingMessage(stream, initial: [], delta: "Partial answer")
            try await stream.send(.itemAdded(.workflow(WorkflowItem(id: "wf_1", threadID: stream.thread.id, createdAt: Date(), workflow: Workflow(type: .custom)))))
            try await Task.sleep(for: .seconds(3600))
        }))
        guard case .stream(let stream) = try await harness.server.process(harness.encode(.create("slow")), context: ServerHarness.context)
        else { return #expect(Bool(false)) }
        let (frames, frameSink) = AsyncStream.makeStream(of: Data.self)
        let outcome: String = await withTaskGroup(of: String.self) { group in
            group.addTask {
                do {
                    try await stream.run { frameSink.yield($0) }
                    return "finished"
                } catch {
                    return "\(type(of: error))"
                }
            }
            var seen = 0
            for await _ in frames {
                seen += 1
                if seen == 6 { group.cancelAll() }  // thread.created, user done, options, added, delta, workflow added
                if seen == 6 { break }
            }
            return await group.next() ?? "none"
        }
        #expect(outcome == "CancellationError")
        let threadID = try #require(harness.store.calls.first?.dropFirst("saveThread(".count).dropLast())
        let items = try await lastItems(harness, threadID: String(threadID))
        #expect(items.map(\.kind) == [.userMessage, .assistantMessage, .sdkHiddenContext], "pending workflows are not saved")
    }

    @Test("a client that goes away (the writer throws) triggers the same cleanup and the writer's error")
    func transportFailure() async throws {
        struct Disconnected: Error {}
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await Self.pendingMessage(stream, initial: [AssistantMessageContent(text: "Partial")], delta: nil)
            try await stream.send(.progressUpdate(icon: nil, text: "never delivered"))
            Issue.record("send must throw once the client is gone")
        }))
        guard case .stream(let stream) = try await harness.server.process(harness.encode(.create("x")), context: ServerHarness.context)
        else { return #expect(Bool(false)) }
        var written = 0
        await #expect(throws: Disconnected.self) {
            try await stream.run { _ in
                written += 1
                if written == 5 { throw Disconnected() }
            }
        }
        #expect(harness.store.calls.suffix(2).map { $0.prefix(while: { $0 != ":" }) } == [
            "addThreadItem(assistant_message", "addThreadItem(sdk_hidden_context",
        ])
    }
}
