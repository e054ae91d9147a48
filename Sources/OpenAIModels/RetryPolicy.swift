import Foundation

/// When and how long to wait before repeating a failed model request, as the openai client does (§7.2).
///
/// Pure: the caller supplies the failure, the number of retries already taken, the jitter and the
/// current time, so every branch can be tested without waiting. Only failures that happen before
/// the first streamed byte are retried; once a stream started, its errors are final.
public struct RetryPolicy: Sendable, Hashable {
    /// Retries after the first attempt (the openai client's `DEFAULT_MAX_RETRIES`).
    public var maxRetries: Int
    /// The first backoff step; each retry doubles it.
    public var initialBackoff: Duration
    public var maxBackoff: Duration
    /// Server-requested delays longer than this mean "do not retry".
    public var maxServerDelay: Duration

    public init(
        maxRetries: Int = 2,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(8),
        maxServerDelay: Duration = .seconds(120)
    ) {
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxServerDelay = maxServerDelay
    }

    /// A failed attempt, as far as the retry decision is concerned.
    public enum Failure: Sendable, Hashable {
        /// The server answered with an error status. `headers` maps lower-cased names to values.
        case status(Int, headers: [String: String])
        /// The connection failed or timed out before a response head arrived.
        case connection
    }

    /// The delay before the next attempt, or `nil` when the failure is final.
    ///
    /// - Parameters:
    ///   - retriesTaken: retries already made (0 after the first attempt).
    ///   - jitter: a random number in `0..<1`; the backoff is scaled by `1 - 0.25 · jitter`.
    ///   - now: the current time, to read `retry-after` HTTP dates.
    public func delay(after failure: Failure, retriesTaken: Int, jitter: Double, now: Date) -> Duration? {
        guard retriesTaken < maxRetries else { return nil }
        switch failure {
        case .connection:
            return backoff(retriesTaken: retriesTaken, jitter: jitter)
        case .status(let status, let headers):
            guard Self.shouldRetry(status: status, headers: headers) else { return nil }
            if let requested = Self.requestedDelay(headers: headers, now: now) {
                guard requested <= maxServerDelay else { return nil }
                if requested > .zero { return requested }
            }
            return backoff(retriesTaken: retriesTaken, jitter: jitter)
        }
    }

    /// `x-should-retry` wins; otherwise 408, 409, 429 and 5xx are worth repeating.
    static func shouldRetry(status: Int, headers: [String: String]) -> Bool {
        switch headers["x-should-retry"] {
        case "true": true
        case "false": false
        default: status == 408 || status == 409 || status == 429 || status >= 500
        }
    }

    /// The delay the server asked for: `retry-after-ms`, else `retry-after` in seconds or as an HTTP date.
    static func requestedDelay(headers: [String: String], now: Date) -> Duration? {
        if let milliseconds = headers["retry-after-ms"].flatMap(Double.init), milliseconds.isFinite {
            return .milliseconds(milliseconds)
        }
        guard let retryAfter = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(retryAfter), seconds.isFinite {
            return .milliseconds(seconds * 1000)
        }
        guard let date = httpDate(retryAfter) else { return nil }
        return .milliseconds(date.timeIntervalSince(now) * 1000)
    }

    private func backoff(retriesTaken: Int, jitter: Double) -> Duration {
        let exponential = initialBackoff * pow(2, Double(min(retriesTaken, 30)))
        return min(exponential, maxBackoff) * (1 - 0.25 * min(max(jitter, 0), 1))
    }

    /// Parses an IMF-fixdate (`Wed, 21 Oct 2015 07:28:00 GMT`).
    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
