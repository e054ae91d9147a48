import JSONValue

// The `params` object of each request type. Keys are snake_case on the wire; absent optional keys take
// the reference defaults. Unknown keys are ignored, as in the reference.

/// What the composer submits for a new user message; attachments are ids.
public struct UserMessageInput: Sendable, Hashable, Codable {
    public var content: [UserMessageContent]
    public var attachments: [String]
    public var quotedText: String?
    public var inferenceOptions: InferenceOptions

    public init(
        content: [UserMessageContent], attachments: [String] = [], quotedText: String? = nil,
        inferenceOptions: InferenceOptions = .init()
    ) {
        self.content = content
        self.attachments = attachments
        self.quotedText = quotedText
        self.inferenceOptions = inferenceOptions
    }

    enum CodingKeys: String, CodingKey {
        case content, attachments, quotedText = "quoted_text", inferenceOptions = "inference_options"
    }
}

public struct ThreadCreateParams: Sendable, Hashable, Codable {
    public var input: UserMessageInput
    public init(input: UserMessageInput) { self.input = input }
}

public struct ThreadAddUserMessageParams: Sendable, Hashable, Codable {
    public var threadID: String
    public var input: UserMessageInput
    public init(threadID: String, input: UserMessageInput) {
        self.threadID = threadID
        self.input = input
    }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id", input }
}

public struct ThreadAddClientToolOutputParams: Sendable, Hashable, Codable {
    public var threadID: String
    /// The client tool's result. The key is required; its value may be `null`.
    public var result: JSONValue
    public init(threadID: String, result: JSONValue) {
        self.threadID = threadID
        self.result = result
    }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id", result }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        threadID = try container.decode(String.self, forKey: .threadID)
        guard container.contains(.result) else {
            throw DecodingError.keyNotFound(
                CodingKeys.result, .init(codingPath: container.codingPath, debugDescription: "'result' is required"))
        }
        result = try container.decode(JSONValue.self, forKey: .result)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(threadID, forKey: .threadID)
        try container.encode(result, forKey: .result)
    }
}

/// The user's answers to a pending structured-input item.
public struct StructuredInputSubmission: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable { case answered, skipped }

    public var status: Status
    /// Answers keyed by question id.
    public var answers: [String: StructuredInputAnswer]

    public init(status: Status = .answered, answers: [String: StructuredInputAnswer] = [:]) {
        self.status = status
        self.answers = answers
    }

    private enum CodingKeys: String, CodingKey { case status, answers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(Status.self, forKey: .status, default: .answered)
        answers = try container.decode([String: StructuredInputAnswer].self, forKey: .answers, default: [:])
    }
}

public struct ThreadAddStructuredInputParams: Sendable, Hashable, Codable {
    public var threadID: String
    public var itemID: String
    public var input: StructuredInputSubmission
    public init(threadID: String, itemID: String, input: StructuredInputSubmission) {
        self.threadID = threadID
        self.itemID = itemID
        self.input = input
    }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id", itemID = "item_id", input }
}

public struct ThreadRetryAfterItemParams: Sendable, Hashable, Codable {
    public var threadID: String
    public var itemID: String
    public init(threadID: String, itemID: String) {
        self.threadID = threadID
        self.itemID = itemID
    }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id", itemID = "item_id" }
}

/// A widget (or client) action: a `type` the app defines and an arbitrary payload.
public struct Action: Sendable, Hashable, Codable {
    public var type: String
    public var payload: JSONValue

    public init(type: String, payload: JSONValue = .null) {
        self.type = type
        self.payload = payload
    }

    private enum CodingKeys: String, CodingKey { case type, payload }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        payload = try container.decodeIfPresent(JSONValue.self, forKey: .payload) ?? .null
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        if payload != .null { try container.encode(payload, forKey: .payload) }
    }
}

/// Parameters of `threads.custom_action` and `threads.sync_custom_action`.
public struct ThreadCustomActionParams: Sendable, Hashable, Codable {
    public var threadID: String
    /// The widget item that sent the action, if any.
    public var itemID: String?
    public var action: Action
    public init(threadID: String, itemID: String? = nil, action: Action) {
        self.threadID = threadID
        self.itemID = itemID
        self.action = action
    }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id", itemID = "item_id", action }
}

/// Parameters that name one thread (`threads.get_by_id`, `threads.delete`).
public struct ThreadIDParams: Sendable, Hashable, Codable {
    public var threadID: String
    public init(threadID: String) { self.threadID = threadID }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id" }
}

public struct ThreadListParams: Sendable, Hashable, Codable {
    /// `nil` or 0 means the default page size (20).
    public var limit: Int?
    public var order: PageOrder
    public var after: String?
    public init(limit: Int? = nil, order: PageOrder = .desc, after: String? = nil) {
        self.limit = limit
        self.order = order
        self.after = after
    }

    private enum CodingKeys: String, CodingKey { case limit, order, after }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        order = try container.decode(PageOrder.self, forKey: .order, default: .desc)
        after = try container.decodeIfPresent(String.self, forKey: .after)
    }
}

public struct ThreadUpdateParams: Sendable, Hashable, Codable {
    public var threadID: String
    public var title: String
    public init(threadID: String, title: String) {
        self.threadID = threadID
        self.title = title
    }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id", title }
}

public struct ItemsListParams: Sendable, Hashable, Codable {
    public var threadID: String
    /// `nil` or 0 means the default page size (20).
    public var limit: Int?
    public var order: PageOrder
    public var after: String?
    public init(threadID: String, limit: Int? = nil, order: PageOrder = .desc, after: String? = nil) {
        self.threadID = threadID
        self.limit = limit
        self.order = order
        self.after = after
    }

    private enum CodingKeys: String, CodingKey { case threadID = "thread_id", limit, order, after }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        threadID = try container.decode(String.self, forKey: .threadID)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        order = try container.decode(PageOrder.self, forKey: .order, default: .desc)
        after = try container.decodeIfPresent(String.self, forKey: .after)
    }
}

/// Thumbs up or down on assistant output.
public enum FeedbackKind: String, Sendable, Hashable, Codable {
    case positive, negative
}

public struct ItemFeedbackParams: Sendable, Hashable, Codable {
    public var threadID: String
    public var itemIDs: [String]
    public var kind: FeedbackKind
    public init(threadID: String, itemIDs: [String], kind: FeedbackKind) {
        self.threadID = threadID
        self.itemIDs = itemIDs
        self.kind = kind
    }
    enum CodingKeys: String, CodingKey { case threadID = "thread_id", itemIDs = "item_ids", kind }
}

/// What the client knows about a file before uploading it (two-phase upload).
public struct AttachmentCreateParams: Sendable, Hashable, Codable {
    public var name: String
    public var size: Int
    public var mimeType: String
    public init(name: String, size: Int, mimeType: String) {
        self.name = name
        self.size = size
        self.mimeType = mimeType
    }
    enum CodingKeys: String, CodingKey { case name, size, mimeType = "mime_type" }
}

public struct AttachmentDeleteParams: Sendable, Hashable, Codable {
    public var attachmentID: String
    public init(attachmentID: String) { self.attachmentID = attachmentID }
    enum CodingKeys: String, CodingKey { case attachmentID = "attachment_id" }
}

public struct InputTranscribeParams: Sendable, Hashable, Codable {
    public var audioBase64: String
    /// Raw MIME type, e.g. `audio/webm;codecs=opus`.
    public var mimeType: String
    public init(audioBase64: String, mimeType: String) {
        self.audioBase64 = audioBase64
        self.mimeType = mimeType
    }
    enum CodingKeys: String, CodingKey { case audioBase64 = "audio_base64", mimeType = "mime_type" }
}
