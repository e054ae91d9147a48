import AgentRuntime
import ChatKit
import ChatKitWidgets
import Foundation
import JSONValue

/// Turns one agent run's events into ChatKit thread events, as they arrive.
///
/// Assistant text streams as content-part deltas; progress becomes `progress_update`; a tool's
/// widget is added, updated in place (text deltas or root replacement, per the widget diff) and
/// done when the tool finishes it (or when the tool ends); searches become a workflow with web
/// search tasks and their URL sources; each finished tool call is stored as hidden context so
/// later turns replay it to the model; a client tool call ends the turn as a pending item.
/// The pipeline behind ``ThreadStream`` persists `done` items and sends every frame at once.
struct AgentEventBridge {
    let stream: ThreadStream

    /// The assistant message being streamed.
    private var message: AssistantMessageItem?
    /// Widgets shown by tools and not yet done, by bus widget id.
    private var widgets: [String: OpenWidget] = [:]
    /// The workflow holding this turn's search tasks while it is open.
    private var workflow: OpenWorkflow?

    private struct OpenWidget {
        var item: WidgetItem
        var callID: String
    }

    private struct OpenWorkflow {
        var item: WorkflowItem
        /// Task index by bus search id.
        var taskIndex: [String: Int]
    }

    init(stream: ThreadStream) {
        self.stream = stream
    }

    /// The helpers below are not inlined: an async function's frame holds every local of every
    /// branch, and a task keeps its deepest frames' memory while the stream stays open.
    mutating func handle(_ event: AgentEvent) async throws {
        switch event {
        case .assistantMessageStarted:
            try await closeWorkflow()
            let item = AssistantMessageItem(id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date())
            message = item
            try await stream.send(.itemAdded(.assistantMessage(item)))
            try await stream.send(.itemUpdated(itemID: item.id, update: .contentPartAdded(contentIndex: 0, content: AssistantMessageContent(text: ""))))

        case .assistantTextDelta(_, let delta):
            guard let item = message else { return }
            try await stream.send(.itemUpdated(itemID: item.id, update: .contentPartTextDelta(contentIndex: 0, delta: delta)))

        case .assistantMessageDone(_, let text):
            guard var item = message else { return }
            message = nil
            let content = AssistantMessageContent(text: text)
            item.content = [content]
            try await stream.send(.itemUpdated(itemID: item.id, update: .contentPartDone(contentIndex: 0, content: content)))
            try await stream.send(.itemDone(.assistantMessage(item)))

        case .progress(_, let text, let icon):
            try await stream.send(.progressUpdate(icon: icon, text: text))

        case .widgetAdded(let widgetID, let callID, let root, let copyText):
            try await closeWorkflow()
            let item = WidgetItem(id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date(), widget: root, copyText: copyText)
            widgets[widgetID] = OpenWidget(item: item, callID: callID)
            try await stream.send(.itemAdded(.widget(item)))

        case .widgetUpdated(let widgetID, let root):
            try await updateWidget(widgetID, to: root)

        case .widgetTextDelta(let widgetID, let componentID, let delta):
            guard let open = widgets[widgetID] else { return }
            try await updateWidget(widgetID, to: open.item.widget.appendingText(delta, toComponent: componentID))

        case .widgetDone(let widgetID, let root):
            try await updateWidget(widgetID, to: root)
            try await finishWidget(widgetID)

        case .searchTaskStarted(let taskID, _, let title, let queries):
            try await addSearchTask(taskID, title: title, queries: queries)

        case .searchTaskSourceAdded(let taskID, let source):
            try await updateSearchTask(taskID) { task in
                guard case .webSearch(let title, let titleQuery, let queries, var sources) = task.kind else { return }
                sources.append(URLSource(title: source.title, url: source.url, description: source.snippet))
                task.kind = .webSearch(title: title, titleQuery: titleQuery, queries: queries, sources: sources)
            }

        case .searchTaskFinished(let taskID, _):
            try await updateSearchTask(taskID) { $0.statusIndicator = .complete }

        case .toolFinished(let call, _, _, let output):
            for (widgetID, open) in widgets where open.callID == call.callID {
                try await finishWidget(widgetID)
            }
            let record = ToolCallRecord(callID: call.callID, name: call.name, arguments: call.arguments, output: output)
            try await stream.send(.itemDone(.hiddenContext(HiddenContextItem(
                id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date(), content: record.json))))

        case .hiddenContext(_, let text):
            try await stream.send(.itemDone(.hiddenContext(HiddenContextItem(
                id: stream.generateItemID(.message), threadID: stream.thread.id, createdAt: Date(), content: .string(text)))))

        case .clientToolCall(_, let callID, let name, let arguments):
            try await finish()
            let item = ClientToolCallItem(
                id: stream.generateItemID(.toolCall), threadID: stream.thread.id, createdAt: Date(),
                callID: callID, name: name, arguments: arguments.objectValue ?? ["value": arguments])
            try await stream.send(.itemDone(.clientToolCall(item)))

        case .toolStarted, .runFinished, .runFailed:
            break
        }
    }

    /// Ends whatever is still open when the run is over.
    mutating func finish() async throws {
        for widgetID in widgets.keys.sorted() { try await finishWidget(widgetID) }
        try await closeWorkflow()
    }

    @inline(never)
    private mutating func updateWidget(_ widgetID: String, to root: WidgetRoot) async throws {
        guard var open = widgets[widgetID], open.item.widget != root else { return }
        for delta in WidgetRoot.diff(from: open.item.widget, to: root) {
            try await stream.send(.itemUpdated(itemID: open.item.id, update: ThreadItemUpdate(delta)))
        }
        open.item.widget = root
        widgets[widgetID] = open
    }

    @inline(never)
    private mutating func finishWidget(_ widgetID: String) async throws {
        guard let open = widgets.removeValue(forKey: widgetID) else { return }
        try await stream.send(.itemDone(.widget(open.item)))
    }

    @inline(never)
    private mutating func addSearchTask(_ taskID: String, title: String, queries: [String]) async throws {
        let task = WorkflowTask(.webSearch(title: title, titleQuery: queries.first, queries: queries, sources: []), statusIndicator: .loading)
        if var open = workflow {
            let index = open.item.workflow.tasks.count
            open.item.workflow.tasks.append(task)
            open.taskIndex[taskID] = index
            workflow = open
            try await stream.send(.itemUpdated(itemID: open.item.id, update: .workflowTaskAdded(taskIndex: index, task: task)))
        } else {
            let item = WorkflowItem(
                id: stream.generateItemID(.workflow), threadID: stream.thread.id, createdAt: Date(),
                workflow: Workflow(type: .custom, tasks: [task]))
            workflow = OpenWorkflow(item: item, taskIndex: [taskID: 0])
            try await stream.send(.itemAdded(.workflow(item)))
        }
    }

    @inline(never)
    private mutating func updateSearchTask(_ taskID: String, _ change: (inout WorkflowTask) -> Void) async throws {
        guard var open = workflow, let index = open.taskIndex[taskID] else { return }
        change(&open.item.workflow.tasks[index])
        workflow = open
        try await stream.send(.itemUpdated(itemID: open.item.id, update: .workflowTaskUpdated(taskIndex: index, task: open.item.workflow.tasks[index])))
    }

    /// Completes the open workflow with its duration, as the reference does before a visual item.
    @inline(never)
    private mutating func closeWorkflow() async throws {
        guard var open = workflow else { return }
        workflow = nil
        let seconds = Int(Date().timeIntervalSince(open.item.createdAt))
        open.item.workflow.summary = .duration(seconds)
        try await stream.send(.itemDone(.workflow(open.item)))
    }
}
