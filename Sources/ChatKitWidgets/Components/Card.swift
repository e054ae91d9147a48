/// The usual widget root: a bordered card, optionally a form with confirm/cancel buttons.
public struct Card: Sendable, Hashable, Codable, WidgetNode {
    public enum Size: String, Sendable, Hashable, Codable, CaseIterable {
        case sm, md, lg, full
    }

    static let wireType = "Card"
    private var type = WidgetTypeTag<Card>()
    public var key: String?
    public var id: String?
    /// Makes the card a form, so `confirm`/`cancel` receive the field values.
    public var asForm: Bool?
    public var children: [WidgetComponent]
    public var background: WidgetColor?
    public var size: Size?
    public var padding: SpacingValue?
    public var status: WidgetStatus?
    /// Collapses the body once the main action has completed.
    public var collapsed: Bool?
    public var confirm: CardAction?
    public var cancel: CardAction?
    public var theme: ThemeMode?

    public init(
        id: String? = nil,
        key: String? = nil,
        asForm: Bool? = nil,
        background: WidgetColor? = nil,
        size: Size? = nil,
        padding: SpacingValue? = nil,
        status: WidgetStatus? = nil,
        collapsed: Bool? = nil,
        confirm: CardAction? = nil,
        cancel: CardAction? = nil,
        theme: ThemeMode? = nil,
        @WidgetBuilder children: () -> [WidgetComponent]
    ) {
        self.id = id
        self.key = key
        self.asForm = asForm
        self.background = background
        self.size = size
        self.padding = padding
        self.status = status
        self.collapsed = collapsed
        self.confirm = confirm
        self.cancel = cancel
        self.theme = theme
        self.children = children()
    }
}
