import AgentRuntime
import ChatKitWidgets
import Foundation
import ToolSupport

/// `web_search`: asks the first provider that answers, then reads the top pages and quotes the
/// passages that best match the query. Never returns a result no provider returned.
public struct WebSearchTool: Tool {
    let providers: [any SearchProvider]
    let scraper: PageScraper
    let cache: TTLCache<String, WebSearchOutput>

    public var name: String { "web_search" }

    public var description: String {
        """
        Search the web for current news (injuries, lineups, weather, suspensions) and read the top pages. \
        Returns `results` (title, url, source domain, the engine's snippet, `passages` quoted from the page that best \
        match the query, `published` when known), `errors` for pages that could not be read, and `provider_errors` \
        when a search engine failed before another answered. Quote passages; never invent results.
        """
    }

    public func call(arguments: WebSearchArguments, context: ToolContext) async throws -> WebSearchOutput {
        let query = arguments.query.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !query.isEmpty else { throw WebSearchError.emptyQuery }
        let maxResults = min(max(arguments.maxResults, 1), 10)
        let cacheKey = [query.lowercased(), String(maxResults), String(arguments.fetchPages), arguments.recency?.rawValue ?? ""].joined(separator: "\u{1F}")

        await context.progress("Searching the web for “\(query)”…", icon: .search)
        let search = await context.startSearch(title: "Searching the web", queries: [query])
        let widget = await context.showWidget(SearchWidget.searching(query))

        if let cached = cache.value(for: cacheKey) {
            for result in cached.results { await search.addSource(SearchSource(title: result.title, url: result.url, snippet: result.snippet)) }
            await search.finish(succeeded: true)
            await widget.finish(SearchWidget.results(cached.results, query: query, provider: cached.provider, done: true))
            return cached
        }

        var providerErrors: [SearchProviderError] = []
        var answered: (provider: String, hits: [SearchHit])?
        for provider in providers {
            do {
                let hits = try await provider.search(query, maxResults: maxResults, recency: arguments.recency)
                answered = (provider.name, hits)
                break
            } catch let error as SearchProviderError {
                providerErrors.append(error)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                providerErrors.append(SearchProviderError(provider: provider.name, message: String(describing: error)))
            }
        }
        guard let answered else {
            let error = WebSearchError.allProvidersFailed(providerErrors)
            await search.finish(succeeded: false)
            await widget.finish(.errorCard(title: "Web search: \(query)", message: error.description))
            throw error
        }

        var results: [WebSearchOutput.Result] = []
        for hit in answered.hits {
            results.append(WebSearchOutput.Result(
                title: hit.title, url: hit.url, source: Self.domain(of: hit.url), snippet: hit.snippet, passages: [], published: hit.published
            ))
            await search.addSource(SearchSource(title: hit.title, url: hit.url, snippet: hit.snippet.isEmpty ? nil : hit.snippet))
            await widget.update(SearchWidget.results(results, query: query, provider: answered.provider, done: false))
        }

        var pageErrors: [WebSearchOutput.PageError] = []
        if arguments.fetchPages, !results.isEmpty {
            await context.progress("Reading \(results.count) page\(results.count == 1 ? "" : "s")…", icon: .document)
            await scraper.scrape(results.map(\.url), query: query) { index, outcome in
                switch outcome {
                case .success(let page):
                    results[index].passages = page.passages
                    if results[index].published == nil { results[index].published = page.published }
                case .failure(let error):
                    pageErrors.append(WebSearchOutput.PageError(url: results[index].url, error: String(describing: error)))
                }
            }
            pageErrors.sort { lhs, rhs in
                (results.firstIndex { $0.url == lhs.url } ?? 0) < (results.firstIndex { $0.url == rhs.url } ?? 0)
            }
        }

        let output = WebSearchOutput(
            query: query,
            provider: answered.provider,
            results: results,
            errors: pageErrors,
            providerErrors: providerErrors.isEmpty ? nil : providerErrors.map { .init(provider: $0.provider, error: $0.message) }
        )
        await search.finish(succeeded: true)
        await widget.finish(SearchWidget.results(results, query: query, provider: answered.provider, done: true))
        if pageErrors.isEmpty { cache.insert(output, for: cacheKey) }
        return output
    }

    /// The host without `www.`.
    static func domain(of url: String) -> String {
        guard let host = URL(string: url)?.host?.lowercased() else { return url }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
