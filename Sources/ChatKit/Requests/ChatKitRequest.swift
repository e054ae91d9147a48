import JSONValue

/// A decoded request body: `{"type": ..., "params": {...}, "metadata"?: {...}}`.
public struct ChatKitRequest: Sendable, Hashable {
    /// The operation and its parameters, one case per request `type`.
    public enum Operation: Sendable, Hashable {
        case threadsCreate(ThreadCreateParams)
        case threadsAddUserMessage(ThreadAddUserMessageParams)
        case threadsAddClientToolOutput(ThreadAddClientToolOutputParams)
        case threadsAddStructuredInput(ThreadAddStructuredInputParams)
        case threadsRetryAfterItem(ThreadRetryAfterItemParams)
        case threadsCustomAction(ThreadCustomActionParams)
        case threadsSyncCustomAction(ThreadCustomActionParams)
        case threadsGetByID(ThreadIDParams)
        case threadsList(ThreadListParams)
        case threadsUpdate(ThreadUpdateParams)
        case threadsDelete(ThreadIDParams)
        case itemsList(ItemsListParams)
        case itemsFeedback(ItemFeedbackParams)
        case attachmentsCreate(AttachmentCreateParams)
        case attachmentsDelete(AttachmentDeleteParams)
        case inputTranscribe(InputTranscribeParams)
    }

    /// The wire `type` of each operation.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case threadsCreate = "threads.create"
        case threadsAddUserMessage = "threads.add_user_message"
        case threadsAddClientToolOutput = "threads.add_client_tool_output"
        case threadsAddStructuredInput = "threads.add_structured_input"
        case threadsRetryAfterItem = "threads.retry_after_item"
        case threadsCustomAction = "threads.custom_action"
        case threadsSyncCustomAction = "threads.sync_custom_action"
        case threadsGetByID = "threads.get_by_id"
        case threadsList = "threads.list"
        case threadsUpdate = "threads.update"
        case threadsDelete = "threads.delete"
        case itemsList = "items.list"
        case itemsFeedback = "items.feedback"
        case attachmentsCreate = "attachments.create"
        case attachmentsDelete = "attachments.delete"
        case inputTranscribe = "input.transcribe"

        /// Streaming operations answer with Server-Sent Events; the others with one JSON document.
        public var isStreaming: Bool {
            switch self {
            case .threadsCreate, .threadsAddUserMessage, .threadsAddClientToolOutput, .threadsAddStructuredInput,
                .threadsRetryAfterItem, .threadsCustomAction:
                true
            default:
                false
            }
        }
    }

    public var operation: Operation
    /// Integration-specific data; the library never reads it.
    public var metadata: [String: JSONValue]

    public init(_ operation: Operation, metadata: [String: JSONValue] = [:]) {
        self.operation = operation
        self.metadata = metadata
    }

    public var kind: Kind {
        switch operation {
        case .threadsCreate: .threadsCreate
        case .threadsAddUserMessage: .threadsAddUserMessage
        case .threadsAddClientToolOutput: .threadsAddClientToolOutput
        case .threadsAddStructuredInput: .threadsAddStructuredInput
        case .threadsRetryAfterItem: .threadsRetryAfterItem
        case .threadsCustomAction: .threadsCustomAction
        case .threadsSyncCustomAction: .threadsSyncCustomAction
        case .threadsGetByID: .threadsGetByID
        case .threadsList: .threadsList
        case .threadsUpdate: .threadsUpdate
        case .threadsDelete: .threadsDelete
        case .itemsList: .itemsList
        case .itemsFeedback: .itemsFeedback
        case .attachmentsCreate: .attachmentsCreate
        case .attachmentsDelete: .attachmentsDelete
        case .inputTranscribe: .inputTranscribe
        }
    }
}

extension ChatKitRequest: Codable {
    private enum CodingKeys: String, CodingKey { case type, params, metadata }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decodeDiscriminator(Kind.self, forKey: .type, typeName: "request")
        metadata = try c.decode([String: JSONValue].self, forKey: .metadata, default: [:])
        func params<P: Decodable>(_ type: P.Type) throws -> P { try c.decode(P.self, forKey: .params) }
        switch kind {
        case .threadsCreate: operation = .threadsCreate(try params(ThreadCreateParams.self))
        case .threadsAddUserMessage: operation = .threadsAddUserMessage(try params(ThreadAddUserMessageParams.self))
        case .threadsAddClientToolOutput:
            operation = .threadsAddClientToolOutput(try params(ThreadAddClientToolOutputParams.self))
        case .threadsAddStructuredInput:
            operation = .threadsAddStructuredInput(try params(ThreadAddStructuredInputParams.self))
        case .threadsRetryAfterItem: operation = .threadsRetryAfterItem(try params(ThreadRetryAfterItemParams.self))
        case .threadsCustomAction: operation = .threadsCustomAction(try params(ThreadCustomActionParams.self))
        case .threadsSyncCustomAction: operation = .threadsSyncCustomAction(try params(ThreadCustomActionParams.self))
        case .threadsGetByID: operation = .threadsGetByID(try params(ThreadIDParams.self))
        case .threadsList: operation = .threadsList(try params(ThreadListParams.self))
        case .threadsUpdate: operation = .threadsUpdate(try params(ThreadUpdateParams.self))
        case .threadsDelete: operation = .threadsDelete(try params(ThreadIDParams.self))
        case .itemsList: operation = .itemsList(try params(ItemsListParams.self))
        case .itemsFeedback: operation = .itemsFeedback(try params(ItemFeedbackParams.self))
        case .attachmentsCreate: operation = .attachmentsCreate(try params(AttachmentCreateParams.self))
        case .attachmentsDelete: operation = .attachmentsDelete(try params(AttachmentDeleteParams.self))
        case .inputTranscribe: operation = .inputTranscribe(try params(InputTranscribeParams.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.rawValue, forKey: .type)
        switch operation {
        case .threadsCreate(let p): try c.encode(p, forKey: .params)
        case .threadsAddUserMessage(let p): try c.encode(p, forKey: .params)
        case .threadsAddClientToolOutput(let p): try c.encode(p, forKey: .params)
        case .threadsAddStructuredInput(let p): try c.encode(p, forKey: .params)
        case .threadsRetryAfterItem(let p): try c.encode(p, forKey: .params)
        case .threadsCustomAction(let p), .threadsSyncCustomAction(let p): try c.encode(p, forKey: .params)
        case .threadsGetByID(let p), .threadsDelete(let p): try c.encode(p, forKey: .params)
        case .threadsList(let p): try c.encode(p, forKey: .params)
        case .threadsUpdate(let p): try c.encode(p, forKey: .params)
        case .itemsList(let p): try c.encode(p, forKey: .params)
        case .itemsFeedback(let p): try c.encode(p, forKey: .params)
        case .attachmentsCreate(let p): try c.encode(p, forKey: .params)
        case .attachmentsDelete(let p): try c.encode(p, forKey: .params)
        case .inputTranscribe(let p): try c.encode(p, forKey: .params)
        }
        try c.encode(metadata, forKey: .metadata)
    }
}
