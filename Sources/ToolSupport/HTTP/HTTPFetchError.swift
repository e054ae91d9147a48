/// Why a fetch failed, worded so a tool can pass it to the model unchanged.
public enum HTTPFetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not an absolute URL with a host.
    case invalidURL(String)
    /// Only `http` and `https` are fetched.
    case unsupportedScheme(url: String, scheme: String)
    /// The host resolves to (or is) a private, loopback, link-local or otherwise non-public address.
    case blockedAddress(url: String, host: String, address: String)
    /// DNS gave no usable address.
    case cannotResolve(url: String, host: String, reason: String)
    /// The whole fetch (redirects and retries included) took longer than allowed.
    case timeout(url: String, seconds: Double)
    /// The body is larger than the cap.
    case tooLarge(url: String, limitBytes: Int)
    /// The server answered with a non-2xx status (after any retries).
    case status(url: String, code: Int, reason: String)
    /// More redirects than allowed, or a redirect without a usable `Location`.
    case badRedirect(url: String, problem: String)
    /// The connection failed (refused, reset, TLS, malformed response).
    case transport(url: String, message: String)

    public var url: String {
        switch self {
        case .invalidURL(let url): url
        case .unsupportedScheme(let url, _), .blockedAddress(let url, _, _), .cannotResolve(let url, _, _),
            .timeout(let url, _), .tooLarge(let url, _), .status(let url, _, _), .badRedirect(let url, _),
            .transport(let url, _):
            url
        }
    }

    public var description: String {
        switch self {
        case .invalidURL(let url):
            "'\(url)' is not an absolute http(s) URL"
        case .unsupportedScheme(let url, let scheme):
            "\(url): scheme '\(scheme)' is not allowed (only http and https)"
        case .blockedAddress(let url, let host, let address):
            "\(url): host \(host) resolves to the non-public address \(address), which is blocked"
        case .cannotResolve(let url, let host, let reason):
            "\(url): cannot resolve host \(host): \(reason)"
        case .timeout(let url, let seconds):
            "\(url): no complete response within \(Self.format(seconds)) s"
        case .tooLarge(let url, let limit):
            "\(url): the response is larger than the \(limit)-byte limit"
        case .status(let url, let code, let reason):
            reason.isEmpty ? "\(url): HTTP \(code)" : "\(url): HTTP \(code) \(reason)"
        case .badRedirect(let url, let problem):
            "\(url): \(problem)"
        case .transport(let url, let message):
            "\(url): \(message)"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
