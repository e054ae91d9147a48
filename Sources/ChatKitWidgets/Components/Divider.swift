/// A line separating sections.
public struct Divider: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Divider"
    private var type = WidgetTypeTag<Divider>()
    public var key: String?
    public var id: String?
    public var color: WidgetColor?
    /// Line thickness.
    public var size: IntOrString?
    /// Space above and below.
    public var spacing: IntOrString?
    /// Extends the line to the container edge.
    public var flush: Bool?

    public init(
        id: String? = nil,
        key: String? = nil,
        color: WidgetColor? = nil,
        size: IntOrString? = nil,
        spacing: IntOrString? = nil,
        flush: Bool? = nil
    ) {
        self.id = id
        self.key = key
        self.color = color
        self.size = size
        self.spacing = spacing
        self.flush = flush
    }
}
