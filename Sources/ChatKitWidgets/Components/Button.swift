/// A button, usually wired to an action.
public struct Button: Sendable, Hashable, Codable, WidgetNode {
    public enum Style: String, Sendable, Hashable, Codable, CaseIterable {
        case primary, secondary
    }

    public enum IconSize: String, Sendable, Hashable, Codable, CaseIterable {
        case sm, md, lg, xl, twoXL = "2xl"
    }

    public enum Color: String, Sendable, Hashable, Codable, CaseIterable {
        case primary, secondary, info, discovery, success, caution, warning, danger
    }

    static let wireType = "Button"
    private var type = WidgetTypeTag<Button>()
    public var key: String?
    public var id: String?
    /// Makes the button submit the nearest form.
    public var submit: Bool?
    public var label: String?
    public var onClickAction: ActionConfig?
    public var iconStart: IconName?
    public var iconEnd: IconName?
    public var style: Style?
    public var iconSize: IconSize?
    public var color: Color?
    public var variant: ControlVariant?
    public var size: ControlSize?
    public var pill: Bool?
    public var uniform: Bool?
    public var block: Bool?
    public var disabled: Bool?

    public init(
        label: String? = nil,
        id: String? = nil,
        key: String? = nil,
        onClickAction: ActionConfig? = nil,
        submit: Bool? = nil,
        iconStart: IconName? = nil,
        iconEnd: IconName? = nil,
        style: Style? = nil,
        iconSize: IconSize? = nil,
        color: Color? = nil,
        variant: ControlVariant? = nil,
        size: ControlSize? = nil,
        pill: Bool? = nil,
        uniform: Bool? = nil,
        block: Bool? = nil,
        disabled: Bool? = nil
    ) {
        self.label = label
        self.id = id
        self.key = key
        self.onClickAction = onClickAction
        self.submit = submit
        self.iconStart = iconStart
        self.iconEnd = iconEnd
        self.style = style
        self.iconSize = iconSize
        self.color = color
        self.variant = variant
        self.size = size
        self.pill = pill
        self.uniform = uniform
        self.block = block
        self.disabled = disabled
    }
}
