/// Why `get_odds` has no odds to show, worded so the model can tell the user what to do.
public enum OddsAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingAPIKey
    /// HTTP 401: the key is wrong, expired or out of credits.
    case unauthorized
    /// HTTP 422: a parameter The Odds API rejects (an unknown market, bookmaker or event).
    case rejectedParameters(detail: String)
    /// HTTP 429: more than ~30 requests per second, or the plan's quota is used up.
    case rateLimited
    /// Spending would eat into the reserve kept for other users.
    case quotaReserve(remaining: Int, reserve: Int)
    case invalidWindow(String)
    case invalidArgument(String)
    case upstream(String)
    case malformedResponse(String)

    public var description: String {
        switch self {
        case .missingAPIKey:
            "The Odds API key is not configured: set ODDS_API_KEY (or the variable named by api_key_env in tools.json). No odds can be fetched until then."
        case .unauthorized:
            "The Odds API rejected the API key (HTTP 401): the key is invalid, expired or out of credits. Check ODDS_API_KEY and the plan at the-odds-api.com."
        case .rejectedParameters(let detail):
            "The Odds API rejected the request (HTTP 422): \(detail). Check the sport, market keys, bookmaker keys and event id (event ids come from a previous get_odds result)."
        case .rateLimited:
            "The Odds API is rate limiting (HTTP 429): too many requests per second, or the monthly quota is used up. Wait a minute and try again; don't retry in a loop."
        case .quotaReserve(let remaining, let reserve):
            "Not fetching: only \(remaining) Odds API requests remain and the last \(reserve) are reserved. Use odds already shown, or raise the quota."
        case .invalidWindow(let problem):
            "Invalid time window: \(problem)"
        case .invalidArgument(let problem):
            problem
        case .upstream(let problem):
            "The Odds API could not be reached: \(problem). Try again shortly."
        case .malformedResponse(let problem):
            "The Odds API sent a response that could not be read (\(problem)); no odds were invented in its place."
        }
    }
}
