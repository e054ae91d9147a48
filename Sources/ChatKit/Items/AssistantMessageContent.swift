/// One `output_text` part of an assistant message, with its citations.
public struct AssistantMessageContent: Sendable, Hashable, Codable {
    public var annotations: [Annotation]
    public var text: String

    public init(text: String, annotations: [Annotation] = []) {
        self.text = text
        self.annotations = annotations
    }

    private enum CodingKeys: String, CodingKey { case annotations, text, type }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        annotations = try container.decode([Annotation].self, forKey: .annotations, default: [])
        text = try container.decode(String.self, forKey: .text)
        if let type = try container.decodeIfPresent(String.self, forKey: .type), type != "output_text" {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown assistant content type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(annotations, forKey: .annotations)
        try container.encode(text, forKey: .text)
        try container.encode("output_text", forKey: .type)
    }
}

/// A citation attached to assistant text; `index` is the character offset of its marker.
public struct Annotation: Sendable, Hashable, Codable {
    public var source: Source
    public var index: Int?

    public init(source: Source, index: Int? = nil) {
        self.source = source
        self.index = index
    }

    private enum CodingKeys: String, CodingKey { case type, source, index }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(Source.self, forKey: .source)
        index = try container.decodeIfPresent(Int.self, forKey: .index)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("annotation", forKey: .type)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(index, forKey: .index)
    }
}
