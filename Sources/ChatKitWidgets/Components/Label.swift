/// A caption for a form field.
public struct Label: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Label"
    private var type = WidgetTypeTag<Label>()
    public var key: String?
    public var id: String?
    public var value: String
    /// The `name` of the field this label describes.
    public var fieldName: String
    public var size: TextSize?
    public var weight: FontWeight?
    public var textAlign: TextAlign?
    public var color: WidgetColor?

    public init(
        value: String,
        fieldName: String,
        id: String? = nil,
        key: String? = nil,
        size: TextSize? = nil,
        weight: FontWeight? = nil,
        textAlign: TextAlign? = nil,
        color: WidgetColor? = nil
    ) {
        self.value = value
        self.fieldName = fieldName
        self.id = id
        self.key = key
        self.size = size
        self.weight = weight
        self.textAlign = textAlign
        self.color = color
    }
}
