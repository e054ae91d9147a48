/// A multi-line text form field.
public struct Textarea: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Textarea"
    private var type = WidgetTypeTag<Textarea>()
    public var key: String?
    public var id: String?
    /// The form field name the text is submitted under.
    public var name: String
    public var defaultValue: String?
    public var required: Bool?
    public var pattern: String?
    public var placeholder: String?
    public var autoSelect: Bool?
    public var autoFocus: Bool?
    public var disabled: Bool?
    public var variant: FieldVariant?
    public var size: ControlSize?
    public var gutterSize: GutterSize?
    public var rows: Int?
    public var autoResize: Bool?
    public var maxRows: Int?
    public var allowAutofillExtensions: Bool?

    public init(
        name: String,
        id: String? = nil,
        key: String? = nil,
        defaultValue: String? = nil,
        required: Bool? = nil,
        pattern: String? = nil,
        placeholder: String? = nil,
        autoSelect: Bool? = nil,
        autoFocus: Bool? = nil,
        disabled: Bool? = nil,
        variant: FieldVariant? = nil,
        size: ControlSize? = nil,
        gutterSize: GutterSize? = nil,
        rows: Int? = nil,
        autoResize: Bool? = nil,
        maxRows: Int? = nil,
        allowAutofillExtensions: Bool? = nil
    ) {
        self.name = name
        self.id = id
        self.key = key
        self.defaultValue = defaultValue
        self.required = required
        self.pattern = pattern
        self.placeholder = placeholder
        self.autoSelect = autoSelect
        self.autoFocus = autoFocus
        self.disabled = disabled
        self.variant = variant
        self.size = size
        self.gutterSize = gutterSize
        self.rows = rows
        self.autoResize = autoResize
        self.maxRows = maxRows
        self.allowAutofillExtensions = allowAutofillExtensions
    }
}
