import Foundation

/// When and how long to wait before repeating a request that got 429 or 5xx.
///
/// The server's `Retry-After` wins over the exponential backoff; a `Retry-After` longer than
/// ``maximumDelay`` ends the retries (waiting minutes inside a tool call helps nobody).
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included (1 disables retries).
    public var maxAttempts: Int
    /// The wait before the second attempt; doubled for each further attempt.
    public var initialDelay: Duration
    /// The longest wait accepted, from backoff or `Retry-After`.
    public var maximumDelay: Duration

    public init(maxAttempts: Int = 3, initialDelay: Duration = .milliseconds(500), maximumDelay: Duration = .seconds(10)) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
    }

    public static let none = RetryPolicy(maxAttempts: 1)

    /// Whether a response status is worth repeating.
    public static func isRetryable(status: Int) -> Bool {
        status == 429 || (500...599).contains(status)
    }

    /// The wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed with a
    /// retryable status, or `nil` when no retry should happen.
    public func delay(afterAttempt attempt: Int, retryAfter: String?, now: Date = Date()) -> Duration? {
        guard attempt < maxAttempts else { return nil }
        let delay: Duration
        if let retryAfter, let requested = Self.parseRetryAfter(retryAfter, now: now) {
            delay = requested
        } else {
            delay = initialDelay * Int(1 << min(attempt - 1, 20))
        }
        return delay <= maximumDelay ? delay : nil
    }

    /// `Retry-After` as delta-seconds or an HTTP date.
    public static func parseRetryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return .milliseconds(max(0, Int64(date.timeIntervalSince(now) * 1000)))
    }
}
