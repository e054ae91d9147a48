import Foundation

/// A date form field.
public struct DatePicker: Sendable, Hashable, Codable, WidgetNode {
    /// Where the calendar opens relative to the field.
    public enum Side: String, Sendable, Hashable, Codable, CaseIterable {
        case top, bottom, left, right
    }

    /// How the calendar lines up with the field.
    public enum CalendarAlignment: String, Sendable, Hashable, Codable, CaseIterable {
        case start, center, end
    }

    static let wireType = "DatePicker"
    private var type = WidgetTypeTag<DatePicker>()
    public var key: String?
    public var id: String?
    /// The form field name the date is submitted under.
    public var name: String
    public var onChangeAction: ActionConfig?
    public var placeholder: String?
    public var defaultValue: WidgetDate?
    public var min: WidgetDate?
    public var max: WidgetDate?
    public var variant: ControlVariant?
    public var size: ControlSize?
    public var side: Side?
    public var align: CalendarAlignment?
    public var pill: Bool?
    public var block: Bool?
    public var clearable: Bool?
    public var disabled: Bool?

    public init(
        name: String,
        id: String? = nil,
        key: String? = nil,
        onChangeAction: ActionConfig? = nil,
        placeholder: String? = nil,
        defaultValue: Date? = nil,
        min: Date? = nil,
        max: Date? = nil,
        variant: ControlVariant? = nil,
        size: ControlSize? = nil,
        side: Side? = nil,
        align: CalendarAlignment? = nil,
        pill: Bool? = nil,
        block: Bool? = nil,
        clearable: Bool? = nil,
        disabled: Bool? = nil
    ) {
        self.name = name
        self.id = id
        self.key = key
        self.onChangeAction = onChangeAction
        self.placeholder = placeholder
        self.defaultValue = defaultValue.map(WidgetDate.init)
        self.min = min.map(WidgetDate.init)
        self.max = max.map(WidgetDate.init)
        self.variant = variant
        self.size = size
        self.side = side
        self.align = align
        self.pill = pill
        self.block = block
        self.clearable = clearable
        self.disabled = disabled
    }
}
