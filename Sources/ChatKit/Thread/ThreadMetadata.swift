import Foundation
import JSONValue

/// A thread without its items: what stores persist and what `threads.list` pages over.
public struct ThreadMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var id: String
    public var createdAt: Date
    public var status: ThreadStatus
    /// Extra image domains the client may load for this thread.
    public var allowedImageDomains: [String]?
    /// Server-side data for integrators. Persisted by stores; always sent to clients as `{}`.
    public var metadata: [String: JSONValue]

    public init(
        id: String, createdAt: Date, title: String? = nil, status: ThreadStatus = .active,
        allowedImageDomains: [String]? = nil, metadata: [String: JSONValue] = [:]
    ) {
        self.title = title
        self.id = id
        self.createdAt = createdAt
        self.status = status
        self.allowedImageDomains = allowedImageDomains
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case title, id, createdAt = "created_at", status, allowedImageDomains = "allowed_image_domains", metadata
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        id = try container.decode(String.self, forKey: .id)
        createdAt = try container.decodeTimestamp(forKey: .createdAt)
        status = try container.decode(ThreadStatus.self, forKey: .status, default: .active)
        allowedImageDomains = try container.decodeIfPresent([String].self, forKey: .allowedImageDomains)
        metadata = try container.decode([String: JSONValue].self, forKey: .metadata, default: [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(id, forKey: .id)
        try container.encodeTimestamp(createdAt, forKey: .createdAt)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(allowedImageDomains, forKey: .allowedImageDomains)
        try container.encode(ChatKitCoding.isStorage(encoder) ? metadata : [:], forKey: .metadata)
    }
}
