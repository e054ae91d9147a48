/// Plain text with typography controls. With an `id`, its `value` can be streamed.
public struct Text: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Text"
    private var type = WidgetTypeTag<Text>()
    public var key: String?
    public var id: String?
    public var value: String
    /// Tells the client more text will arrive, so it animates appends.
    public var streaming: Bool?
    public var italic: Bool?
    public var lineThrough: Bool?
    public var color: WidgetColor?
    public var weight: FontWeight?
    public var width: NumberOrString?
    public var size: TextSize?
    public var textAlign: TextAlign?
    public var truncate: Bool?
    public var minLines: Int?
    public var maxLines: Int?
    public var editable: TextEditing?

    public init(
        value: String,
        id: String? = nil,
        key: String? = nil,
        streaming: Bool? = nil,
        italic: Bool? = nil,
        lineThrough: Bool? = nil,
        color: WidgetColor? = nil,
        weight: FontWeight? = nil,
        width: NumberOrString? = nil,
        size: TextSize? = nil,
        textAlign: TextAlign? = nil,
        truncate: Bool? = nil,
        minLines: Int? = nil,
        maxLines: Int? = nil,
        editable: TextEditing? = nil
    ) {
        self.value = value
        self.id = id
        self.key = key
        self.streaming = streaming
        self.italic = italic
        self.lineThrough = lineThrough
        self.color = color
        self.weight = weight
        self.width = width
        self.size = size
        self.textAlign = textAlign
        self.truncate = truncate
        self.minLines = minLines
        self.maxLines = maxLines
        self.editable = editable
    }
}

/// Inline editing of a `Text` node: explicitly off, or on with form-field options.
public enum TextEditing: Sendable, Hashable {
    case disabled
    case enabled(EditableProps)
}

/// Options of an editable `Text`; `name` is the form field its value is submitted under.
public struct EditableProps: Sendable, Hashable, Codable {
    public var name: String
    public var autoFocus: Bool?
    public var autoSelect: Bool?
    public var autoComplete: String?
    public var allowAutofillExtensions: Bool?
    public var pattern: String?
    public var placeholder: String?
    public var required: Bool?

    public init(
        name: String,
        autoFocus: Bool? = nil,
        autoSelect: Bool? = nil,
        autoComplete: String? = nil,
        allowAutofillExtensions: Bool? = nil,
        pattern: String? = nil,
        placeholder: String? = nil,
        required: Bool? = nil
    ) {
        self.name = name
        self.autoFocus = autoFocus
        self.autoSelect = autoSelect
        self.autoComplete = autoComplete
        self.allowAutofillExtensions = allowAutofillExtensions
        self.pattern = pattern
        self.placeholder = placeholder
        self.required = required
    }
}

extension TextEditing: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            guard !flag else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "editable must be false or an object with a name"
                )
            }
            self = .disabled
        } else {
            self = .enabled(try container.decode(EditableProps.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .disabled: try container.encode(false)
        case .enabled(let props): try container.encode(props)
        }
    }
}
