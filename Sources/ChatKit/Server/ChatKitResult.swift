import Foundation

/// What `ChatKitServer.process` answers: one JSON document, or an event stream to run.
public enum ChatKitResult: Sendable {
    /// The exact response body (`application/json`); `{}` for operations without a result.
    case json(Data)
    /// A `text/event-stream` body; run it inside the response writer.
    case stream(ChatKitEventStream)
}

/// A streaming response, produced lazily.
///
/// ``run(_:)`` drives the whole request (persistence, the responder, every frame) in the calling task.
/// Run it in the task that writes the HTTP body: cancelling that task (client disconnect) cancels the
/// responder, saves its partial output, and rethrows.
public struct ChatKitEventStream: Sendable {
    let body: @Sendable (FrameSink) async throws -> Void

    init(_ body: @escaping @Sendable (FrameSink) async throws -> Void) {
        self.body = body
    }

    /// A stream with no frames (e.g. retrying after an unknown item, as the reference does).
    static let empty = ChatKitEventStream { _ in }

    /// Produces the stream, handing each SSE frame (`data: <compact json>\n\n`) to `write` as soon as it
    /// exists. Throws when `write` throws (the client is gone) or the task is cancelled, after cleanup.
    public func run(_ write: (Data) async throws -> Void) async throws {
        try await withoutActuallyEscaping(write) { write in
            let sink = FrameSink(write)
            defer { sink.close() }
            try await body(sink)
        }
    }
}
