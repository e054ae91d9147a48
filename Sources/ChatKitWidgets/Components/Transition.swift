/// Animates layout changes of exactly one child (its `children` is a single node on the wire).
public struct Transition: Sendable, Hashable, WidgetNode {
    static let wireType = "Transition"
    public var key: String?
    public var id: String?
    public var child: WidgetComponent

    public init(id: String? = nil, key: String? = nil, child: some WidgetComponentConvertible) {
        self.id = id
        self.key = key
        self.child = child.widgetComponent
    }
}

extension Transition: Codable {
    private enum CodingKeys: String, CodingKey { case type, key, id, children }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        _ = try container.decode(WidgetTypeTag<Transition>.self, forKey: .type)
        key = try container.decodeIfPresent(String.self, forKey: .key)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        child = try container.decode(WidgetComponent.self, forKey: .children)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(WidgetTypeTag<Transition>(), forKey: .type)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(child, forKey: .children)
    }
}
