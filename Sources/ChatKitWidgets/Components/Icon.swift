/// One of the client's icons.
public struct Icon: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Icon"
    private var type = WidgetTypeTag<Icon>()
    public var key: String?
    public var id: String?
    public var name: IconName
    public var color: WidgetColor?
    public var size: IconSize?

    public init(name: IconName, id: String? = nil, key: String? = nil, color: WidgetColor? = nil, size: IconSize? = nil) {
        self.name = name
        self.id = id
        self.key = key
        self.color = color
        self.size = size
    }
}
