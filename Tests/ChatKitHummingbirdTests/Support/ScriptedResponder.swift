import ChatKit
import ChatKitWidgets
import Foundation
import JSONValue
import Synchronization

/// A responder whose behaviour is chosen by the user's message text, so one server can be driven
/// through every event kind over HTTP: streamed text, progress, a streamed widget, workflows, a client
/// tool call, structured input, notices, errors, and a response that waits until it is cancelled.
struct ScriptedResponder: ChatKitResponder {
    /// Messages that select a script.
    enum Script: String, CaseIterable {
        case hello, weather, workflow, clientTool = "client tool", structured, fail, customError = "custom error"
        case errorEvent = "error event", slow, manyDeltas = "many deltas"
    }

    /// Signals raised while scripts run, so tests wait on events instead of time.
    let signals: Signals
    /// The server's store, to read the thread when resuming.
    let store: any Store

    final class Signals: Sendable {
        /// Yields once the `slow` script has streamed its partial answer and is waiting.
        let slowStarted: AsyncStream<Void>
        let slowStartedContinuation: AsyncStream<Void>.Continuation
        /// Feedback received through `items.feedback`.
        let feedback = Mutex<[FeedbackKind]>([])

        init() {
            (slowStarted, slowStartedContinuation) = AsyncStream.makeStream()
        }
    }

    init(store: any Store, signals: Signals = Signals()) {
        self.store = store
        self.signals = signals
    }

    func respond(to input: UserMessageItem?, stream: ThreadStream) async throws {
        guard let input else {
            try await resume(stream: stream)
            return
        }
        switch Script(rawValue: input.text) {
        case .hello: try await streamText(["Hel", "lo", "!"], stream: stream, title: "Greeting")
        case .weather: try await weather(stream: stream)
        case .workflow: try await workflow(stream: stream)
        case .clientTool:
            try await stream.send(
                .itemDone(
                    .clientToolCall(
                        ClientToolCallItem(
                            id: stream.generateItemID(.toolCall), threadID: stream.thread.id, createdAt: Date(),
                            callID: "call_abc", name: "get_selection", arguments: ["project": "p1"]))))
        case .structured:
            let inputs = [
                StructuredInput(id: "priority", question: "Priority?", kind: .multipleChoice(options: ["Low", "High"], multiple: false)),
                StructuredInput(id: "notes", question: "Notes?", kind: .freeform(description: "Optional")),
            ]
            try await stream.send(
                .itemDone(
                    .structuredInput(
                        StructuredInputItem(
                            id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date(),
                            inputs: inputs))))
        case .fail:
            try await stream.send(.itemAdded(.assistantMessage(emptyMessage(stream))))
            throw ScriptFailure()
        case .customError:
            throw CustomStreamError("You are out of credits.", allowRetry: false)
        case .errorEvent:
            try await stream.send(.error(ErrorEvent(message: "We blocked that message for safety.")))
        case .slow:
            let message = emptyMessage(stream)
            try await stream.send(.itemAdded(.assistantMessage(message)))
            try await stream.send(.itemUpdated(itemID: message.id, update: .contentPartTextDelta(contentIndex: 0, delta: "Partial answer")))
            signals.slowStartedContinuation.yield()
            try await Task.sleep(for: .seconds(3600))
        case .manyDeltas:
            try await streamText(Array(repeating: "word ", count: 96), stream: stream, title: nil)
        case nil:
            try await streamText([input.text], stream: stream, title: nil)
        }
    }

    func action(_ action: Action, sender: WidgetItem?, stream: ThreadStream) async throws {
        guard let sender else { throw ScriptFailure() }
        let refreshed = try Self.widget(forecast: "Refreshed: cloudy", streaming: nil)
        try await stream.send(.itemUpdated(itemID: sender.id, update: .widgetRootUpdated(refreshed)))
        var replaced = sender
        replaced.widget = refreshed
        try await stream.send(.itemReplaced(.widget(replaced)))
    }

    func syncAction(
        _ action: Action, thread: ThreadMetadata, sender: WidgetItem?, context: RequestContext
    ) async throws -> SyncCustomActionResponse {
        guard var sender else { return SyncCustomActionResponse() }
        sender.widget = try Self.widget(forecast: "sync-updated", streaming: nil)
        return SyncCustomActionResponse(updatedItem: .widget(sender))
    }

    func addFeedback(threadID: String, itemIDs: [String], kind: FeedbackKind, context: RequestContext) async throws {
        signals.feedback.withLock { $0.append(kind) }
    }

    func transcribe(_ audio: AudioInput, context: RequestContext) async throws -> TranscriptionResult {
        TranscriptionResult(text: "\(audio.data.count) bytes of \(audio.mediaType)")
    }

    // MARK: Scripts

    /// After a client tool result or a structured-input answer.
    private func resume(stream: ThreadStream) async throws {
        let latest = try await store.loadThreadItems(
            threadID: stream.thread.id, after: nil, limit: 1, order: .desc, context: stream.context)
        if case .structuredInput? = latest.data.first {
            try await stream.send(
                .itemDone(
                    .task(
                        TaskItem(
                            id: stream.generateItemID(.task), threadID: stream.thread.id, createdAt: Date(),
                            task: WorkflowTask(.custom(title: "Saved answers", icon: .builtIn(.check), content: nil), statusIndicator: .complete)))))
            try await stream.send(
                .itemDone(.endOfTurn(EndOfTurnItem(id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date()))))
        } else {
            try await streamText(["Tool said: done"], stream: stream, title: nil)
        }
    }

    private func emptyMessage(_ stream: ThreadStream) -> AssistantMessageItem {
        AssistantMessageItem(id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date())
    }

    private func streamText(_ deltas: [String], stream: ThreadStream, title: String?) async throws {
        var message = emptyMessage(stream)
        try await stream.send(.itemAdded(.assistantMessage(message)))
        try await stream.send(.itemUpdated(itemID: message.id, update: .contentPartAdded(contentIndex: 0, content: AssistantMessageContent(text: ""))))
        for delta in deltas {
            try await stream.send(.itemUpdated(itemID: message.id, update: .contentPartTextDelta(contentIndex: 0, delta: delta)))
        }
        let content = AssistantMessageContent(text: deltas.joined())
        try await stream.send(.itemUpdated(itemID: message.id, update: .contentPartDone(contentIndex: 0, content: content)))
        message.content = [content]
        if let title { stream.thread.title = title }
        try await stream.send(.itemDone(.assistantMessage(message)))
    }

    private func weather(stream: ThreadStream) async throws {
        try await stream.send(.progressUpdate(icon: .builtIn(.search), text: "Looking up the forecast…"))
        let states = try ["", "Sunny", "Sunny, 24°C"].map { try Self.widget(forecast: $0, streaming: true) }
        try await stream.streamWidget(AsyncStream { continuation in
            states.forEach { continuation.yield($0) }
            continuation.finish()
        }, copyText: "Sunny, 24°C")
        try await stream.send(
            .itemDone(
                .hiddenContext(
                    HiddenContextItem(
                        id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date(),
                        content: "weather looked up"))))
        try await stream.send(.clientEffect(name: "highlight", data: ["index": 3]))
        try await stream.send(.notice(level: .info, message: "Data from **example.com**", title: nil))
        try await streamText(["It is sunny in Paris."], stream: stream, title: nil)
    }

    private func workflow(stream: ThreadStream) async throws {
        var workflow = WorkflowItem(
            id: stream.generateItemID(.workflow), threadID: stream.thread.id, createdAt: Date(),
            workflow: Workflow(type: .reasoning))
        try await stream.send(.itemAdded(.workflow(workflow)))
        let thinking = WorkflowTask(.thought(title: nil, content: "Compare the lines"), statusIndicator: .loading)
        try await stream.send(.itemUpdated(itemID: workflow.id, update: .workflowTaskAdded(taskIndex: 0, task: thinking)))
        let done = WorkflowTask(.thought(title: nil, content: "Compare the lines"), statusIndicator: .complete)
        try await stream.send(.itemUpdated(itemID: workflow.id, update: .workflowTaskUpdated(taskIndex: 0, task: done)))
        workflow.workflow.tasks = [done]
        workflow.workflow.summary = .duration(1)
        try await stream.send(.itemDone(.workflow(workflow)))
        try await streamText(["Lines compared."], stream: stream, title: nil)
    }

    static func widget(forecast: String, streaming: Bool?) throws -> WidgetRoot {
        var text: JSONValue = ["id": "forecast", "type": "Text", "value": .string(forecast)]
        if let streaming, case .object(var fields) = text {
            fields["streaming"] = .bool(streaming)
            text = .object(fields)
        }
        let card: JSONValue = [
            "type": "Card",
            "children": [
                ["type": "Title", "value": "Weather"],
                text,
                ["type": "Button", "label": "Refresh", "onClickAction": ["type": "refresh", "payload": ["city": "Paris"]]],
            ],
        ]
        return try JSONDecoder().decode(WidgetRoot.self, from: JSONEncoder().encode(card))
    }
}

struct ScriptFailure: Error {}
