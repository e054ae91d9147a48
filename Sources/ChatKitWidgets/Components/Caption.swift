/// Small supporting text.
public struct Caption: Sendable, Hashable, Codable, WidgetNode {
    public enum Size: String, Sendable, Hashable, Codable, CaseIterable {
        case sm, md, lg
    }

    static let wireType = "Caption"
    private var type = WidgetTypeTag<Caption>()
    public var key: String?
    public var id: String?
    public var value: String
    public var color: WidgetColor?
    public var weight: FontWeight?
    public var size: Size?
    public var textAlign: TextAlign?
    public var truncate: Bool?
    public var maxLines: Int?

    public init(
        value: String,
        id: String? = nil,
        key: String? = nil,
        color: WidgetColor? = nil,
        weight: FontWeight? = nil,
        size: Size? = nil,
        textAlign: TextAlign? = nil,
        truncate: Bool? = nil,
        maxLines: Int? = nil
    ) {
        self.value = value
        self.id = id
        self.key = key
        self.color = color
        self.weight = weight
        self.size = size
        self.textAlign = textAlign
        self.truncate = truncate
        self.maxLines = maxLines
    }
}
