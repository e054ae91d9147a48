/// A single-line text form field.
public struct Input: Sendable, Hashable, Codable, WidgetNode {
    /// The native input type, which picks the on-screen keyboard and validation.
    public enum InputType: String, Sendable, Hashable, Codable, CaseIterable {
        case number, email, text, password, tel, url
    }

    static let wireType = "Input"
    private var type = WidgetTypeTag<Input>()
    public var key: String?
    public var id: String?
    /// The form field name the text is submitted under.
    public var name: String
    public var inputType: InputType?
    public var defaultValue: String?
    public var required: Bool?
    public var pattern: String?
    public var placeholder: String?
    public var allowAutofillExtensions: Bool?
    public var autoSelect: Bool?
    public var autoFocus: Bool?
    public var disabled: Bool?
    public var variant: FieldVariant?
    public var size: ControlSize?
    public var gutterSize: GutterSize?
    public var pill: Bool?

    public init(
        name: String,
        id: String? = nil,
        key: String? = nil,
        inputType: InputType? = nil,
        defaultValue: String? = nil,
        required: Bool? = nil,
        pattern: String? = nil,
        placeholder: String? = nil,
        allowAutofillExtensions: Bool? = nil,
        autoSelect: Bool? = nil,
        autoFocus: Bool? = nil,
        disabled: Bool? = nil,
        variant: FieldVariant? = nil,
        size: ControlSize? = nil,
        gutterSize: GutterSize? = nil,
        pill: Bool? = nil
    ) {
        self.name = name
        self.id = id
        self.key = key
        self.inputType = inputType
        self.defaultValue = defaultValue
        self.required = required
        self.pattern = pattern
        self.placeholder = placeholder
        self.allowAutofillExtensions = allowAutofillExtensions
        self.autoSelect = autoSelect
        self.autoFocus = autoFocus
        self.disabled = disabled
        self.variant = variant
        self.size = size
        self.gutterSize = gutterSize
        self.pill = pill
    }
}
