import AgentRuntime
import JSONValue

/// What the model passes to `web_search`.
public struct WebSearchArguments: ToolArguments, Equatable {
    /// How recent results must be.
    public enum Recency: String, SchemaLiteralEnum, Sendable, Hashable {
        case day, week, month
    }

    public var query: String
    public var maxResults: Int
    public var fetchPages: Bool
    public var recency: Recency?

    public init(query: String, maxResults: Int = 5, fetchPages: Bool = true, recency: Recency? = nil) {
        self.query = query
        self.maxResults = maxResults
        self.fetchPages = fetchPages
        self.recency = recency
    }

    enum CodingKeys: String, CodingKey {
        case query, recency
        case maxResults = "max_results"
        case fetchPages = "fetch_pages"
    }

    public static let schemaFields: [String: SchemaField] = [
        "query": "What to search for, as you would type it into a search engine (e.g. \"Chiefs injury report today\").",
        "max_results": SchemaField("How many results to return.", default: 5, constraints: [.minimum(1), .maximum(10)]),
        "fetch_pages": SchemaField(
            "Read the result pages and quote the passages that best match the query (slower, more useful).",
            default: true
        ),
        "recency": "Only results from the last day, week or month; null for any time.",
    ]
}
