import Foundation

/// The application side of a ChatKit server: what to say, and how to react to actions.
///
/// Only ``respond(to:stream:)`` is required. Streaming hooks write through the ``ThreadStream``
/// (whose `thread` and `context` describe the request); errors they throw become an in-stream `error`
/// event (``CustomStreamError`` and ``StreamError`` choose its code and message).
public protocol ChatKitResponder: Sendable {
    /// Answers a user message (`input`), or continues after a client tool result, a structured-input
    /// submission or a retry (`input` is the retried message, `nil` for the first two).
    func respond(to input: UserMessageItem?, stream: ThreadStream) async throws

    /// Handles a streaming widget action; `sender` is the widget item that sent it, if any.
    /// Default: fails with "not supported" (the client sees a `stream.error`).
    func action(_ action: Action, sender: WidgetItem?, stream: ThreadStream) async throws

    /// Handles a non-streaming widget action and returns the replacement for the sender, if any.
    /// The result is not persisted. Default: throws ``ChatKitError/Kind/unsupported``.
    func syncAction(
        _ action: Action, thread: ThreadMetadata, sender: WidgetItem?, context: RequestContext
    ) async throws -> SyncCustomActionResponse

    /// Records thumbs up/down on items. Default: ignores it.
    func addFeedback(threadID: String, itemIDs: [String], kind: FeedbackKind, context: RequestContext) async throws

    /// Turns dictated audio into composer text. Default: throws ``ChatKitError/Kind/unsupported``.
    func transcribe(_ audio: AudioInput, context: RequestContext) async throws -> TranscriptionResult

    /// Whether ``respond(to:stream:)`` may start on a new thread before the server has stored the
    /// thread and its first message; they are stored and announced when the stream opens (at the
    /// first send, at ``ThreadStream/open()``, or when `respond` returns or fails). A responder that
    /// reads its history back from the store must not opt in; one that takes it from
    /// ``ThreadStream/newThreadItems`` can, to overlap its first slow call (a model request) with the
    /// server's writes. Default: `false`, the reference's order.
    var startsBeforeNewThreadIsStored: Bool { get }

    /// Options sent first in every responder stream. Default: cancelling allowed.
    func streamOptions(thread: ThreadMetadata, context: RequestContext) -> StreamOptions

    /// Cleans up after the client went away mid-stream. Default: ``StreamCancellation/persistPartialOutput(thread:pendingItems:store:context:)``.
    func handleStreamCancelled(
        thread: ThreadMetadata, pendingItems: [ThreadItem], store: any Store, context: RequestContext
    ) async throws
}

extension ChatKitResponder {
    public func action(_ action: Action, sender: WidgetItem?, stream: ThreadStream) async throws {
        throw ChatKitError.unsupported("This server does not handle widget actions.")
    }

    public func syncAction(
        _ action: Action, thread: ThreadMetadata, sender: WidgetItem?, context: RequestContext
    ) async throws -> SyncCustomActionResponse {
        throw ChatKitError.unsupported("This server does not handle synchronous widget actions.")
    }

    public func addFeedback(threadID: String, itemIDs: [String], kind: FeedbackKind, context: RequestContext) async throws {}

    public func transcribe(_ audio: AudioInput, context: RequestContext) async throws -> TranscriptionResult {
        throw ChatKitError.unsupported("This server does not support audio transcription.")
    }

    public var startsBeforeNewThreadIsStored: Bool { false }

    public func streamOptions(thread: ThreadMetadata, context: RequestContext) -> StreamOptions {
        StreamOptions(allowCancel: true)
    }

    public func handleStreamCancelled(
        thread: ThreadMetadata, pendingItems: [ThreadItem], store: any Store, context: RequestContext
    ) async throws {
        try await StreamCancellation.persistPartialOutput(
            thread: thread, pendingItems: pendingItems, store: store, context: context)
    }
}

/// The reference behaviour after a client disconnect, callable from custom cancellation handlers.
public enum StreamCancellation {
    /// What the hidden note tells the model on the next turn.
    public static let hiddenContextNote = "The user cancelled the stream. Stop responding to the prior request."

    /// Saves every pending assistant message with non-blank text, then adds an `sdk_hidden_context`
    /// note so the next response does not continue the cancelled one. Pending widgets and workflows
    /// are dropped.
    public static func persistPartialOutput(
        thread: ThreadMetadata, pendingItems: [ThreadItem], store: any Store, context: RequestContext
    ) async throws {
        for case .assistantMessage(let message) in pendingItems
        where message.content.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) {
            try await store.addThreadItem(.assistantMessage(message), threadID: thread.id, context: context)
        }
        let note = SDKHiddenContextItem(
            id: store.generateItemID(.sdkHiddenContext, threadID: thread.id, context: context),
            threadID: thread.id, createdAt: ChatKitDate.now(), content: hiddenContextNote)
        try await store.addThreadItem(.sdkHiddenContext(note), threadID: thread.id, context: context)
    }
}
