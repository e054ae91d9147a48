/// A flex container laid out as a row or a column.
public struct Box: Sendable, Hashable, WidgetNode {
    static let wireType = "Box"
    public var key: String?
    public var id: String?
    public var children: [WidgetComponent]
    public var direction: FlexDirection?
    /// Alignment, sizing, spacing, border and background.
    public var style: BoxStyle

    public init(
        id: String? = nil,
        key: String? = nil,
        direction: FlexDirection? = nil,
        style: BoxStyle = BoxStyle(),
        @WidgetBuilder children: () -> [WidgetComponent] = { [] }
    ) {
        self.id = id
        self.key = key
        self.direction = direction
        self.style = style
        self.children = children()
    }
}

extension Box: Codable {
    private struct Props: Codable {
        var direction: FlexDirection?
    }
    private typealias Coding = FlexContainerCoding<Box, Props>

    public init(from decoder: any Decoder) throws {
        let coding = try Coding(from: decoder)
        key = coding.key
        id = coding.id
        children = coding.children
        direction = coding.extra.direction
        style = coding.style
    }

    public func encode(to encoder: any Encoder) throws {
        try Coding(key: key, id: id, children: children, extra: Props(direction: direction), style: style).encode(to: encoder)
    }
}
