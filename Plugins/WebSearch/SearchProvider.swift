/// A search engine `web_search` can ask.
protocol SearchProvider: Sendable {
    /// The name reported in the output (`google`, `duckduckgo`).
    var name: String { get }
    func search(_ query: String, maxResults: Int, recency: WebSearchArguments.Recency?) async throws -> [SearchHit]
}

/// One result as the provider returned it.
struct SearchHit: Sendable, Hashable {
    var title: String
    var url: String
    var snippet: String
    var published: String?
}

/// Why a provider gave no results; the message never contains the API key.
struct SearchProviderError: Error, Sendable, CustomStringConvertible {
    let provider: String
    let message: String
    var description: String { "\(provider): \(message)" }
}
