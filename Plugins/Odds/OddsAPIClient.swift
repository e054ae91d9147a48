import Foundation
import Synchronization
import ToolSupport

/// The Odds API v4 over the shared ``HTTPFetcher``: builds the requests, caches answers, tracks
/// the quota headers and refuses to spend the reserved last requests.
///
/// Only the odds endpoints cost quota; every answer (fresh or cached) comes with the last
/// known quota so the user can see what is left.
public final class OddsAPIClient: Sendable {
    public struct Configuration: Sendable {
        /// e.g. `https://api.the-odds-api.com/v4` (no trailing slash needed).
        public var baseURL: String
        public var apiKey: String?
        /// `regions` query parameter.
        public var regions: [String]
        /// Requests never spent: a call is refused once the remaining quota is at or below this.
        public var reservedRequests: Int
        public var cacheTTL: Duration
        public var fetchOptions: FetchOptions

        public init(
            baseURL: String = "https://api.the-odds-api.com/v4",
            apiKey: String?,
            regions: [String] = ["us"],
            reservedRequests: Int = 10,
            cacheTTL: Duration = .seconds(60),
            fetchOptions: FetchOptions = FetchOptions(timeout: .seconds(15), maxBodyBytes: 8 << 20, headers: ["Accept": "application/json"])
        ) {
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.regions = regions
            self.reservedRequests = reservedRequests
            self.cacheTTL = cacheTTL
            self.fetchOptions = fetchOptions
        }
    }

    /// A decoded answer with the quota known when it was fetched.
    public struct Answer<Value: Sendable>: Sendable {
        public var value: Value
        public var quota: OddsQuota
        public var cached: Bool
    }

    public let configuration: Configuration
    private let fetcher: HTTPFetcher
    private let cache: TTLCache<String, [UInt8]>
    private let limiter = RateLimiter(limit: 10, per: .seconds(1))
    private let quota = Mutex(OddsQuota())

    public init(configuration: Configuration, fetcher: HTTPFetcher) {
        self.configuration = configuration
        self.fetcher = fetcher
        self.cache = TTLCache(timeToLive: configuration.cacheTTL, capacity: 256)
    }

    /// The quota after the last paid call (empty until one is made).
    public var lastQuota: OddsQuota { quota.withLock { $0 } }

    /// `GET /sports/{sport}/odds`: the slate's game odds.
    public func gameOdds(sport: String, markets: [String], bookmakers: [String]?, from: String, to: String) async throws(OddsAPIError) -> Answer<[OddsAPIEvent]> {
        var query: [(String, String)] = [("markets", markets.joined(separator: ","))]
        if let bookmakers { query.append(("bookmakers", bookmakers.joined(separator: ","))) } else { query.append(("regions", configuration.regions.joined(separator: ","))) }
        query += [("oddsFormat", "american"), ("dateFormat", "iso"), ("commenceTimeFrom", from), ("commenceTimeTo", to)]
        let what = "sport \(sport), markets \(markets.joined(separator: ",")), bookmakers \(bookmakers?.joined(separator: ",") ?? "all US")"
        return try await get(path: "/sports/\(sport)/odds", query: query, describing: what, as: [OddsAPIEvent].self)
    }

    /// `GET /sports/{sport}/events/{eventId}/odds`: one game's odds, used for player props.
    public func eventOdds(sport: String, eventID: String, markets: [String], bookmakers: [String]?) async throws(OddsAPIError) -> Answer<OddsAPIEvent> {
        var query: [(String, String)] = [("markets", markets.joined(separator: ","))]
        if let bookmakers { query.append(("bookmakers", bookmakers.joined(separator: ","))) } else { query.append(("regions", configuration.regions.joined(separator: ","))) }
        query += [("oddsFormat", "american"), ("dateFormat", "iso")]
        let what = "sport \(sport), event \(eventID), markets \(markets.joined(separator: ","))"
        return try await get(path: "/sports/\(sport)/events/\(eventID)/odds", query: query, describing: what, as: OddsAPIEvent.self)
    }

    private func get<Value: Decodable & Sendable>(
        path: String, query: [(String, String)], describing what: String, as type: Value.Type
    ) async throws(OddsAPIError) -> Answer<Value> {
        guard let apiKey = configuration.apiKey, !apiKey.isEmpty else { throw .missingAPIKey }
        let cacheKey = Self.url(base: configuration.baseURL, path: path, query: query)
        if let body = cache.value(for: cacheKey) {
            return Answer(value: try Self.decode(body, as: type), quota: lastQuota, cached: true)
        }
        let known = lastQuota
        if let remaining = known.remaining, remaining <= configuration.reservedRequests {
            throw .quotaReserve(remaining: remaining, reserve: configuration.reservedRequests)
        }
        let response: FetchedResponse
        do {
            try await limiter.acquire()
            response = try await fetcher.get(
                Self.url(base: configuration.baseURL, path: path, query: query + [("apiKey", apiKey)]),
                target: .configuredService, options: configuration.fetchOptions
            )
        } catch let error as HTTPFetchError {
            throw Self.translate(error, describing: what, apiKey: apiKey)
        } catch {
            throw .upstream("the request was cancelled")
        }
        let fresh = OddsQuota(headers: response.headers)
        let current = quota.withLock { state in
            if fresh.remaining != nil || fresh.used != nil || fresh.last != nil { state = fresh }
            return state
        }
        let value = try Self.decode(response.body, as: type)
        cache.insert(response.body, for: cacheKey)
        return Answer(value: value, quota: current, cached: false)
    }

    static func url(base: String, path: String, query: [(String, String)]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#")
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        let encoded = query.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }
        return "\(trimmed)\(path)?\(encoded.joined(separator: "&"))"
    }

    private static func decode<Value: Decodable>(_ body: [UInt8], as type: Value.Type) throws(OddsAPIError) -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(body))
        } catch {
            throw .malformedResponse(Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "not JSON" }
        switch decoding {
        case .keyNotFound(let key, let context): return "missing \((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not the expected JSON" : "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: return "not the expected JSON"
        }
    }

    /// Maps fetch failures to actionable errors; the key never appears in a message.
    private static func translate(_ error: HTTPFetchError, describing what: String, apiKey: String) -> OddsAPIError {
        switch error {
        case .status(_, 401, _): return .unauthorized
        case .status(_, 422, _): return .rejectedParameters(detail: what)
        case .status(_, 429, _): return .rateLimited
        case .status(_, let code, let reason): return .upstream("HTTP \(code)\(reason.isEmpty ? "" : " \(reason)")")
        case .timeout(_, let seconds): return .upstream("no answer within \(Int(seconds)) s")
        case .tooLarge(_, let limit): return .upstream("the response is larger than \(limit) bytes")
        default: return .upstream(error.description.replacingOccurrences(of: apiKey, with: "***"))
        }
    }
}
