import AgentRuntime
import ToolSupport

/// The `statmuse` module.
///
/// Settings (`tools.json` → `statmuse`): `base_url` / `base_url_env` (`STATMUSE_BASE_URL`, default
/// `https://www.statmuse.com`), `timeout_seconds` (per request, default 15), `cache_ttl_seconds`
/// (default 3600). Options: `requests_per_minute` (default 25; callers wait for a slot),
/// `max_attempts` (default 3: retries on 429/5xx with backoff and `Retry-After`).
public struct StatMuseModule: ToolModule {
    public static let name = "statmuse"
    public static let defaultBaseURL = "https://www.statmuse.com"

    public let tools: [any Tool]

    public init(settings: ToolSettings, environment: ToolEnvironment) throws {
        let perMinute = try settings.option("requests_per_minute", as: Int.self) ?? 25
        let attempts = try settings.option("max_attempts", as: Int.self) ?? 3
        guard perMinute > 0, attempts > 0 else {
            throw ToolsConfigurationError(source: "options", key: "tools.statmuse.options", problem: "requests_per_minute and max_attempts must be positive")
        }
        let timeout = settings.timeoutSeconds ?? 15
        let options = FetchOptions(
            timeout: .milliseconds(Int64(timeout * 1000)),
            maxBodyBytes: 4 << 20,
            retry: RetryPolicy(maxAttempts: attempts),
            headers: ["Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Accept-Language": "en-US,en;q=0.5"]
        )
        tools = [
            StatMuseTool(
                baseURL: settings.baseURL ?? Self.defaultBaseURL,
                fetcher: HTTPFetcher(client: environment.httpClient, logger: environment.logger),
                options: options,
                cache: TTLCache(timeToLive: .milliseconds(Int64((settings.cacheTTLSeconds ?? 3600) * 1000)), capacity: 1024),
                rateLimiter: RateLimiter(limit: perMinute, per: .seconds(60))
            )
        ]
    }
}
