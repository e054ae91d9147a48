import AgentRuntime
import Foundation
import ChatKit
import ChatKitWidgets
import JSONValue
import Logging

/// Professor Lock behind the ChatKit protocol: every turn runs the agent over the whole thread
/// history and streams its events; widget actions go to the tool module that owns them.
public struct ProfessorLockResponder: ChatKitResponder {
    let store: any Store
    let runner: AgentRunner
    let actions: WidgetActionRouter
    let logger: Logger

    public init(store: any Store, runner: AgentRunner, actions: WidgetActionRouter, logger: Logger) {
        self.store = store
        self.runner = runner
        self.actions = actions
        self.logger = logger
    }

    /// A new thread's history is its first message (``ThreadStream/newThreadItems``), so the model
    /// request goes out while the server stores the thread.
    public var startsBeforeNewThreadIsStored: Bool { true }

    public func respond(to input: UserMessageItem?, stream: ThreadStream) async throws {
        if stream.thread.title == nil, let input, let title = ThreadTitle.make(from: input.text) {
            stream.thread.title = title
        }
        let items = if let newThreadItems = stream.newThreadItems {
            newThreadItems
        } else {
            try await ThreadHistory.load(threadID: stream.thread.id, store: store, context: stream.context)
        }
        let history = ThreadHistory.modelInput(from: items)
        let bus = EventBus()
        let caller = Self.caller(for: stream.context)
        var bridge = AgentEventBridge(stream: stream)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [runner] in
                _ = try await runner.run(history: history, caller: caller, bus: bus)
            }
            // The model request is on its way; meanwhile the server stores a new thread.
            try await stream.open()
            for await event in bus.events {
                try await bridge.handle(event)
            }
            // The bus finished: the run is over; rethrow its failure, if any.
            try await group.next()
        }
        try await bridge.finish()
    }

    public func action(_ action: Action, sender: WidgetItem?, stream: ThreadStream) async throws {
        let (handler, widgetAction, widget) = try route(action, sender: sender)
        let bus = EventBus()
        let context = ToolContext(
            callID: "action_" + widget.id, toolName: widgetAction.type, caller: Self.caller(for: stream.context), sink: bus.sink)
        var bridge = AgentEventBridge(stream: stream)
        let outcome = try await withThrowingTaskGroup(of: WidgetActionOutcome.self) { group in
            group.addTask {
                defer { bus.finish() }
                return try await Self.userFacing { try await handler.handle(widgetAction, widget: widget.widget, context: context) }
            }
            for await event in bus.events { try await bridge.handle(event) }
            return try await group.next()!
        }
        try await bridge.finish()
        if let root = outcome.widget, root != widget.widget {
            var updated = widget
            updated.widget = root
            try await stream.send(.itemUpdated(itemID: widget.id, update: .widgetRootUpdated(root)))
            try await store.saveItem(.widget(updated), threadID: stream.thread.id, context: stream.context)
        }
        if let note = outcome.hiddenContext {
            try await stream.send(.itemDone(.hiddenContext(HiddenContextItem(
                id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: .now, content: .string(note)))))
        }
    }

    public func syncAction(
        _ action: Action, thread: ThreadMetadata, sender: WidgetItem?, context requestContext: RequestContext
    ) async throws -> SyncCustomActionResponse {
        let (handler, widgetAction, widget) = try route(action, sender: sender)
        // A synchronous answer has no stream: progress is dropped, but widgets the handler shows and
        // hidden context it adds are stored, so they appear on the next load instead of vanishing.
        let bus = EventBus()
        let context = ToolContext(
            callID: "action_" + widget.id, toolName: widgetAction.type, caller: Self.caller(for: requestContext), sink: bus.sink)
        let (outcome, shown) = try await withThrowingTaskGroup(of: WidgetActionOutcome.self) { group in
            group.addTask {
                defer { bus.finish() }
                return try await Self.userFacing { try await handler.handle(widgetAction, widget: widget.widget, context: context) }
            }
            var shown = ShownDuringSyncAction()
            for await event in bus.events { shown.record(event) }
            return (try await group.next()!, shown)
        }
        for item in shown.items(threadID: thread.id, makeID: { store.generateItemID(.message, threadID: thread.id, context: requestContext) }) {
            try await store.addThreadItem(item, threadID: thread.id, context: requestContext)
        }
        if let note = outcome.hiddenContext {
            let item = HiddenContextItem(
                id: store.generateItemID(.message, threadID: thread.id, context: requestContext), threadID: thread.id,
                createdAt: .now, content: .string(note))
            try await store.addThreadItem(.hiddenContext(item), threadID: thread.id, context: requestContext)
        }
        guard let root = outcome.widget, root != widget.widget else { return SyncCustomActionResponse() }
        var updated = widget
        updated.widget = root
        // Persisted here (the reference leaves it to the integrator) so a reload shows the new state.
        try await store.saveItem(.widget(updated), threadID: thread.id, context: requestContext)
        return SyncCustomActionResponse(updatedItem: .widget(updated))
    }

    /// The handler for an action, or a user-facing error for actions nobody owns.
    private func route(_ action: Action, sender: WidgetItem?) throws -> (any WidgetActionHandler, WidgetAction, WidgetItem) {
        let widgetAction = WidgetAction(type: action.type, payload: action.payload == .null ? nil : action.payload)
        guard let handler = actions.handler(for: widgetAction) else {
            let known = actions.namespaces.map { "\($0).*" }.joined(separator: ", ")
            throw CustomStreamError("Unknown action '\(action.type)'. This server handles: \(known.isEmpty ? "no actions" : known).")
        }
        guard let sender else {
            throw CustomStreamError("The action '\(action.type)' must come from a widget.")
        }
        return (handler, widgetAction, sender)
    }

    /// Action handlers throw for bad requests (untrusted payloads, stale widgets); show their message.
    private static func userFacing<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as CancellationError {
            throw error
        } catch let error as CustomStreamError {
            throw error
        } catch {
            throw CustomStreamError(String(describing: error))
        }
    }

    /// The identity tools act for: the verified user, or the unrestricted operator for the
    /// single local user of an unauthenticated development server.
    static func caller(for context: RequestContext) -> CallerIdentity {
        guard context.userID != RequestContext.localUserID else { return .operator_ }
        return CallerIdentity(userID: context.userID, attributes: context.attributes)
    }
}

/// What a synchronous action's handler showed, in order: widgets (latest state) and hidden context.
struct ShownDuringSyncAction {
    private enum Entry {
        case widget(id: String, root: WidgetRoot, copyText: String?)
        case hiddenContext(String)
    }

    private var entries: [Entry] = []

    mutating func record(_ event: AgentEvent) {
        switch event {
        case .widgetAdded(let id, _, let root, let copyText):
            entries.append(.widget(id: id, root: root, copyText: copyText))
        case .widgetUpdated(let id, let root), .widgetDone(let id, let root):
            replace(id) { $0 = root }
        case .widgetTextDelta(let id, let componentID, let delta):
            replace(id) { $0 = $0.appendingText(delta, toComponent: componentID) }
        case .hiddenContext(_, let text):
            entries.append(.hiddenContext(text))
        default:
            break
        }
    }

    private mutating func replace(_ widgetID: String, _ change: (inout WidgetRoot) -> Void) {
        guard let index = entries.firstIndex(where: { if case .widget(widgetID, _, _) = $0 { true } else { false } }),
            case .widget(let id, var root, let copyText) = entries[index]
        else { return }
        change(&root)
        entries[index] = .widget(id: id, root: root, copyText: copyText)
    }

    func items(threadID: String, makeID: () -> String) -> [ThreadItem] {
        entries.map { entry in
            switch entry {
            case .widget(_, let root, let copyText):
                .widget(WidgetItem(id: makeID(), threadID: threadID, createdAt: .now, widget: root, copyText: copyText))
            case .hiddenContext(let text):
                .hiddenContext(HiddenContextItem(id: makeID(), threadID: threadID, createdAt: .now, content: .string(text)))
            }
        }
    }
}
