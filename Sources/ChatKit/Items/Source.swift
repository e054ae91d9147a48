import ChatKitWidgets
import JSONValue

/// Something an assistant answer cites: a web page, a file, or an app entity.
public enum Source: Sendable, Hashable, Codable {
    case url(URLSource)
    case file(FileSource)
    case entity(EntitySource)

    private enum CodingKeys: String, CodingKey { case type }
    private enum Kind: String { case url, file, entity }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeDiscriminator(Kind.self, forKey: .type, typeName: "source") {
        case .url: self = .url(try URLSource(from: decoder))
        case .file: self = .file(try FileSource(from: decoder))
        case .entity: self = .entity(try EntitySource(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .url(let source): try source.encode(to: encoder)
        case .file(let source): try source.encode(to: encoder)
        case .entity(let source): try source.encode(to: encoder)
        }
    }
}

/// Fields every source shares.
public struct SourceInfo: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var timestamp: String?
    public var group: String?

    public init(title: String, description: String? = nil, timestamp: String? = nil, group: String? = nil) {
        self.title = title
        self.description = description
        self.timestamp = timestamp
        self.group = group
    }

    enum CodingKeys: String, CodingKey { case title, description, timestamp, group }

    init(from container: KeyedDecodingContainer<AnyCodingKey>) throws {
        title = try container.decode(String.self, forKey: "title")
        description = try container.decodeIfPresent(String.self, forKey: "description")
        timestamp = try container.decodeIfPresent(String.self, forKey: "timestamp")
        group = try container.decodeIfPresent(String.self, forKey: "group")
    }

    func encode(to container: inout KeyedEncodingContainer<AnyCodingKey>) throws {
        try container.encode(title, forKey: "title")
        try container.encodeIfPresent(description, forKey: "description")
        try container.encodeIfPresent(timestamp, forKey: "timestamp")
        try container.encodeIfPresent(group, forKey: "group")
    }
}

/// A cited web page.
public struct URLSource: Sendable, Hashable, Codable {
    public var info: SourceInfo
    public var url: String
    public var attribution: String?

    public init(title: String, url: String, attribution: String? = nil, description: String? = nil,
                timestamp: String? = nil, group: String? = nil) {
        info = SourceInfo(title: title, description: description, timestamp: timestamp, group: group)
        self.url = url
        self.attribution = attribution
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        info = try SourceInfo(from: container)
        url = try container.decode(String.self, forKey: "url")
        attribution = try container.decodeIfPresent(String.self, forKey: "attribution")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try info.encode(to: &container)
        try container.encode("url", forKey: "type")
        try container.encode(url, forKey: "url")
        try container.encodeIfPresent(attribution, forKey: "attribution")
    }
}

/// A cited file.
public struct FileSource: Sendable, Hashable, Codable {
    public var info: SourceInfo
    public var filename: String

    public init(title: String, filename: String, description: String? = nil, timestamp: String? = nil,
                group: String? = nil) {
        info = SourceInfo(title: title, description: description, timestamp: timestamp, group: group)
        self.filename = filename
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        info = try SourceInfo(from: container)
        filename = try container.decode(String.self, forKey: "filename")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try info.encode(to: &container)
        try container.encode("file", forKey: "type")
        try container.encode(filename, forKey: "filename")
    }
}

/// A cited app entity (a player, a game, a bet) the client can render and make interactive.
public struct EntitySource: Sendable, Hashable, Codable {
    public var info: SourceInfo
    public var id: String
    public var icon: IconName?
    public var label: String?
    public var inlineLabel: String?
    public var interactive: Bool
    public var data: [String: JSONValue]

    public init(title: String, id: String, icon: IconName? = nil, label: String? = nil, inlineLabel: String? = nil,
                interactive: Bool = false, data: [String: JSONValue] = [:], description: String? = nil,
                timestamp: String? = nil, group: String? = nil) {
        info = SourceInfo(title: title, description: description, timestamp: timestamp, group: group)
        self.id = id
        self.icon = icon
        self.label = label
        self.inlineLabel = inlineLabel
        self.interactive = interactive
        self.data = data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        info = try SourceInfo(from: container)
        id = try container.decode(String.self, forKey: "id")
        icon = try container.decodeIfPresent(IconName.self, forKey: "icon")
        label = try container.decodeIfPresent(String.self, forKey: "label")
        inlineLabel = try container.decodeIfPresent(String.self, forKey: "inline_label")
        interactive = try container.decode(Bool.self, forKey: "interactive", default: false)
        data = try container.decode([String: JSONValue].self, forKey: "data", default: [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try info.encode(to: &container)
        try container.encode("entity", forKey: "type")
        try container.encode(id, forKey: "id")
        try container.encodeIfPresent(icon, forKey: "icon")
        try container.encodeIfPresent(label, forKey: "label")
        try container.encodeIfPresent(inlineLabel, forKey: "inline_label")
        try container.encode(interactive, forKey: "interactive")
        try container.encode(data, forKey: "data")
    }
}
