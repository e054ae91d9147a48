import AgentRuntime
import ChatKit
import ChatKitWidgets
import JSONValue

/// The whole thread as model input: what the user said, what the assistant answered, the tool
/// calls it made with their outputs, the widgets the user saw (summarised), and hidden context.
enum ThreadHistory {
    /// Items per store round trip while loading a thread.
    static let pageSize = 200

    /// Loads every item of the thread, oldest first.
    static func load(threadID: String, store: any Store, context: RequestContext) async throws -> [ThreadItem] {
        var items: [ThreadItem] = []
        var after: String?
        repeat {
            let page = try await store.loadThreadItems(threadID: threadID, after: after, limit: pageSize, order: .asc, context: context)
            items += page.data
            after = page.hasMore ? page.after : nil
        } while after != nil
        return items
    }

    /// Converts thread items to model input, following chatkit-python's `ThreadItemConverter`.
    ///
    /// A tool that handed its call to the client also left a tool-call record (its own return
    /// value, which the model never receives): the client tool call item speaks for that call
    /// (once completed, with the client's output), so such records are skipped and the call id
    /// is replayed once.
    static func modelInput(from items: [ThreadItem]) -> [ModelInputItem] {
        var clientCallIDs: Set<String> = []
        for case .clientToolCall(let call) in items { clientCallIDs.insert(call.callID) }
        return items.flatMap { item -> [ModelInputItem] in
            if case .hiddenContext(let hidden) = item, let record = ToolCallRecord(hidden.content), clientCallIDs.contains(record.callID) {
                return []
            }
            return modelInput(for: item)
        }
    }

    static func modelInput(for item: ThreadItem) -> [ModelInputItem] {
        switch item {
        case .userMessage(let message):
            var text = message.text
            if let quote = message.quotedText, !quote.isEmpty {
                text += "\n\nThe user is referring to this in particular:\n\(quote)"
            }
            let attachments = message.attachments.map { "\($0.name) (\($0.mimeType))" }
            if !attachments.isEmpty {
                text += "\n\nAttached files: " + attachments.joined(separator: ", ")
            }
            return [.userMessage(text)]
        case .assistantMessage(let message):
            let text = message.content.map(\.text).joined()
            return text.isEmpty ? [] : [.assistantMessage(id: nil, text: text)]
        case .clientToolCall(let call):
            guard call.status == .completed else { return [] }
            return [
                .functionCall(id: nil, callID: call.callID, name: call.name, arguments: JSONValue.object(call.arguments).jsonString()),
                .functionCallOutput(callID: call.callID, output: (call.output ?? .null).jsonString()),
            ]
        case .widget(let widget):
            return [.userMessage("The following graphical UI widget (id: \(widget.id)) was displayed to the user:\n\(widget.widget.textSummary)")]
        case .workflow(let workflow):
            let tasks = workflow.workflow.tasks.compactMap(describe)
            return tasks.isEmpty ? [] : [.userMessage("A message was displayed to the user that the following tasks were performed:\n" + tasks.joined(separator: "\n"))]
        case .task(let task):
            return describe(task.task).map { [.userMessage("A message was displayed to the user that the following task was performed: \($0)")] } ?? []
        case .hiddenContext(let hidden):
            if let record = ToolCallRecord(hidden.content) {
                return [
                    .functionCall(id: nil, callID: record.callID, name: record.name, arguments: record.arguments),
                    .functionCallOutput(callID: record.callID, output: record.output),
                ]
            }
            let text = hidden.content.stringValue ?? hidden.content.jsonString()
            return [.userMessage("Hidden context for the agent (not shown to the user):\n\(text)")]
        case .sdkHiddenContext(let hidden):
            return [.userMessage("Hidden context for the agent (not shown to the user):\n\(hidden.content)")]
        case .structuredInput(let input):
            let answers = input.inputs.map { question in
                "\(question.question): \(question.answer.map { $0.skipped ? "(skipped)" : $0.values.joined(separator: ", ") } ?? "(unanswered)")"
            }
            return [.userMessage("The user answered a form (\(input.status.rawValue)):\n" + answers.joined(separator: "\n"))]
        case .generatedImage, .endOfTurn:
            return []
        }
    }

    private static func describe(_ task: WorkflowTask) -> String? {
        switch task.kind {
        case .custom(let title, _, let content):
            [title, content].compactMap { $0 }.joined(separator: ": ").nilIfEmpty
        case .webSearch(let title, _, let queries, let sources):
            "\(title ?? "Web search") for \(queries.joined(separator: "; ")) (\(sources.count) sources)"
        case .thought, .file, .image:
            nil
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
