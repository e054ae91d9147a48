/// One page of a cursor-paginated list. `after` is the id of the last row when `hasMore` is true.
public struct Page<Element> {
    public var data: [Element]
    public var hasMore: Bool
    public var after: String?

    public init(data: [Element] = [], hasMore: Bool = false, after: String? = nil) {
        self.data = data
        self.hasMore = hasMore
        self.after = after
    }

    /// The same page with every element transformed (cursor unchanged).
    public func map<Other>(_ transform: (Element) throws -> Other) rethrows -> Page<Other> {
        Page<Other>(data: try data.map(transform), hasMore: hasMore, after: after)
    }
}

extension Page: Sendable where Element: Sendable {}
extension Page: Equatable where Element: Equatable {}
extension Page: Hashable where Element: Hashable {}

extension Page: Codable where Element: Codable {
    private enum CodingKeys: String, CodingKey { case data, hasMore = "has_more", after }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        data = try container.decode([Element].self, forKey: .data, default: [])
        hasMore = try container.decode(Bool.self, forKey: .hasMore, default: false)
        after = try container.decodeIfPresent(String.self, forKey: .after)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(data, forKey: .data)
        try container.encode(hasMore, forKey: .hasMore)
        try container.encodeIfPresent(after, forKey: .after)
    }
}

/// Row order by creation time. (Not `SortOrder`: that name clashes with `Foundation.SortOrder`.)
public enum PageOrder: String, Sendable, Hashable, Codable {
    case asc, desc
}

/// Former name of ``PageOrder``; unqualified it clashes with `Foundation.SortOrder`, so prefer `PageOrder`.
public typealias SortOrder = PageOrder
