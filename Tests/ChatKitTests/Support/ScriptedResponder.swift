import ChatKit
import Synchronization

/// A responder whose hooks are closures, so each test scripts exactly what it needs.
struct ScriptedResponder: ChatKitResponder {
    var onRespond: @Sendable (UserMessageItem?, ThreadStream) async throws -> Void = { _, _ in }
    var onAction: (@Sendable (Action, WidgetItem?, ThreadStream) async throws -> Void)?
    var onSyncAction: (@Sendable (Action, ThreadMetadata, WidgetItem?, RequestContext) throws -> SyncCustomActionResponse)?
    var onFeedback: (@Sendable (String, [String], FeedbackKind, RequestContext) -> Void)?
    var onTranscribe: (@Sendable (AudioInput, RequestContext) -> TranscriptionResult)?
    var startsBeforeNewThreadIsStored = false

    func respond(to input: UserMessageItem?, stream: ThreadStream) async throws {
        try await onRespond(input, stream)
    }

    func action(_ action: Action, sender: WidgetItem?, stream: ThreadStream) async throws {
        guard let onAction else { throw ChatKitError.unsupported("no action handler") }
        try await onAction(action, sender, stream)
    }

    func syncAction(
        _ action: Action, thread: ThreadMetadata, sender: WidgetItem?, context: RequestContext
    ) async throws -> SyncCustomActionResponse {
        guard let onSyncAction else { throw ChatKitError.unsupported("no sync action handler") }
        return try onSyncAction(action, thread, sender, context)
    }

    func addFeedback(threadID: String, itemIDs: [String], kind: FeedbackKind, context: RequestContext) async throws {
        onFeedback?(threadID, itemIDs, kind, context)
    }

    func transcribe(_ audio: AudioInput, context: RequestContext) async throws -> TranscriptionResult {
        guard let onTranscribe else { throw ChatKitError.unsupported("This server does not support audio transcription.") }
        return onTranscribe(audio, context)
    }
}

/// Collects values from `@Sendable` closures for later assertions.
final class Recorder<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])
    func record(_ value: Value) { values.withLock { $0.append(value) } }
    var all: [Value] { values.withLock { $0 } }
}
