/// A thread with a page of its items, as returned by `threads.get_by_id` and carried by
/// `thread.created` / `thread.updated`.
///
/// Named `ChatThread` rather than `Thread` so it never shadows `Foundation.Thread`.
@dynamicMemberLookup
public struct ChatThread: Sendable, Equatable, Codable {
    public var info: ThreadMetadata
    public var items: Page<ThreadItem>

    public init(_ info: ThreadMetadata, items: Page<ThreadItem> = Page()) {
        self.info = info
        self.items = items
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<ThreadMetadata, Value>) -> Value {
        get { info[keyPath: keyPath] }
        set { info[keyPath: keyPath] = newValue }
    }

    private enum CodingKeys: String, CodingKey { case items }

    public init(from decoder: any Decoder) throws {
        info = try ThreadMetadata(from: decoder)
        items = try decoder.container(keyedBy: CodingKeys.self).decode(Page<ThreadItem>.self, forKey: .items)
    }

    public func encode(to encoder: any Encoder) throws {
        try info.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
    }
}
