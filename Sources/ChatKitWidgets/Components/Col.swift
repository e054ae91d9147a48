/// A vertical flex container.
public struct Col: Sendable, Hashable, WidgetNode {
    static let wireType = "Col"
    public var key: String?
    public var id: String?
    public var children: [WidgetComponent]
    /// Alignment, sizing, spacing, border and background.
    public var style: BoxStyle

    public init(
        id: String? = nil,
        key: String? = nil,
        style: BoxStyle = BoxStyle(),
        @WidgetBuilder children: () -> [WidgetComponent] = { [] }
    ) {
        self.id = id
        self.key = key
        self.style = style
        self.children = children()
    }
}

extension Col: Codable {
    private typealias Coding = FlexContainerCoding<Col, NoExtraProps>

    public init(from decoder: any Decoder) throws {
        let coding = try Coding(from: decoder)
        key = coding.key
        id = coding.id
        children = coding.children
        style = coding.style
    }

    public func encode(to encoder: any Encoder) throws {
        try Coding(key: key, id: id, children: children, extra: NoExtraProps(), style: style).encode(to: encoder)
    }
}
