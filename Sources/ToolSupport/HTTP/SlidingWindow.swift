/// The state of a sliding-window rate limit: at most `limit` grants in any `window`.
///
/// A pure value so the arithmetic is tested without clocks; ``RateLimiter`` does the waiting.
public struct SlidingWindow<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration {
    public let limit: Int
    public let window: Duration
    private var grants: [Instant] = []

    public init(limit: Int, window: Duration) {
        self.limit = max(1, limit)
        self.window = window
    }

    /// Grants a slot at `now` (returns `nil`), or says how long to wait before asking again.
    public mutating func reserve(at now: Instant) -> Duration? {
        grants.removeAll { $0.advanced(by: window) <= now }
        guard grants.count >= limit else {
            grants.append(now)
            return nil
        }
        return now.duration(to: grants[0].advanced(by: window))
    }
}
