import ChatKit
import Foundation
import TestSupport

/// SSE encoding of 100 ChatKit events through the real pipeline: `ChatKitServer.process` on a
/// `threads.create` body, a responder that streams a 97-delta answer, and a transport that drops the
/// frames. Everything but the network and the database is measured.
enum ChatKitStreamBench {
    static let body = Data(#"{"type":"threads.create","params":{"input":{"content":[{"type":"input_text","text":"Who covers tonight?"}],"attachments":[],"inference_options":{}}}}"#.utf8)

    static func run() async throws -> MicroResult {
        let store = DiscardingStore()
        let server = ChatKitServer(store: store, responder: HundredEventResponder())
        var frames = 0
        var bytes = 0
        let samples = try await sample(iterations: 2_000, warmup: 100) {
            guard case .stream(let stream) = try await server.process(body, context: RequestContext()) else {
                throw BenchFailure("threads.create did not stream")
            }
            frames = 0
            bytes = 0
            try await stream.run { frame in
                frames += 1
                bytes += frame.count
            }
        }
        guard frames >= 100 else { throw BenchFailure("the stream had \(frames) frames, expected at least 100") }
        return .latency("ChatKit stream, \(frames) SSE events (\(bytes / 1024) KB)", samples, p50Below: .milliseconds(1))
    }

    /// Streams one assistant message as 100 events: added, part added, 96 deltas, part done, done.
    struct HundredEventResponder: ChatKitResponder {
        func respond(to input: UserMessageItem?, stream: ThreadStream) async throws {
            var message = AssistantMessageItem(id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date())
            try await stream.send(.itemAdded(.assistantMessage(message)))
            try await stream.send(.itemUpdated(itemID: message.id, update: .contentPartAdded(contentIndex: 0, content: AssistantMessageContent(text: ""))))
            var text = ""
            for index in 0..<96 {
                let delta = index == 0 ? "The" : " token\(index)"
                text += delta
                try await stream.send(.itemUpdated(itemID: message.id, update: .contentPartTextDelta(contentIndex: 0, delta: delta)))
            }
            let content = AssistantMessageContent(text: text)
            try await stream.send(.itemUpdated(itemID: message.id, update: .contentPartDone(contentIndex: 0, content: content)))
            message.content = [content]
            try await stream.send(.itemDone(.assistantMessage(message)))
        }
    }
}
