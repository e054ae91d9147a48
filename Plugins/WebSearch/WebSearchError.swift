/// `web_search` found nothing it can stand behind.
enum WebSearchError: Error, CustomStringConvertible {
    /// Every configured provider failed; their errors, in the order tried.
    case allProvidersFailed([SearchProviderError])
    case emptyQuery

    var description: String {
        switch self {
        case .allProvidersFailed(let errors):
            "web search failed: " + errors.map(\.description).joined(separator: "; ")
        case .emptyQuery:
            "web search needs a non-empty query"
        }
    }
}
