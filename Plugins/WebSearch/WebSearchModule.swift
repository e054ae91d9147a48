import AgentRuntime
import ToolSupport

/// The `web_search` module.
///
/// Settings (`tools.json` → `web_search`): `base_url` / `base_url_env` (`GOOGLE_SEARCH_BASE_URL`) is the
/// Google Custom Search endpoint, `api_key_env` (`GOOGLE_SEARCH_API_KEY`) its key; `cache_ttl_seconds`
/// (default 600) caches whole answers; `timeout_seconds` bounds the whole call (provider requests get at most 10 s of it).
/// Options: `engine_id_env` (default `GOOGLE_SEARCH_ENGINE_ID`), `duckduckgo_base_url_env`
/// (default `DUCKDUCKGO_BASE_URL`), `page_timeout_seconds` (8), `max_page_bytes` (2 MiB),
/// `max_concurrent_fetches` (5), `passages_per_page` (3).
/// Environment: `WEB_SEARCH_ALLOW_PRIVATE=1` lets result pages on private/loopback addresses be read.
public struct WebSearchModule: ToolModule {
    public static let name = "web_search"

    public let tools: [any Tool]

    public init(settings: ToolSettings, environment: ToolEnvironment) throws {
        let variables = environment.variables
        let engineIDVariable = try settings.option("engine_id_env", as: String.self) ?? "GOOGLE_SEARCH_ENGINE_ID"
        let duckDuckGoVariable = try settings.option("duckduckgo_base_url_env", as: String.self) ?? "DUCKDUCKGO_BASE_URL"
        let pageTimeout = try settings.option("page_timeout_seconds", as: Double.self) ?? 8
        let maxPageBytes = try settings.option("max_page_bytes", as: Int.self) ?? 2 << 20
        let concurrency = try settings.option("max_concurrent_fetches", as: Int.self) ?? 5
        let passages = try settings.option("passages_per_page", as: Int.self) ?? 3
        guard pageTimeout > 0, maxPageBytes > 0, concurrency > 0, (1...10).contains(passages) else {
            throw ToolsConfigurationError(source: "options", key: "tools.web_search.options", problem: "page_timeout_seconds, max_page_bytes and max_concurrent_fetches must be positive, passages_per_page 1-10")
        }

        let fetcher = HTTPFetcher(
            client: environment.httpClient,
            addressPolicy: variables["WEB_SEARCH_ALLOW_PRIVATE"] == "1" ? .any : .publicOnly,
            logger: environment.logger
        )
        // Leave the rest of the call's `timeout_seconds` to the page fetches.
        let providerTimeout = min(settings.timeoutSeconds ?? 30, 10)
        let providerOptions = FetchOptions(timeout: .milliseconds(Int64(providerTimeout * 1000)), maxBodyBytes: 4 << 20)
        var providers: [any SearchProvider] = []
        if let apiKey = settings.apiKey, let engineID = variables[engineIDVariable], !engineID.isEmpty {
            providers.append(GoogleSearchProvider(
                endpoint: settings.baseURL ?? GoogleSearchProvider.defaultEndpoint, apiKey: apiKey, engineID: engineID,
                fetcher: fetcher, options: providerOptions
            ))
        }
        let duckDuckGoBase = variables[duckDuckGoVariable].flatMap { $0.isEmpty ? nil : $0 } ?? DuckDuckGoProvider.defaultBaseURL
        providers.append(DuckDuckGoProvider(baseURL: duckDuckGoBase, fetcher: fetcher, options: providerOptions))

        let scraper = PageScraper(
            fetcher: fetcher,
            options: FetchOptions(timeout: .milliseconds(Int64(pageTimeout * 1000)), maxBodyBytes: maxPageBytes, retry: .none),
            concurrency: concurrency,
            passagesPerPage: passages
        )
        let cache = TTLCache<String, WebSearchOutput>(timeToLive: .milliseconds(Int64((settings.cacheTTLSeconds ?? 600) * 1000)), capacity: 256)
        tools = [WebSearchTool(providers: providers, scraper: scraper, cache: cache)]
    }
}
