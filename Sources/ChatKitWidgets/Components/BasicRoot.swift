/// A frameless widget root (`"Basic"`): components laid out without a card around them.
///
/// Upstream accepts any props here; these are the ones the ChatKit.js types declare.
public struct BasicRoot: Sendable, Hashable, WidgetNode {
    static let wireType = "Basic"
    public var key: String?
    public var id: String?
    public var children: [WidgetComponent]
    public var theme: ThemeMode?
    public var direction: FlexDirection?
    public var gap: IntOrString?
    public var padding: SpacingValue?
    public var align: Alignment?
    public var justify: Justification?

    public init(
        id: String? = nil,
        key: String? = nil,
        theme: ThemeMode? = nil,
        direction: FlexDirection? = nil,
        gap: IntOrString? = nil,
        padding: SpacingValue? = nil,
        align: Alignment? = nil,
        justify: Justification? = nil,
        @WidgetBuilder children: () -> [WidgetComponent]
    ) {
        self.id = id
        self.key = key
        self.theme = theme
        self.direction = direction
        self.gap = gap
        self.padding = padding
        self.align = align
        self.justify = justify
        self.children = children()
    }
}

extension BasicRoot: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, key, id, children, theme, direction, gap, padding, align, justify
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        _ = try container.decode(WidgetTypeTag<BasicRoot>.self, forKey: .type)
        key = try container.decodeIfPresent(String.self, forKey: .key)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        // Upstream allows a single child object as well as a list.
        if let single = try? container.decodeIfPresent(WidgetComponent.self, forKey: .children) {
            children = [single]
        } else {
            children = try container.decodeIfPresent([WidgetComponent].self, forKey: .children) ?? []
        }
        theme = try container.decodeIfPresent(ThemeMode.self, forKey: .theme)
        direction = try container.decodeIfPresent(FlexDirection.self, forKey: .direction)
        gap = try container.decodeIfPresent(IntOrString.self, forKey: .gap)
        padding = try container.decodeIfPresent(SpacingValue.self, forKey: .padding)
        align = try container.decodeIfPresent(Alignment.self, forKey: .align)
        justify = try container.decodeIfPresent(Justification.self, forKey: .justify)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(WidgetTypeTag<BasicRoot>(), forKey: .type)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(children, forKey: .children)
        try container.encodeIfPresent(theme, forKey: .theme)
        try container.encodeIfPresent(direction, forKey: .direction)
        try container.encodeIfPresent(gap, forKey: .gap)
        try container.encodeIfPresent(padding, forKey: .padding)
        try container.encodeIfPresent(align, forKey: .align)
        try container.encodeIfPresent(justify, forKey: .justify)
    }
}
