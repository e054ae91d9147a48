/// A flex container whose fields are submitted together through `onSubmitAction`.
public struct Form: Sendable, Hashable, WidgetNode {
    static let wireType = "Form"
    public var key: String?
    public var id: String?
    public var children: [WidgetComponent]
    public var onSubmitAction: ActionConfig?
    public var direction: FlexDirection?
    /// Alignment, sizing, spacing, border and background.
    public var style: BoxStyle

    public init(
        id: String? = nil,
        key: String? = nil,
        onSubmitAction: ActionConfig? = nil,
        direction: FlexDirection? = nil,
        style: BoxStyle = BoxStyle(),
        @WidgetBuilder children: () -> [WidgetComponent] = { [] }
    ) {
        self.id = id
        self.key = key
        self.onSubmitAction = onSubmitAction
        self.direction = direction
        self.style = style
        self.children = children()
    }
}

extension Form: Codable {
    private struct Props: Codable {
        var onSubmitAction: ActionConfig?
        var direction: FlexDirection?
    }
    private typealias Coding = FlexContainerCoding<Form, Props>

    public init(from decoder: any Decoder) throws {
        let coding = try Coding(from: decoder)
        key = coding.key
        id = coding.id
        children = coding.children
        onSubmitAction = coding.extra.onSubmitAction
        direction = coding.extra.direction
        style = coding.style
    }

    public func encode(to encoder: any Encoder) throws {
        try Coding(key: key, id: id, children: children, extra: Props(onSubmitAction: onSubmitAction, direction: direction), style: style).encode(to: encoder)
    }
}
