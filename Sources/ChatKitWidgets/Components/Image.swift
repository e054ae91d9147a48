/// An image with sizing and fitting controls.
public struct Image: Sendable, Hashable, Codable, WidgetNode {
    public enum Fit: String, Sendable, Hashable, Codable, CaseIterable {
        case cover, contain, fill, scaleDown = "scale-down"
        /// Drawn at its natural size (`"none"`).
        case natural = "none"
    }

    public enum Position: String, Sendable, Hashable, Codable, CaseIterable {
        case topLeft = "top left", top, topRight = "top right"
        case left, center, right
        case bottomLeft = "bottom left", bottom, bottomRight = "bottom right"
    }

    static let wireType = "Image"
    private var type = WidgetTypeTag<Image>()
    public var key: String?
    public var id: String?
    public var src: String
    public var alt: String?
    public var fit: Fit?
    public var position: Position?
    public var radius: RadiusValue?
    public var frame: Bool?
    public var flush: Bool?
    public var height: IntOrString?
    public var width: IntOrString?
    public var size: IntOrString?
    public var minHeight: IntOrString?
    public var minWidth: IntOrString?
    public var minSize: IntOrString?
    public var maxHeight: IntOrString?
    public var maxWidth: IntOrString?
    public var maxSize: IntOrString?
    public var margin: SpacingValue?
    public var background: WidgetColor?
    public var aspectRatio: NumberOrString?
    public var flex: IntOrString?

    public init(
        src: String,
        alt: String? = nil,
        id: String? = nil,
        key: String? = nil,
        fit: Fit? = nil,
        position: Position? = nil,
        radius: RadiusValue? = nil,
        frame: Bool? = nil,
        flush: Bool? = nil,
        height: IntOrString? = nil,
        width: IntOrString? = nil,
        size: IntOrString? = nil,
        minHeight: IntOrString? = nil,
        minWidth: IntOrString? = nil,
        minSize: IntOrString? = nil,
        maxHeight: IntOrString? = nil,
        maxWidth: IntOrString? = nil,
        maxSize: IntOrString? = nil,
        margin: SpacingValue? = nil,
        background: WidgetColor? = nil,
        aspectRatio: NumberOrString? = nil,
        flex: IntOrString? = nil
    ) {
        self.src = src
        self.alt = alt
        self.id = id
        self.key = key
        self.fit = fit
        self.position = position
        self.radius = radius
        self.frame = frame
        self.flush = flush
        self.height = height
        self.width = width
        self.size = size
        self.minHeight = minHeight
        self.minWidth = minWidth
        self.minSize = minSize
        self.maxHeight = maxHeight
        self.maxWidth = maxWidth
        self.maxSize = maxSize
        self.margin = margin
        self.background = background
        self.aspectRatio = aspectRatio
        self.flex = flex
    }
}
