/// A checkbox form field.
public struct Checkbox: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Checkbox"
    private var type = WidgetTypeTag<Checkbox>()
    public var key: String?
    public var id: String?
    /// The form field name the checked state is submitted under.
    public var name: String
    public var label: String?
    public var defaultChecked: Bool?
    public var onChangeAction: ActionConfig?
    public var disabled: Bool?
    public var required: Bool?

    public init(
        name: String,
        label: String? = nil,
        id: String? = nil,
        key: String? = nil,
        defaultChecked: Bool? = nil,
        onChangeAction: ActionConfig? = nil,
        disabled: Bool? = nil,
        required: Bool? = nil
    ) {
        self.name = name
        self.label = label
        self.id = id
        self.key = key
        self.defaultChecked = defaultChecked
        self.onChangeAction = onChangeAction
        self.disabled = disabled
        self.required = required
    }
}
