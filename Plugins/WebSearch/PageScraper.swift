import Foundation
import ToolSupport

/// Reads result pages concurrently (at most `concurrency` at a time) and keeps the passages
/// that best match the query.
struct PageScraper: Sendable {
    let fetcher: HTTPFetcher
    let options: FetchOptions
    let concurrency: Int
    let passagesPerPage: Int

    struct Page: Sendable {
        var passages: [String]
        var published: String?
    }

    /// Scrapes `urls`; calls `onPage` as each page finishes (in completion order).
    func scrape(
        _ urls: [String],
        query: String,
        onPage: (Int, Result<Page, any Error>) async -> Void
    ) async {
        await withTaskGroup(of: (Int, Result<Page, any Error>).self) { group in
            var next = 0
            func startNext() {
                guard next < urls.count else { return }
                let index = next
                next += 1
                group.addTask { (index, await scrape(urls[index], query: query)) }
            }
            for _ in 0..<max(1, concurrency) { startNext() }
            while let (index, result) = await group.next() {
                startNext()
                await onPage(index, result)
            }
        }
    }

    private func scrape(_ url: String, query: String) async -> Result<Page, any Error> {
        do {
            let response = try await fetcher.get(url, target: .publicWeb, options: options)
            if let type = response.contentType?.lowercased(), !type.contains("html"), !type.contains("xml"), !type.hasPrefix("text/") {
                throw PageNotHTML(url: response.url, contentType: type)
            }
            let snippets = SnippetExtractor.snippets(html: response.body, charset: response.charset, query: query, maxPassages: passagesPerPage)
            return .success(Page(passages: snippets.passages.map(\.text), published: snippets.publishedTime))
        } catch {
            return .failure(error)
        }
    }
}

struct PageNotHTML: Error, CustomStringConvertible {
    let url: String
    let contentType: String
    var description: String { "\(url): not an HTML page (\(contentType))" }
}
