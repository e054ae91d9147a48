/// One row of a `ListView`; the only place such rows may appear.
public struct ListViewItem: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "ListViewItem"
    private var type = WidgetTypeTag<ListViewItem>()
    public var key: String?
    public var id: String?
    public var children: [WidgetComponent]
    public var onClickAction: ActionConfig?
    public var gap: IntOrString?
    public var align: Alignment?

    public init(
        id: String? = nil,
        key: String? = nil,
        onClickAction: ActionConfig? = nil,
        gap: IntOrString? = nil,
        align: Alignment? = nil,
        @WidgetBuilder children: () -> [WidgetComponent]
    ) {
        self.id = id
        self.key = key
        self.onClickAction = onClickAction
        self.gap = gap
        self.align = align
        self.children = children()
    }
}
