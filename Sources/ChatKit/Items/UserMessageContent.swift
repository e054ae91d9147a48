import JSONValue

/// One part of what the user typed: plain text or an @-tag the client resolved to an entity.
public enum UserMessageContent: Sendable, Hashable, Codable {
    case text(String)
    case tag(UserMessageTag)

    private enum CodingKeys: String, CodingKey { case type, text }
    private enum Kind: String { case inputText = "input_text", inputTag = "input_tag" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeDiscriminator(Kind.self, forKey: .type, typeName: "user message content") {
        case .inputText: self = .text(try container.decode(String.self, forKey: .text))
        case .inputTag: self = .tag(try UserMessageTag(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try container.encode(Kind.inputText.rawValue, forKey: .type)
            try container.encode(text, forKey: .text)
        case .tag(let tag):
            try container.encode(Kind.inputTag.rawValue, forKey: .type)
            try tag.encode(to: encoder)
        }
    }
}

/// An entity the user mentioned with `@`; `data` is whatever the client's entity search returned.
public struct UserMessageTag: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var data: [String: JSONValue]
    public var group: String?
    public var interactive: Bool

    public init(id: String, text: String, data: [String: JSONValue], group: String? = nil, interactive: Bool = false) {
        self.id = id
        self.text = text
        self.data = data
        self.group = group
        self.interactive = interactive
    }

    private enum CodingKeys: String, CodingKey { case id, text, data, group, interactive }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        data = try container.decode([String: JSONValue].self, forKey: .data)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        interactive = try container.decode(Bool.self, forKey: .interactive, default: false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(data, forKey: .data)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encode(interactive, forKey: .interactive)
    }
}

/// Per-message model and tool choices made in the composer.
public struct InferenceOptions: Sendable, Hashable, Codable {
    public var toolChoice: ToolChoice?
    public var model: String?

    public init(toolChoice: ToolChoice? = nil, model: String? = nil) {
        self.toolChoice = toolChoice
        self.model = model
    }

    enum CodingKeys: String, CodingKey { case toolChoice = "tool_choice", model }
}

/// A tool the user explicitly picked.
public struct ToolChoice: Sendable, Hashable, Codable {
    public var id: String
    public init(id: String) { self.id = id }
}
