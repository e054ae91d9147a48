import Foundation
import OpenAIModels
import Testing

@Suite("Retry policy (openai client rules)")
struct RetryPolicyTests {
    private let policy = RetryPolicy()
    private let now = Date(timeIntervalSince1970: 1_767_225_600)

    private func delay(_ status: Int, _ headers: [String: String] = [:], retries: Int = 0, jitter: Double = 0) -> Duration? {
        policy.delay(after: .status(status, headers: headers), retriesTaken: retries, jitter: jitter, now: now)
    }

    @Test("retries 408, 409, 429 and 5xx but not other client errors")
    func retryableStatuses() {
        for status in [408, 409, 429, 500, 502, 503] { #expect(delay(status) != nil, "\(status)") }
        for status in [400, 401, 403, 404, 422] { #expect(delay(status) == nil, "\(status)") }
    }

    @Test("x-should-retry overrides the status rule")
    func shouldRetryHeader() {
        #expect(delay(503, ["x-should-retry": "false"]) == nil)
        #expect(delay(400, ["x-should-retry": "true"]) == .milliseconds(500))
    }

    @Test("stops after two retries")
    func maxRetries() {
        #expect(delay(429, retries: 1) != nil)
        #expect(delay(429, retries: 2) == nil)
        #expect(policy.delay(after: .connection, retriesTaken: 2, jitter: 0, now: now) == nil)
    }

    @Test("honours retry-after-ms first, then retry-after in seconds or as an HTTP date")
    func serverDelay() {
        #expect(delay(429, ["retry-after-ms": "50", "retry-after": "7"]) == .milliseconds(50))
        #expect(delay(429, ["retry-after": "7"]) == .seconds(7))
        #expect(delay(429, ["retry-after": "Thu, 01 Jan 2026 00:00:30 GMT"]) == .seconds(30))
    }

    @Test("a requested delay over 120 s means no retry; zero or garbage falls back to backoff")
    func serverDelayBounds() {
        #expect(delay(429, ["retry-after": "300"]) == nil)
        #expect(delay(429, ["retry-after": "120"]) == .seconds(120))
        #expect(delay(429, ["retry-after": "0"]) == .milliseconds(500))
        #expect(delay(429, ["retry-after": "soon"]) == .milliseconds(500))
    }

    @Test("backs off exponentially from 0.5 s up to 8 s, scaled by jitter into (0.75, 1]")
    func backoff() {
        #expect(delay(500, retries: 0) == .milliseconds(500))
        #expect(delay(500, retries: 1) == .seconds(1))
        #expect(delay(500, retries: 1, jitter: 1) == .milliseconds(750))
        let longPolicy = RetryPolicy(maxRetries: 10)
        #expect(longPolicy.delay(after: .connection, retriesTaken: 6, jitter: 0, now: now) == .seconds(8))
    }
}
