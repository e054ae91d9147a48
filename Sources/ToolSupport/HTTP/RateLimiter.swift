/// Waits for a free slot instead of failing: at most `limit` requests per `window`.
///
/// Upstreams like StatMuse block clients that burst; a tool call that has to wait a few seconds
/// is better than one that fails. Waiting is cancellable (the caller's task cancellation throws).
public actor RateLimiter {
    private var window: SlidingWindow<ContinuousClock.Instant>

    public init(limit: Int, per window: Duration) {
        self.window = SlidingWindow(limit: limit, window: window)
    }

    /// Returns once a request may be sent.
    public func acquire() async throws {
        while let wait = window.reserve(at: .now) {
            try await Task.sleep(for: wait)
        }
    }
}
