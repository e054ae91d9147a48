/// What `statmuse_query` returns.
public struct StatMuseOutput: Encodable, Sendable, Hashable {
    public struct Table: Encodable, Sendable, Hashable {
        public var columns: [String]
        public var rows: [[String]]
    }

    /// StatMuse's answer sentence.
    public var answer: String
    /// The StatMuse page it came from.
    public var url: String
    public var sport: String
    /// The page's first data table, when it has one.
    public var table: Table?
    /// Whether the answer came from the cache instead of StatMuse.
    public var cached: Bool
}
