/// The wire shape of a flex container: `type`, identity, `children`, container-specific props,
/// and the shared `BoxStyle` props, all in one flat JSON object.
///
/// `Box`, `Row`, `Col` and `Form` delegate their `Codable` to this so the flattening lives in one place.
struct FlexContainerCoding<Node: WidgetNode, Extra: Codable> {
    var key: String?
    var id: String?
    var children: [WidgetComponent]
    var extra: Extra
    var style: BoxStyle

    private enum CodingKeys: String, CodingKey { case type, key, id, children }

    init(key: String?, id: String?, children: [WidgetComponent], extra: Extra, style: BoxStyle) {
        self.key = key
        self.id = id
        self.children = children
        self.extra = extra
        self.style = style
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        _ = try container.decode(WidgetTypeTag<Node>.self, forKey: .type)
        key = try container.decodeIfPresent(String.self, forKey: .key)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        children = try container.decodeIfPresent([WidgetComponent].self, forKey: .children) ?? []
        extra = try Extra(from: decoder)
        style = try BoxStyle(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(WidgetTypeTag<Node>(), forKey: .type)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(children, forKey: .children)
        try extra.encode(to: encoder)
        try style.encode(to: encoder)
    }
}

/// The container-specific props of `Row` and `Col`: none.
struct NoExtraProps: Codable {}
