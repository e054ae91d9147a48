import AgentRuntime
import ChatKitWidgets
import ToolSupport

/// `statmuse_query`: asks StatMuse a stats question and returns its answer sentence and table.
public struct StatMuseTool: Tool {
    struct CachedAnswer: Sendable {
        var answer: StatMuseAnswerPage
        var url: String
    }

    let baseURL: String
    let fetcher: HTTPFetcher
    let options: FetchOptions
    let cache: TTLCache<String, CachedAnswer>
    let rateLimiter: RateLimiter

    public var name: String { "statmuse_query" }

    public var description: String {
        """
        Ask StatMuse a natural-language sports stats question (player or team stats, records, splits, game logs). \
        Returns `answer` (StatMuse's sentence), `url`, `sport`, `table` (`columns`, `rows`) when the page has one, and \
        `cached`. Fails with a clear message when StatMuse has no answer; rephrase simpler rather than guess.
        """
    }

    public func call(arguments: StatMuseArguments, context: ToolContext) async throws -> StatMuseOutput {
        let query = arguments.query.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !query.isEmpty else { throw StatMuseError.emptyQuery }
        let sport = arguments.sport.rawValue
        let slug = StatMuseSlug.make(query)
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let url = "\(base)/\(sport)/ask/\(slug)"
        let cacheKey = "\(sport):\(query.lowercased())"

        let widget = await context.showWidget(StatMuseCard.asking(query))
        if let hit = cache.value(for: cacheKey) {
            let output = Self.output(hit.answer, url: hit.url, sport: sport, cached: true)
            await widget.finish(StatMuseCard.answer(output))
            return output
        }
        do {
            guard !slug.isEmpty else { throw StatMuseError.noAnswer(query: query, sport: sport, url: url, detail: "the question has no words") }
            await context.progress("Asking StatMuse: \(query)", icon: .chart)
            try await rateLimiter.acquire()
            let response: FetchedResponse
            do {
                response = try await fetcher.get(url, target: .configuredService, options: options)
            } catch let error as HTTPFetchError {
                if case .status(_, let code, _) = error, code == 404 || code == 422 {
                    throw StatMuseError.noAnswer(query: query, sport: sport, url: url, detail: "HTTP \(code)")
                }
                throw StatMuseError.requestFailed(query: query, url: url, reason: error.description)
            }
            guard let answer = StatMuseAnswerPage(html: response.body, charset: response.charset) else {
                throw StatMuseError.noAnswer(query: query, sport: sport, url: url, detail: "the page has no answer")
            }
            cache.insert(CachedAnswer(answer: answer, url: response.url), for: cacheKey)
            let output = Self.output(answer, url: response.url, sport: sport, cached: false)
            await widget.finish(StatMuseCard.answer(output))
            return output
        } catch is CancellationError {
            await widget.finish(.errorCard(title: "StatMuse: \(query)", message: "cancelled"))
            throw CancellationError()
        } catch {
            await widget.finish(.errorCard(title: "StatMuse: \(query)", message: String(describing: error)))
            throw error
        }
    }

    private static func output(_ answer: StatMuseAnswerPage, url: String, sport: String, cached: Bool) -> StatMuseOutput {
        StatMuseOutput(answer: answer.answer, url: url, sport: sport, table: answer.table, cached: cached)
    }
}
