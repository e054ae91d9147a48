/// Why `statmuse_query` has no answer.
enum StatMuseError: Error, CustomStringConvertible {
    case emptyQuery
    /// StatMuse answered 404/422 or a page without an answer heading.
    case noAnswer(query: String, sport: String, url: String, detail: String)
    /// The request itself failed (timeout, 5xx after retries, network).
    case requestFailed(query: String, url: String, reason: String)

    var description: String {
        switch self {
        case .emptyQuery:
            "StatMuse needs a non-empty question"
        case .noAnswer(let query, let sport, let url, let detail):
            "StatMuse has no answer for \"\(query)\" in \(sport.uppercased()) (\(detail), \(url)); rephrase it as a simpler stats question"
        case .requestFailed(let query, let url, let reason):
            "StatMuse request for \"\(query)\" failed: \(reason) (\(url))"
        }
    }
}
