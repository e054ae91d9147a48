/// A dropdown form field.
public struct Select: Sendable, Hashable, Codable, WidgetNode {
    /// One choice; `value` is what the form submits.
    public struct Option: Sendable, Hashable, Codable {
        public var value: String
        public var label: String
        public var disabled: Bool?
        /// Secondary text under the label.
        public var description: String?

        public init(value: String, label: String, disabled: Bool? = nil, description: String? = nil) {
            self.value = value
            self.label = label
            self.disabled = disabled
            self.description = description
        }
    }

    static let wireType = "Select"
    private var type = WidgetTypeTag<Select>()
    public var key: String?
    public var id: String?
    /// The form field name the selection is submitted under.
    public var name: String
    public var options: [Option]
    public var onChangeAction: ActionConfig?
    public var placeholder: String?
    public var defaultValue: String?
    public var variant: ControlVariant?
    public var size: ControlSize?
    public var pill: Bool?
    public var block: Bool?
    public var clearable: Bool?
    public var disabled: Bool?
    public var searchable: Bool?

    public init(
        name: String,
        options: [Option],
        id: String? = nil,
        key: String? = nil,
        onChangeAction: ActionConfig? = nil,
        placeholder: String? = nil,
        defaultValue: String? = nil,
        variant: ControlVariant? = nil,
        size: ControlSize? = nil,
        pill: Bool? = nil,
        block: Bool? = nil,
        clearable: Bool? = nil,
        disabled: Bool? = nil,
        searchable: Bool? = nil
    ) {
        self.name = name
        self.options = options
        self.id = id
        self.key = key
        self.onChangeAction = onChangeAction
        self.placeholder = placeholder
        self.defaultValue = defaultValue
        self.variant = variant
        self.size = size
        self.pill = pill
        self.block = block
        self.clearable = clearable
        self.disabled = disabled
        self.searchable = searchable
    }
}
