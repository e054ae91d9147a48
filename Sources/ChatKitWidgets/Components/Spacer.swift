/// Flexible empty space that pushes siblings apart.
public struct Spacer: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Spacer"
    private var type = WidgetTypeTag<Spacer>()
    public var key: String?
    public var id: String?
    public var minSize: IntOrString?

    public init(id: String? = nil, key: String? = nil, minSize: IntOrString? = nil) {
        self.id = id
        self.key = key
        self.minSize = minSize
    }
}
