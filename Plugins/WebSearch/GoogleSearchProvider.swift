import Foundation
import JSONValue
import ToolSupport

/// Google Programmable Search (Custom Search JSON API): `GET {endpoint}?key=&cx=&q=&num=`.
struct GoogleSearchProvider: SearchProvider {
    static let defaultEndpoint = "https://www.googleapis.com/customsearch/v1"

    let endpoint: String
    let apiKey: String
    let engineID: String
    let fetcher: HTTPFetcher
    let options: FetchOptions

    var name: String { "google" }

    func search(_ query: String, maxResults: Int, recency: WebSearchArguments.Recency?) async throws -> [SearchHit] {
        guard var components = URLComponents(string: endpoint) else {
            throw SearchProviderError(provider: name, message: "the endpoint '\(endpoint)' is not a URL")
        }
        var items = components.queryItems ?? []
        items += [
            URLQueryItem(name: "key", value: apiKey),
            URLQueryItem(name: "cx", value: engineID),
            URLQueryItem(name: "q", value: query),
            URLQueryItem(name: "num", value: String(min(max(maxResults, 1), 10))),
        ]
        if let recency {
            items.append(URLQueryItem(name: "dateRestrict", value: ["day": "d1", "week": "w1", "month": "m1"][recency.rawValue]))
        }
        components.queryItems = items
        // `+` is a space in a query string; encode it so "C++" or "+150" survive.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        guard let url = components.string else { throw SearchProviderError(provider: name, message: "cannot build the request URL") }

        let response: FetchedResponse
        do {
            var options = options
            options.headers["Accept"] = "application/json"
            response = try await fetcher.get(url, target: .configuredService, options: options)
        } catch let error as HTTPFetchError {
            throw SearchProviderError(provider: name, message: Self.redacted(error))
        }
        let document: JSONValue
        do {
            document = try JSONValue(parsing: Data(response.body))
        } catch {
            throw SearchProviderError(provider: name, message: "the response is not JSON")
        }
        if let message = document["error"]?["message"]?.stringValue {
            throw SearchProviderError(provider: name, message: message)
        }
        let results = document["items"]?.arrayValue ?? []
        return results.prefix(maxResults).compactMap { item in
            guard let title = item["title"]?.stringValue, let link = item["link"]?.stringValue else { return nil }
            let published = item["pagemap"]?["metatags"]?.arrayValue?.first?["article:published_time"]?.stringValue
            return SearchHit(title: title, url: link, snippet: Self.singleLine(item["snippet"]?.stringValue ?? ""), published: published)
        }
    }

    /// The error without the request URL, which carries the API key.
    private static func redacted(_ error: HTTPFetchError) -> String {
        switch error {
        case .status(_, let code, let reason): "HTTP \(code)\(reason.isEmpty ? "" : " \(reason)")"
        case .timeout(_, let seconds): "no response within \(seconds) s"
        case .tooLarge(_, let limit): "the response is larger than \(limit) bytes"
        default: String(describing: error).replacingOccurrences(of: error.url, with: "the search endpoint")
        }
    }

    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
