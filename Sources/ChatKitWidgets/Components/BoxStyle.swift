/// Layout props shared by the flex containers `Box`, `Row`, `Col` and `Form` (`BoxBase` upstream).
///
/// Written flat into the container's JSON object, next to `type` and `children`.
public struct BoxStyle: Sendable, Hashable, Codable {
    public var align: Alignment?
    public var justify: Justification?
    public var wrap: FlexWrap?
    public var flex: IntOrString?
    /// Space between direct children.
    public var gap: IntOrString?
    public var height: NumberOrString?
    public var width: NumberOrString?
    /// Width and height together.
    public var size: NumberOrString?
    public var minHeight: IntOrString?
    public var minWidth: IntOrString?
    public var minSize: IntOrString?
    public var maxHeight: IntOrString?
    public var maxWidth: IntOrString?
    public var maxSize: IntOrString?
    public var padding: SpacingValue?
    public var margin: SpacingValue?
    public var border: BorderValue?
    public var radius: RadiusValue?
    public var background: WidgetColor?
    public var aspectRatio: NumberOrString?

    public init(
        align: Alignment? = nil,
        justify: Justification? = nil,
        wrap: FlexWrap? = nil,
        flex: IntOrString? = nil,
        gap: IntOrString? = nil,
        height: NumberOrString? = nil,
        width: NumberOrString? = nil,
        size: NumberOrString? = nil,
        minHeight: IntOrString? = nil,
        minWidth: IntOrString? = nil,
        minSize: IntOrString? = nil,
        maxHeight: IntOrString? = nil,
        maxWidth: IntOrString? = nil,
        maxSize: IntOrString? = nil,
        padding: SpacingValue? = nil,
        margin: SpacingValue? = nil,
        border: BorderValue? = nil,
        radius: RadiusValue? = nil,
        background: WidgetColor? = nil,
        aspectRatio: NumberOrString? = nil
    ) {
        self.align = align
        self.justify = justify
        self.wrap = wrap
        self.flex = flex
        self.gap = gap
        self.height = height
        self.width = width
        self.size = size
        self.minHeight = minHeight
        self.minWidth = minWidth
        self.minSize = minSize
        self.maxHeight = maxHeight
        self.maxWidth = maxWidth
        self.maxSize = maxSize
        self.padding = padding
        self.margin = margin
        self.border = border
        self.radius = radius
        self.background = background
        self.aspectRatio = aspectRatio
    }
}
