import ChatKit
import Foundation
import JSONValue
import Testing

/// A server over an in-memory store, with helpers that run requests and decode what comes back.
struct ServerHarness {
    static let context = RequestContext(userID: "test_user")

    let store: InMemoryStore
    let attachments: InMemoryAttachmentStore?
    let server: ChatKitServer

    init(
        _ responder: ScriptedResponder = ScriptedResponder(), store: InMemoryStore = InMemoryStore(),
        attachments: InMemoryAttachmentStore? = nil
    ) {
        self.store = store
        self.attachments = attachments
        self.server = ChatKitServer(store: store, attachmentStore: attachments, responder: responder)
    }

    /// Runs a streaming request and returns the raw body.
    func streamBody(_ request: ChatKitRequest, context: RequestContext = context) async throws -> Data {
        guard case .stream(let stream) = try await server.process(encode(request), context: context) else {
            Issue.record("expected a streaming result")
            return Data()
        }
        var body = Data()
        try await stream.run { body.append($0) }
        return body
    }

    /// Runs a streaming request and decodes every frame.
    func stream(_ request: ChatKitRequest, context: RequestContext = context) async throws -> [ThreadStreamEvent] {
        try Self.frames(try await streamBody(request, context: context))
    }

    /// Runs a non-streaming request and returns the exact body.
    func json(_ request: ChatKitRequest, context: RequestContext = context) async throws -> Data {
        guard case .json(let data) = try await server.process(encode(request), context: context) else {
            Issue.record("expected a JSON result")
            return Data()
        }
        return data
    }

    /// Creates a thread with one text message and returns its events and the created thread.
    @discardableResult
    func createThread(_ text: String = "Hello", inferenceOptions: InferenceOptions = .init()) async throws
        -> (events: [ThreadStreamEvent], thread: ThreadMetadata)
    {
        let events = try await stream(.create(text, inferenceOptions: inferenceOptions))
        guard case .threadCreated(let thread) = events.first else {
            Issue.record("first event is not thread.created: \(events)")
            throw ChatKitError.internalError
        }
        return (events, thread.info)
    }

    func encode(_ request: ChatKitRequest) throws -> Data {
        try JSONEncoder().encode(request)
    }

    /// Splits an SSE body into frames, checking the exact `data: …\n\n` framing.
    static func frames(_ body: Data) throws -> [ThreadStreamEvent] {
        let text = String(decoding: body, as: UTF8.self)
        guard !text.isEmpty else { return [] }
        #expect(text.hasSuffix("\n\n"))
        return try text.components(separatedBy: "\n\n").dropLast().map { frame in
            #expect(frame.hasPrefix("data: "))
            #expect(!frame.contains("\n"))
            return try ChatKitCoding.decoder().decode(ThreadStreamEvent.self, from: Data(frame.dropFirst(6).utf8))
        }
    }
}

extension ChatKitRequest {
    static func create(_ text: String, attachments: [String] = [], inferenceOptions: InferenceOptions = .init())
        -> ChatKitRequest
    {
        ChatKitRequest(.threadsCreate(ThreadCreateParams(input: UserMessageInput(
            content: [.text(text)], attachments: attachments, inferenceOptions: inferenceOptions))))
    }

    static func addMessage(_ text: String, threadID: String, attachments: [String] = [], inferenceOptions: InferenceOptions = .init())
        -> ChatKitRequest
    {
        ChatKitRequest(.threadsAddUserMessage(ThreadAddUserMessageParams(
            threadID: threadID,
            input: UserMessageInput(content: [.text(text)], attachments: attachments, inferenceOptions: inferenceOptions))))
    }

    static func itemsList(_ threadID: String, limit: Int? = nil, order: PageOrder = .desc, after: String? = nil) -> ChatKitRequest {
        ChatKitRequest(.itemsList(ItemsListParams(threadID: threadID, limit: limit, order: order, after: after)))
    }
}

extension ThreadStreamEvent {
    /// The item of an added/done/replaced event.
    var item: ThreadItem? {
        switch self {
        case .itemAdded(let item), .itemDone(let item), .itemReplaced(let item): item
        default: nil
        }
    }

    var thread: ChatThread? {
        switch self {
        case .threadCreated(let thread), .threadUpdated(let thread): thread
        default: nil
        }
    }
}

func assistantMessage(_ id: String, _ text: String, threadID: String) -> ThreadItem {
    .assistantMessage(AssistantMessageItem(id: id, threadID: threadID, createdAt: Date(), content: [AssistantMessageContent(text: text)]))
}

func decodePage(_ data: Data) throws -> Page<ThreadItem> {
    try ChatKitCoding.decoder().decode(Page<ThreadItem>.self, from: data)
}

func jsonObject(_ data: Data) throws -> JSONValue {
    try JSONValue(parsing: data)
}
