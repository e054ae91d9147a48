import JSONValue

/// What a widget control does when the user interacts with it.
///
/// Every default is written on the wire (as `openai-chatkit` does), because the client
/// chooses between `threads.custom_action`, `threads.sync_custom_action` and a local
/// handler from `handler` and `streaming`.
public struct ActionConfig: Sendable, Hashable, Codable {
    /// Who handles the action: the ChatKit server or the embedding page.
    public enum Handler: String, Sendable, Hashable, Codable, CaseIterable {
        case client, server
    }

    /// Which part of the UI shows a loading state while the action runs.
    public enum LoadingBehavior: String, Sendable, Hashable, Codable, CaseIterable {
        case auto, none, `self`, container
    }

    public var type: String
    public var payload: JSONValue?
    public var handler: Handler
    public var loadingBehavior: LoadingBehavior
    public var streaming: Bool

    public init(
        type: String,
        payload: JSONValue? = nil,
        handler: Handler = .server,
        loadingBehavior: LoadingBehavior = .auto,
        streaming: Bool = true
    ) {
        self.type = type
        self.payload = payload
        self.handler = handler
        self.loadingBehavior = loadingBehavior
        self.streaming = streaming
    }

    private enum CodingKeys: String, CodingKey {
        case type, payload, handler, loadingBehavior, streaming
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        payload = try container.decodeIfPresent(JSONValue.self, forKey: .payload)
        handler = try container.decodeIfPresent(Handler.self, forKey: .handler) ?? .server
        loadingBehavior = try container.decodeIfPresent(LoadingBehavior.self, forKey: .loadingBehavior) ?? .auto
        streaming = try container.decodeIfPresent(Bool.self, forKey: .streaming) ?? true
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        // Widgets drop `None` recursively when serialized, payload contents included.
        if let payload = payload?.droppingWidgetNulls() {
            try container.encode(payload, forKey: .payload)
        }
        try container.encode(handler, forKey: .handler)
        try container.encode(loadingBehavior, forKey: .loadingBehavior)
        try container.encode(streaming, forKey: .streaming)
    }
}
