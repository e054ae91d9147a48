import ChatKitWidgets
import JSONValue

/// One server-sent event of a streaming response (one `data:` frame).
public enum ThreadStreamEvent: Sendable, Equatable {
    case threadCreated(ChatThread)
    case threadUpdated(ChatThread)
    /// An item started streaming; not persisted until its `done` (or saved on cancellation).
    case itemAdded(ThreadItem)
    case itemUpdated(itemID: String, update: ThreadItemUpdate)
    /// An item is complete; the pipeline persists it.
    case itemDone(ThreadItem)
    /// The pipeline deletes the item.
    case itemRemoved(itemID: String)
    /// The pipeline upserts the item (use it to make widget changes survive a reload).
    case itemReplaced(ThreadItem)
    case streamOptions(StreamOptions)
    /// Transient status text (not stored).
    case progressUpdate(icon: IconName?, text: String)
    /// A fire-and-forget effect the client handles in `onEffect`.
    case clientEffect(name: String, data: [String: JSONValue])
    case error(ErrorEvent)
    /// A user-facing banner; `message` is Markdown.
    case notice(level: NoticeLevel, message: String, title: String?)

    /// The wire `type` of each event.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case threadCreated = "thread.created"
        case threadUpdated = "thread.updated"
        case itemAdded = "thread.item.added"
        case itemUpdated = "thread.item.updated"
        case itemDone = "thread.item.done"
        case itemRemoved = "thread.item.removed"
        case itemReplaced = "thread.item.replaced"
        case streamOptions = "stream_options"
        case progressUpdate = "progress_update"
        case clientEffect = "client_effect"
        case error
        case notice
    }

    public var kind: Kind {
        switch self {
        case .threadCreated: .threadCreated
        case .threadUpdated: .threadUpdated
        case .itemAdded: .itemAdded
        case .itemUpdated: .itemUpdated
        case .itemDone: .itemDone
        case .itemRemoved: .itemRemoved
        case .itemReplaced: .itemReplaced
        case .streamOptions: .streamOptions
        case .progressUpdate: .progressUpdate
        case .clientEffect: .clientEffect
        case .error: .error
        case .notice: .notice
        }
    }
}

/// Severity of a ``ThreadStreamEvent/notice(level:message:title:)``.
public enum NoticeLevel: String, Sendable, Hashable, Codable {
    case info, warning, danger
}

/// Settings for the current stream; `allowCancel` enables the client's stop button.
public struct StreamOptions: Sendable, Hashable, Codable {
    public var allowCancel: Bool

    public init(allowCancel: Bool = true) { self.allowCancel = allowCancel }

    enum CodingKeys: String, CodingKey { case allowCancel = "allow_cancel" }
}

/// The only two error codes the client accepts.
public enum ErrorCode: String, Sendable, Hashable, Codable {
    /// A generic failure; the client shows its own localized message.
    case streamError = "stream.error"
    /// A failure with a message written for the user.
    case custom
}

/// An in-stream error. The stream stays HTTP 200; the client shows the error and, if allowed, a retry.
public struct ErrorEvent: Sendable, Hashable, Codable {
    public var code: ErrorCode
    public var message: String?
    public var allowRetry: Bool

    public init(code: ErrorCode = .custom, message: String? = nil, allowRetry: Bool = false) {
        self.code = code
        self.message = message
        self.allowRetry = allowRetry
    }

    private enum CodingKeys: String, CodingKey { case code, message, allowRetry = "allow_retry" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(ErrorCode.self, forKey: .code, default: .custom)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        allowRetry = try container.decode(Bool.self, forKey: .allowRetry, default: false)
    }
}

extension ThreadStreamEvent: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, thread, item, itemID = "item_id", update, streamOptions = "stream_options"
        case icon, text, name, data, code, message, allowRetry = "allow_retry", level, title
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decodeDiscriminator(Kind.self, forKey: .type, typeName: "stream event") {
        case .threadCreated: self = .threadCreated(try c.decode(ChatThread.self, forKey: .thread))
        case .threadUpdated: self = .threadUpdated(try c.decode(ChatThread.self, forKey: .thread))
        case .itemAdded: self = .itemAdded(try c.decode(ThreadItem.self, forKey: .item))
        case .itemUpdated:
            self = .itemUpdated(
                itemID: try c.decode(String.self, forKey: .itemID), update: try c.decode(ThreadItemUpdate.self, forKey: .update))
        case .itemDone: self = .itemDone(try c.decode(ThreadItem.self, forKey: .item))
        case .itemRemoved: self = .itemRemoved(itemID: try c.decode(String.self, forKey: .itemID))
        case .itemReplaced: self = .itemReplaced(try c.decode(ThreadItem.self, forKey: .item))
        case .streamOptions: self = .streamOptions(try c.decode(StreamOptions.self, forKey: .streamOptions))
        case .progressUpdate:
            self = .progressUpdate(
                icon: try c.decodeIfPresent(IconName.self, forKey: .icon), text: try c.decode(String.self, forKey: .text))
        case .clientEffect:
            self = .clientEffect(
                name: try c.decode(String.self, forKey: .name),
                data: try c.decode([String: JSONValue].self, forKey: .data, default: [:]))
        case .error: self = .error(try ErrorEvent(from: decoder))
        case .notice:
            self = .notice(
                level: try c.decode(NoticeLevel.self, forKey: .level), message: try c.decode(String.self, forKey: .message),
                title: try c.decodeIfPresent(String.self, forKey: .title))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.rawValue, forKey: .type)
        switch self {
        case .threadCreated(let thread), .threadUpdated(let thread):
            try c.encode(thread, forKey: .thread)
        case .itemAdded(let item), .itemDone(let item), .itemReplaced(let item):
            try c.encode(item, forKey: .item)
        case .itemUpdated(let itemID, let update):
            try c.encode(itemID, forKey: .itemID)
            try c.encode(update, forKey: .update)
        case .itemRemoved(let itemID):
            try c.encode(itemID, forKey: .itemID)
        case .streamOptions(let options):
            try c.encode(options, forKey: .streamOptions)
        case .progressUpdate(let icon, let text):
            try c.encodeIfPresent(icon, forKey: .icon)
            try c.encode(text, forKey: .text)
        case .clientEffect(let name, let data):
            try c.encode(name, forKey: .name)
            try c.encode(data, forKey: .data)
        case .error(let error):
            try c.encode(error.code, forKey: .code)
            try c.encodeIfPresent(error.message, forKey: .message)
            try c.encode(error.allowRetry, forKey: .allowRetry)
        case .notice(let level, let message, let title):
            try c.encode(level, forKey: .level)
            try c.encode(message, forKey: .message)
            try c.encodeIfPresent(title, forKey: .title)
        }
    }
}
