import ChatKitWidgets
import JSONValue
import Synchronization

/// What a running tool may do besides returning its output: write events for the user.
///
/// A tool cannot reach the bus, the loop or the transport any other way, which keeps tool
/// modules independent of ChatKit, HTTP and the CLI. Every method suspends while the reader
/// of the bus is behind (backpressure) and returns once the event is queued.
public struct ToolContext: Sendable {
    /// The model's call id for this invocation.
    public let callID: String
    /// The name of the tool being run.
    public let toolName: String
    /// Who the tool acts for (verified by the transport; empty for the CLI operator).
    public let caller: CallerIdentity
    let sink: EventSink

    public init(callID: String, toolName: String, caller: CallerIdentity, sink: EventSink) {
        self.callID = callID
        self.toolName = toolName
        self.caller = caller
        self.sink = sink
    }

    /// Shows a short status line ("Fetching odds…").
    public func progress(_ text: String, icon: IconName? = nil) async {
        await sink.send(.progress(callID: callID, text: text, icon: icon))
    }

    /// Shows a widget and returns a handle to update it while the tool runs.
    public func showWidget(_ root: WidgetRoot, copyText: String? = nil) async -> WidgetHandle {
        let id = EventIdentifiers.make("wdg")
        await sink.send(.widgetAdded(widgetID: id, callID: callID, root: root, copyText: copyText))
        return WidgetHandle(id: id, initial: root, sink: sink)
    }

    /// Starts a search task (ChatKit shows it as a workflow search with its sources).
    public func startSearch(title: String, queries: [String]) async -> SearchTaskHandle {
        let id = EventIdentifiers.make("srch")
        await sink.send(.searchTaskStarted(taskID: id, callID: callID, title: title, queries: queries))
        return SearchTaskHandle(id: id, sink: sink)
    }

    /// Adds context for the model that the user never sees.
    public func addHiddenContext(_ text: String) async {
        await sink.send(.hiddenContext(callID: callID, text: text))
    }
}

/// Who a tool acts for. Set by the transport from a verified identity, never from the model.
public struct CallerIdentity: Sendable, Hashable {
    /// The verified user id; `nil` for the local operator (CLI, unauthenticated dev server).
    public var userID: String?
    /// Server-derived facts about the user, such as `"tier": "pro"`.
    public var attributes: [String: String]

    public init(userID: String? = nil, attributes: [String: String] = [:]) {
        self.userID = userID
        self.attributes = attributes
    }

    /// The local operator: no user, no restrictions.
    public static let operator_ = CallerIdentity()
}

/// Where a tool context writes. Backed by the run's ``EventBus``.
public struct EventSink: Sendable {
    let send: @Sendable (AgentEvent) async -> Void

    public init(_ send: @escaping @Sendable (AgentEvent) async -> Void) {
        self.send = send
    }

    public func callAsFunction(_ event: AgentEvent) async {
        await send(event)
    }
}

/// A widget shown by a tool; updates go to the same widget in the chat.
public struct WidgetHandle: Sendable {
    public let id: String
    private let state: WidgetState
    private let sink: EventSink

    init(id: String, initial: WidgetRoot, sink: EventSink) {
        self.id = id
        self.state = WidgetState(initial)
        self.sink = sink
    }

    /// Replaces the widget with a new state.
    public func update(_ root: WidgetRoot) async {
        state.set(root)
        await sink.send(.widgetUpdated(widgetID: id, root: root))
    }

    /// Appends text to the `Text` or `Markdown` component with this `id`.
    public func appendText(_ delta: String, toComponent componentID: String) async {
        state.appendText(delta, componentID: componentID)
        await sink.send(.widgetTextDelta(widgetID: id, componentID: componentID, delta: delta))
    }

    /// Marks the widget final; pass a root to replace it one last time.
    public func finish(_ root: WidgetRoot? = nil) async {
        if let root { state.set(root) }
        await sink.send(.widgetDone(widgetID: id, root: state.current))
    }
}

/// The latest state of a widget, so deltas and the final state stay consistent. A lock, not an
/// actor: every change is a short synchronous edit, not worth a suspension.
final class WidgetState: Sendable {
    private let root: Mutex<WidgetRoot>

    init(_ initial: WidgetRoot) { root = Mutex(initial) }

    var current: WidgetRoot { root.withLock { $0 } }

    func set(_ newRoot: WidgetRoot) { root.withLock { $0 = newRoot } }

    func appendText(_ delta: String, componentID: String) {
        root.withLock { $0 = $0.appendingText(delta, toComponent: componentID) }
    }
}

/// A running search task.
public struct SearchTaskHandle: Sendable {
    public let id: String
    private let sink: EventSink

    init(id: String, sink: EventSink) {
        self.id = id
        self.sink = sink
    }

    /// Reports a source the search found.
    public func addSource(_ source: SearchSource) async {
        await sink.send(.searchTaskSourceAdded(taskID: id, source: source))
    }

    /// Ends the search.
    public func finish(succeeded: Bool) async {
        await sink.send(.searchTaskFinished(taskID: id, succeeded: succeeded))
    }
}
