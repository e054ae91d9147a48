/// A small status or category pill (e.g. "FINAL", "+150").
public struct Badge: Sendable, Hashable, Codable, WidgetNode {
    public enum Color: String, Sendable, Hashable, Codable, CaseIterable {
        case secondary, success, danger, warning, info, discovery
    }

    public enum Variant: String, Sendable, Hashable, Codable, CaseIterable {
        case solid, soft, outline
    }

    public enum Size: String, Sendable, Hashable, Codable, CaseIterable {
        case sm, md, lg
    }

    static let wireType = "Badge"
    private var type = WidgetTypeTag<Badge>()
    public var key: String?
    public var id: String?
    public var label: String
    public var color: Color?
    public var variant: Variant?
    public var size: Size?
    public var pill: Bool?

    public init(
        label: String,
        id: String? = nil,
        key: String? = nil,
        color: Color? = nil,
        variant: Variant? = nil,
        size: Size? = nil,
        pill: Bool? = nil
    ) {
        self.label = label
        self.id = id
        self.key = key
        self.color = color
        self.variant = variant
        self.size = size
        self.pill = pill
    }
}
