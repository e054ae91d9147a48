/// Markdown text. With an `id`, its `value` can be streamed.
public struct Markdown: Sendable, Hashable, Codable, WidgetNode {
    static let wireType = "Markdown"
    private var type = WidgetTypeTag<Markdown>()
    public var key: String?
    public var id: String?
    public var value: String
    /// Tells the client more text will arrive, so it animates appends.
    public var streaming: Bool?

    public init(value: String, id: String? = nil, key: String? = nil, streaming: Bool? = nil) {
        self.value = value
        self.id = id
        self.key = key
        self.streaming = streaming
    }
}
