import ChatKitWidgets
import Foundation
import JSONValue

// The payloads of the eleven thread item types. Each carries the shared `id`, `thread_id`, `created_at`;
// ``ThreadItem`` writes those and the `type` discriminator, each payload writes only its own fields.

/// What the user sent: text and tags, the attachments (expanded), an optional quote, and composer options.
public struct UserMessageItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var content: [UserMessageContent]
    public var attachments: [Attachment]
    public var quotedText: String?
    public var inferenceOptions: InferenceOptions

    public init(
        id: String, threadID: String, createdAt: Date, content: [UserMessageContent],
        attachments: [Attachment] = [], quotedText: String? = nil, inferenceOptions: InferenceOptions = .init()
    ) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.content = content
        self.attachments = attachments
        self.quotedText = quotedText
        self.inferenceOptions = inferenceOptions
    }

    /// The plain text of the message, with tags rendered as `@text`.
    public var text: String {
        content.map {
            switch $0 {
            case .text(let text): text
            case .tag(let tag): "@" + tag.text
            }
        }.joined()
    }
}

/// An assistant answer made of `output_text` parts.
public struct AssistantMessageItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var content: [AssistantMessageContent]

    public init(id: String, threadID: String, createdAt: Date, content: [AssistantMessageContent] = []) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.content = content
    }
}

/// A tool the client runs. The stream pauses on a `pending` call; `threads.add_client_tool_output`
/// completes it with the client's result and resumes.
public struct ClientToolCallItem: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable { case pending, completed }

    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var status: Status
    public var callID: String
    public var name: String
    public var arguments: [String: JSONValue]
    /// The client's result; `nil` (and JSON `null`) is omitted on the wire.
    public var output: JSONValue?

    public init(
        id: String, threadID: String, createdAt: Date, status: Status = .pending, callID: String, name: String,
        arguments: [String: JSONValue], output: JSONValue? = nil
    ) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.status = status
        self.callID = callID
        self.name = name
        self.arguments = arguments
        self.output = output
    }
}

/// A rendered widget; `copyText` is what the client's copy button puts on the clipboard.
public struct WidgetItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var widget: WidgetRoot {
        didSet { encodedWidget = EncodedWidgetCache() }
    }
    public var copyText: String?
    /// The encoded `widget`, shared by copies until it changes (not part of the value's identity).
    private(set) var encodedWidget = EncodedWidgetCache()

    public init(id: String, threadID: String, createdAt: Date, widget: WidgetRoot, copyText: String? = nil) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.widget = widget
        self.copyText = copyText
    }

    public static func == (lhs: WidgetItem, rhs: WidgetItem) -> Bool {
        lhs.id == rhs.id && lhs.threadID == rhs.threadID && lhs.createdAt == rhs.createdAt && lhs.widget == rhs.widget
            && lhs.copyText == rhs.copyText
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(threadID)
        hasher.combine(createdAt)
        hasher.combine(widget)
        hasher.combine(copyText)
    }
}

/// An image produced by an image-generation tool.
public struct GeneratedImage: Sendable, Hashable, Codable {
    public var id: String
    public var url: String

    public init(id: String, url: String) {
        self.id = id
        self.url = url
    }
}

/// A generated image (nil while it is still being produced).
public struct GeneratedImageItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var image: GeneratedImage?

    public init(id: String, threadID: String, createdAt: Date, image: GeneratedImage? = nil) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.image = image
    }
}

/// Questions the assistant asks the user to answer in a form.
public struct StructuredInputItem: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable { case pending, answered, skipped }

    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var status: Status
    public var inputs: [StructuredInput]

    public init(id: String, threadID: String, createdAt: Date, status: Status = .pending, inputs: [StructuredInput]) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.status = status
        self.inputs = inputs
    }
}

/// A workflow block (reasoning or tool steps).
public struct WorkflowItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var workflow: Workflow

    public init(id: String, threadID: String, createdAt: Date, workflow: Workflow) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.workflow = workflow
    }
}

/// A single standalone task.
public struct TaskItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var task: WorkflowTask

    public init(id: String, threadID: String, createdAt: Date, task: WorkflowTask) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.task = task
    }
}

/// Marks that the assistant finished its turn.
public struct EndOfTurnItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date

    public init(id: String, threadID: String, createdAt: Date) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
    }
}

/// Context for the model that the client never sees (persisted, filtered from every response).
public struct HiddenContextItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var content: JSONValue

    public init(id: String, threadID: String, createdAt: Date, content: JSONValue) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.content = content
    }
}

/// Hidden context written by the library itself, e.g. the note that the user cancelled a stream.
public struct SDKHiddenContextItem: Sendable, Hashable {
    public var id: String
    public var threadID: String
    public var createdAt: Date
    public var content: String

    public init(id: String, threadID: String, createdAt: Date, content: String) {
        self.id = id
        self.threadID = threadID
        self.createdAt = createdAt
        self.content = content
    }
}
