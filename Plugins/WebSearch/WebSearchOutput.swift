/// What `web_search` returns (snake_case keys, as the model and the CLI see them).
public struct WebSearchOutput: Encodable, Sendable, Hashable {
    public struct Result: Encodable, Sendable, Hashable {
        public var title: String
        public var url: String
        /// The domain of `url`.
        public var source: String
        /// The search provider's snippet.
        public var snippet: String
        /// Passages scraped from the page that best match the query, best first.
        public var passages: [String]
        /// When the page (or the provider) says it was published.
        public var published: String?
    }

    /// A result page that could not be read.
    public struct PageError: Encodable, Sendable, Hashable {
        public var url: String
        public var error: String
    }

    /// A provider that failed before another one answered.
    public struct ProviderError: Encodable, Sendable, Hashable {
        public var provider: String
        public var error: String
    }

    public var query: String
    /// `google` or `duckduckgo`.
    public var provider: String
    public var results: [Result]
    public var errors: [PageError]
    public var providerErrors: [ProviderError]?

    enum CodingKeys: String, CodingKey {
        case query, provider, results, errors
        case providerErrors = "provider_errors"
    }
}
