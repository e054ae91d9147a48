import JSONValue

/// A file or image the user attached. User messages reference attachments by id; the server expands
/// them to these objects.
public struct Attachment: Sendable, Hashable, Codable {
    /// What kind of attachment this is; images carry a preview URL the client shows inline.
    public enum Kind: Sendable, Hashable {
        case file
        case image(previewURL: String)
    }

    public var id: String
    public var name: String
    public var mimeType: String
    public var kind: Kind
    /// Two-phase upload instructions; `nil` once uploaded or for direct uploads.
    public var uploadDescriptor: AttachmentUploadDescriptor?
    /// The thread the attachment belongs to, set when its user message is saved.
    public var threadID: String?
    /// Integration-only data. Stored (see ``ChatKitCoding/storageEncoder()``), never sent to clients.
    public var metadata: [String: JSONValue]?

    public init(
        id: String, name: String, mimeType: String, kind: Kind = .file,
        uploadDescriptor: AttachmentUploadDescriptor? = nil, threadID: String? = nil,
        metadata: [String: JSONValue]? = nil
    ) {
        self.id = id
        self.name = name
        self.mimeType = mimeType
        self.kind = kind
        self.uploadDescriptor = uploadDescriptor
        self.threadID = threadID
        self.metadata = metadata
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, mimeType = "mime_type", uploadDescriptor = "upload_descriptor", threadID = "thread_id"
        case metadata, type, previewURL = "preview_url"
    }
    private enum Discriminator: String { case file, image }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        mimeType = try container.decode(String.self, forKey: .mimeType)
        uploadDescriptor = try container.decodeIfPresent(AttachmentUploadDescriptor.self, forKey: .uploadDescriptor)
        threadID = try container.decodeIfPresent(String.self, forKey: .threadID)
        metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
        switch try container.decodeDiscriminator(Discriminator.self, forKey: .type, typeName: "attachment") {
        case .file: kind = .file
        case .image: kind = .image(previewURL: try container.decode(String.self, forKey: .previewURL))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(mimeType, forKey: .mimeType)
        try container.encodeIfPresent(uploadDescriptor, forKey: .uploadDescriptor)
        try container.encodeIfPresent(threadID, forKey: .threadID)
        if ChatKitCoding.isStorage(encoder) {
            try container.encodeIfPresent(metadata, forKey: .metadata)
        }
        switch kind {
        case .file:
            try container.encode(Discriminator.file.rawValue, forKey: .type)
        case .image(let previewURL):
            try container.encode(Discriminator.image.rawValue, forKey: .type)
            try container.encode(previewURL, forKey: .previewURL)
        }
    }
}

/// Where and how the client uploads the bytes of a two-phase attachment.
public struct AttachmentUploadDescriptor: Sendable, Hashable, Codable {
    public enum Method: String, Sendable, Hashable, Codable { case post = "POST", put = "PUT" }

    public var url: String
    public var method: Method
    public var headers: [String: String]

    public init(url: String, method: Method, headers: [String: String] = [:]) {
        self.url = url
        self.method = method
        self.headers = headers
    }

    private enum CodingKeys: String, CodingKey { case url, method, headers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        method = try container.decode(Method.self, forKey: .method)
        headers = try container.decode([String: String].self, forKey: .headers, default: [:])
    }
}
