/// A group of radio buttons; one `name`, one submitted value.
public struct RadioGroup: Sendable, Hashable, Codable, WidgetNode {
    /// One choice; `value` is what the form submits.
    public struct Option: Sendable, Hashable, Codable {
        public var label: String
        public var value: String
        public var disabled: Bool?

        public init(label: String, value: String, disabled: Bool? = nil) {
            self.label = label
            self.value = value
            self.disabled = disabled
        }
    }

    static let wireType = "RadioGroup"
    private var type = WidgetTypeTag<RadioGroup>()
    public var key: String?
    public var id: String?
    /// The form field name the selection is submitted under.
    public var name: String
    public var options: [Option]?
    public var ariaLabel: String?
    public var onChangeAction: ActionConfig?
    public var defaultValue: String?
    public var direction: FlexDirection?
    public var disabled: Bool?
    public var required: Bool?

    public init(
        name: String,
        options: [Option]? = nil,
        id: String? = nil,
        key: String? = nil,
        ariaLabel: String? = nil,
        onChangeAction: ActionConfig? = nil,
        defaultValue: String? = nil,
        direction: FlexDirection? = nil,
        disabled: Bool? = nil,
        required: Bool? = nil
    ) {
        self.name = name
        self.options = options
        self.id = id
        self.key = key
        self.ariaLabel = ariaLabel
        self.onChangeAction = onChangeAction
        self.defaultValue = defaultValue
        self.direction = direction
        self.disabled = disabled
        self.required = required
    }
}
