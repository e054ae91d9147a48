/// Limits and headers of one fetch.
public struct FetchOptions: Sendable, Hashable {
    /// The whole fetch — DNS, redirects, retries and body — must finish within this.
    public var timeout: Duration
    /// Bodies larger than this fail with ``HTTPFetchError/tooLarge(url:limitBytes:)`` (counted
    /// after decompression, while streaming, so a huge page is never held in memory).
    public var maxBodyBytes: Int
    /// Redirects followed (each target checked like the first URL).
    public var maxRedirects: Int
    public var retry: RetryPolicy
    /// Extra request headers (`Accept`, API headers).
    public var headers: [String: String]

    public init(
        timeout: Duration = .seconds(15),
        maxBodyBytes: Int = 4 << 20,
        maxRedirects: Int = 5,
        retry: RetryPolicy = RetryPolicy(),
        headers: [String: String] = [:]
    ) {
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.retry = retry
        self.headers = headers
    }
}

/// Whom a URL comes from, which decides whether its address is checked.
public enum FetchTarget: Sendable, Hashable {
    /// A service the operator configured (an API base URL): any address is fine.
    case configuredService
    /// A URL from the open web (a search result): only public addresses, checked after DNS
    /// resolution and on every redirect, unless the fetcher allows private addresses.
    case publicWeb
}
