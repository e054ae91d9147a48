import Foundation
import ToolSupport

/// DuckDuckGo's no-JavaScript HTML endpoint (no key): results are `a.result__a` links, each
/// followed by an `a.result__snippet`; links go through `//duckduckgo.com/l/?uddg=<target>`.
struct DuckDuckGoProvider: SearchProvider {
    static let defaultBaseURL = "https://html.duckduckgo.com"

    let baseURL: String
    let fetcher: HTTPFetcher
    let options: FetchOptions

    var name: String { "duckduckgo" }

    func search(_ query: String, maxResults: Int, recency: WebSearchArguments.Recency?) async throws -> [SearchHit] {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard var components = URLComponents(string: base + "/html/") else {
            throw SearchProviderError(provider: name, message: "the base URL '\(baseURL)' is not a URL")
        }
        var items = [URLQueryItem(name: "q", value: query)]
        if let recency { items.append(URLQueryItem(name: "df", value: ["day": "d", "week": "w", "month": "m"][recency.rawValue])) }
        components.queryItems = items
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        guard let url = components.string else { throw SearchProviderError(provider: name, message: "cannot build the request URL") }

        let response: FetchedResponse
        do {
            response = try await fetcher.get(url, target: .configuredService, options: options)
        } catch let error as HTTPFetchError {
            throw SearchProviderError(provider: name, message: error.description)
        }
        return Self.parseResults(response.body, charset: response.charset, pageURL: response.url, limit: maxResults)
    }

    /// The organic results of a DuckDuckGo HTML page (ads and DuckDuckGo's own links skipped).
    static func parseResults(_ html: [UInt8], charset: Charset?, pageURL: String, limit: Int) -> [SearchHit] {
        var hits: [SearchHit] = []
        var current: SearchHit?
        for element in HTMLExtractor.elements(withAnyClass: ["result__a", "result__snippet"], in: html, charset: charset) {
            if element.classes.contains("result__a") {
                if let hit = current { hits.append(hit) }
                current = nil
                guard let href = element.attributes["href"], let target = resolve(href, pageURL: pageURL), !element.text.isEmpty else { continue }
                current = SearchHit(title: element.text, url: target, snippet: "")
            } else if current != nil, current?.snippet.isEmpty == true {
                current?.snippet = element.text
            }
        }
        if let hit = current { hits.append(hit) }
        var seen: Set<String> = []
        return Array(hits.filter { seen.insert($0.url).inserted }.prefix(limit))
    }

    /// The real target of a result link: the `uddg` parameter of a redirect link, else the link.
    static func resolve(_ href: String, pageURL: String) -> String? {
        guard let absolute = URL(string: href, relativeTo: URL(string: pageURL))?.absoluteURL,
              let components = URLComponents(url: absolute, resolvingAgainstBaseURL: false)
        else { return nil }
        let target: String
        if let uddg = components.queryItems?.first(where: { $0.name == "uddg" })?.value {
            target = uddg
        } else {
            target = absolute.absoluteString
        }
        guard let targetURL = URL(string: target), let scheme = targetURL.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = targetURL.host?.lowercased()
        else { return nil }
        if host == "duckduckgo.com" || host.hasSuffix(".duckduckgo.com") { return nil }  // ads (`/y.js`) and internal links
        return target
    }
}
