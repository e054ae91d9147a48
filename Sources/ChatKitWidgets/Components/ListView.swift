/// A widget root listing rows (`ListViewItem`s), with a "Show more" control past `limit`.
public struct ListView: Sendable, Hashable, Codable, WidgetNode {
    /// How many items show before "Show more".
    public enum Limit: Sendable, Hashable {
        case count(Int)
        /// The client decides (`"auto"`).
        case auto
    }

    static let wireType = "ListView"
    private var type = WidgetTypeTag<ListView>()
    public var key: String?
    public var id: String?
    public var children: [ListViewItem]
    public var limit: Limit?
    public var status: WidgetStatus?
    public var theme: ThemeMode?

    public init(
        id: String? = nil,
        key: String? = nil,
        limit: Limit? = nil,
        status: WidgetStatus? = nil,
        theme: ThemeMode? = nil,
        children: [ListViewItem]
    ) {
        self.id = id
        self.key = key
        self.limit = limit
        self.status = status
        self.theme = theme
        self.children = children
    }
}

extension ListView.Limit: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .count(value) }
}

extension ListView.Limit: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let count = try? container.decode(Int.self) {
            self = .count(count)
            return
        }
        let text = try container.decode(String.self)
        guard text == "auto" else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "ListView limit must be an integer or \"auto\", found '\(text)'")
        }
        self = .auto
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .count(let count): try container.encode(count)
        case .auto: try container.encode("auto")
        }
    }
}
