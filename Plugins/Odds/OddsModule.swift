import AgentRuntime
import Foundation
import ToolSupport

/// The `odds` module: `get_odds` over The Odds API v4 and the odds board's `odds.refresh` action.
///
/// Settings (`tools.json` → `"odds"`): `base_url` (env `ODDS_API_BASE_URL`), `api_key_env`
/// (`ODDS_API_KEY`), `cache_ttl_seconds` (default 60), `timeout_seconds` (default 15), and options
/// `reserved_requests` (quota never spent, default 10), `regions` (default `["us"]`) and
/// `time_zone` (the sports day, default `America/New_York`).
public struct OddsModule: ToolModule {
    public static let name = "odds"
    public static let defaultBaseURL = "https://api.the-odds-api.com/v4"

    public let service: OddsService

    public init(settings: ToolSettings, environment: ToolEnvironment) throws {
        let baseURL = settings.baseURL ?? environment.variables["ODDS_API_BASE_URL"] ?? Self.defaultBaseURL
        guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw ToolsConfigurationError(source: "odds", key: "base_url", problem: "'\(baseURL)' is not an http(s) URL")
        }
        let zoneName = try settings.option("time_zone", as: String.self) ?? "America/New_York"
        guard let timeZone = TimeZone(identifier: zoneName) else {
            throw ToolsConfigurationError(source: "odds", key: "options.time_zone", problem: "unknown time zone '\(zoneName)'")
        }
        let reserved = try settings.option("reserved_requests", as: Int.self) ?? 10
        guard reserved >= 0 else {
            throw ToolsConfigurationError(source: "odds", key: "options.reserved_requests", problem: "must be 0 or more")
        }
        var fetchOptions = OddsAPIClient.Configuration(apiKey: nil).fetchOptions
        if let timeout = settings.timeoutSeconds { fetchOptions.timeout = .milliseconds(Int(timeout * 1000)) }
        let configuration = OddsAPIClient.Configuration(
            baseURL: baseURL,
            apiKey: settings.apiKey ?? environment.variables["ODDS_API_KEY"],
            regions: try settings.option("regions", as: [String].self) ?? ["us"],
            reservedRequests: reserved,
            cacheTTL: .milliseconds(Int((settings.cacheTTLSeconds ?? 60) * 1000)),
            fetchOptions: fetchOptions
        )
        let fetcher = HTTPFetcher(client: environment.httpClient, logger: environment.logger)
        service = OddsService(client: OddsAPIClient(configuration: configuration, fetcher: fetcher), timeZone: timeZone)
    }

    public var tools: [any Tool] { [GetOddsTool(service: service)] }
    public var actionHandlers: [any WidgetActionHandler] { [OddsActionHandler(service: service)] }
}
