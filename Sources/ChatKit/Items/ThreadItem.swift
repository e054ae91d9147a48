import ChatKitWidgets
import Foundation
import JSONValue

/// Anything that appears in a thread, discriminated by `type` on the wire.
public enum ThreadItem: Sendable, Hashable {
    case userMessage(UserMessageItem)
    case assistantMessage(AssistantMessageItem)
    case clientToolCall(ClientToolCallItem)
    case widget(WidgetItem)
    case generatedImage(GeneratedImageItem)
    case structuredInput(StructuredInputItem)
    case workflow(WorkflowItem)
    case task(TaskItem)
    case endOfTurn(EndOfTurnItem)
    case hiddenContext(HiddenContextItem)
    case sdkHiddenContext(SDKHiddenContextItem)

    /// The wire `type` of each item kind.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case userMessage = "user_message"
        case assistantMessage = "assistant_message"
        case clientToolCall = "client_tool_call"
        case widget
        case generatedImage = "generated_image"
        case structuredInput = "structured_input"
        case workflow
        case task
        case endOfTurn = "end_of_turn"
        case hiddenContext = "hidden_context_item"
        case sdkHiddenContext = "sdk_hidden_context"
    }

    public var kind: Kind {
        switch self {
        case .userMessage: .userMessage
        case .assistantMessage: .assistantMessage
        case .clientToolCall: .clientToolCall
        case .widget: .widget
        case .generatedImage: .generatedImage
        case .structuredInput: .structuredInput
        case .workflow: .workflow
        case .task: .task
        case .endOfTurn: .endOfTurn
        case .hiddenContext: .hiddenContext
        case .sdkHiddenContext: .sdkHiddenContext
        }
    }

    public var id: String {
        switch self {
        case .userMessage(let item): item.id
        case .assistantMessage(let item): item.id
        case .clientToolCall(let item): item.id
        case .widget(let item): item.id
        case .generatedImage(let item): item.id
        case .structuredInput(let item): item.id
        case .workflow(let item): item.id
        case .task(let item): item.id
        case .endOfTurn(let item): item.id
        case .hiddenContext(let item): item.id
        case .sdkHiddenContext(let item): item.id
        }
    }

    public var threadID: String {
        switch self {
        case .userMessage(let item): item.threadID
        case .assistantMessage(let item): item.threadID
        case .clientToolCall(let item): item.threadID
        case .widget(let item): item.threadID
        case .generatedImage(let item): item.threadID
        case .structuredInput(let item): item.threadID
        case .workflow(let item): item.threadID
        case .task(let item): item.threadID
        case .endOfTurn(let item): item.threadID
        case .hiddenContext(let item): item.threadID
        case .sdkHiddenContext(let item): item.threadID
        }
    }

    public var createdAt: Date {
        switch self {
        case .userMessage(let item): item.createdAt
        case .assistantMessage(let item): item.createdAt
        case .clientToolCall(let item): item.createdAt
        case .widget(let item): item.createdAt
        case .generatedImage(let item): item.createdAt
        case .structuredInput(let item): item.createdAt
        case .workflow(let item): item.createdAt
        case .task(let item): item.createdAt
        case .endOfTurn(let item): item.createdAt
        case .hiddenContext(let item): item.createdAt
        case .sdkHiddenContext(let item): item.createdAt
        }
    }

    /// Hidden items are stored for the model but never sent to the client.
    public var isHidden: Bool {
        kind == .hiddenContext || kind == .sdkHiddenContext
    }
}

extension ThreadItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, threadID = "thread_id", createdAt = "created_at", type
        case content, attachments, quotedText = "quoted_text", inferenceOptions = "inference_options"
        case status, callID = "call_id", name, arguments, output
        case widget, copyText = "copy_text", image, inputs, workflow, task
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        let threadID = try c.decode(String.self, forKey: .threadID)
        let createdAt = try c.decodeTimestamp(forKey: .createdAt)
        switch try c.decodeDiscriminator(Kind.self, forKey: .type, typeName: "thread item") {
        case .userMessage:
            self = .userMessage(UserMessageItem(
                id: id, threadID: threadID, createdAt: createdAt,
                content: try c.decode([UserMessageContent].self, forKey: .content),
                attachments: try c.decode([Attachment].self, forKey: .attachments, default: []),
                quotedText: try c.decodeIfPresent(String.self, forKey: .quotedText),
                inferenceOptions: try c.decode(InferenceOptions.self, forKey: .inferenceOptions)))
        case .assistantMessage:
            self = .assistantMessage(AssistantMessageItem(
                id: id, threadID: threadID, createdAt: createdAt,
                content: try c.decode([AssistantMessageContent].self, forKey: .content)))
        case .clientToolCall:
            let output = try c.decodeIfPresent(JSONValue.self, forKey: .output)
            self = .clientToolCall(ClientToolCallItem(
                id: id, threadID: threadID, createdAt: createdAt,
                status: try c.decode(ClientToolCallItem.Status.self, forKey: .status, default: .pending),
                callID: try c.decode(String.self, forKey: .callID),
                name: try c.decode(String.self, forKey: .name),
                arguments: try c.decode([String: JSONValue].self, forKey: .arguments),
                output: output == .null ? nil : output))
        case .widget:
            self = .widget(WidgetItem(
                id: id, threadID: threadID, createdAt: createdAt,
                widget: try c.decode(WidgetRoot.self, forKey: .widget),
                copyText: try c.decodeIfPresent(String.self, forKey: .copyText)))
        case .generatedImage:
            self = .generatedImage(GeneratedImageItem(
                id: id, threadID: threadID, createdAt: createdAt,
                image: try c.decodeIfPresent(GeneratedImage.self, forKey: .image)))
        case .structuredInput:
            self = .structuredInput(StructuredInputItem(
                id: id, threadID: threadID, createdAt: createdAt,
                status: try c.decode(StructuredInputItem.Status.self, forKey: .status, default: .pending),
                inputs: try c.decode([StructuredInput].self, forKey: .inputs)))
        case .workflow:
            self = .workflow(WorkflowItem(
                id: id, threadID: threadID, createdAt: createdAt,
                workflow: try c.decode(Workflow.self, forKey: .workflow)))
        case .task:
            self = .task(TaskItem(
                id: id, threadID: threadID, createdAt: createdAt, task: try c.decode(WorkflowTask.self, forKey: .task)))
        case .endOfTurn:
            self = .endOfTurn(EndOfTurnItem(id: id, threadID: threadID, createdAt: createdAt))
        case .hiddenContext:
            self = .hiddenContext(HiddenContextItem(
                id: id, threadID: threadID, createdAt: createdAt,
                content: try c.decodeIfPresent(JSONValue.self, forKey: .content) ?? .null))
        case .sdkHiddenContext:
            self = .sdkHiddenContext(SDKHiddenContextItem(
                id: id, threadID: threadID, createdAt: createdAt,
                content: try c.decode(String.self, forKey: .content)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(threadID, forKey: .threadID)
        try c.encodeTimestamp(createdAt, forKey: .createdAt)
        try c.encode(kind.rawValue, forKey: .type)
        switch self {
        case .userMessage(let item):
            try c.encode(item.content, forKey: .content)
            try c.encode(item.attachments, forKey: .attachments)
            try c.encodeIfPresent(item.quotedText, forKey: .quotedText)
            try c.encode(item.inferenceOptions, forKey: .inferenceOptions)
        case .assistantMessage(let item):
            try c.encode(item.content, forKey: .content)
        case .clientToolCall(let item):
            try c.encode(item.status, forKey: .status)
            try c.encode(item.callID, forKey: .callID)
            try c.encode(item.name, forKey: .name)
            try c.encode(item.arguments, forKey: .arguments)
            if let output = item.output, output != .null { try c.encode(output, forKey: .output) }
        case .widget(let item):
            try c.encode(EncodedWidget(root: item.widget, cache: item.encodedWidget), forKey: .widget)
            try c.encodeIfPresent(item.copyText, forKey: .copyText)
        case .generatedImage(let item):
            try c.encodeIfPresent(item.image, forKey: .image)
        case .structuredInput(let item):
            try c.encode(item.status, forKey: .status)
            try c.encode(item.inputs, forKey: .inputs)
        case .workflow(let item):
            try c.encode(item.workflow, forKey: .workflow)
        case .task(let item):
            try c.encode(item.task, forKey: .task)
        case .endOfTurn:
            break
        case .hiddenContext(let item):
            // `content: Any` in the reference: a JSON null is dropped like every other null.
            if item.content != .null { try c.encode(item.content, forKey: .content) }
        case .sdkHiddenContext(let item):
            try c.encode(item.content, forKey: .content)
        }
    }
}
