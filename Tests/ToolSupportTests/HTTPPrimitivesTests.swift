import Foundation
import Testing
@testable import ToolSupport

@Suite("HTTP building blocks")
struct HTTPPrimitivesTests {
    @Test("private, loopback, link-local, CGNAT, multicast and unspecified addresses are not public", arguments: [
        "10.1.2.3", "127.0.0.1", "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "0.0.0.0",
        "224.0.0.1", "255.255.255.255", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
        "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "[::1]",
    ])
    func nonPublic(_ literal: String) throws {
        let address = try #require(IPAddress(literal: literal))
        #expect(!address.isPublic)
    }

    @Test("globally routable addresses are public", arguments: ["8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])
    func isPublic(_ literal: String) throws {
        #expect(try #require(IPAddress(literal: literal)).isPublic)
    }

    @Test("host names are not IP literals")
    func hostNames() {
        #expect(IPAddress(literal: "example.com") == nil)
        #expect(IPAddress(literal: "1.2.3") == nil)
        #expect(IPAddress(literal: "256.1.1.1") == nil)
    }

    @Test("charset comes from the header, then meta charset, then http-equiv, else UTF-8 or Windows-1252")
    func charsetDetection() {
        #expect(Charset.detect(contentType: "text/html; charset=\"Shift_JIS\"", body: []).name == "shift_jis")
        #expect(Charset.detect(contentType: "text/html", body: Array("<meta charset='ISO-8859-1'>".utf8)) == .windows1252)
        #expect(Charset.detect(contentType: nil, body: Array("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=utf-8\">".utf8)) == .utf8)
        #expect(Charset.detect(contentType: nil, body: Array("plain ascii".utf8)) == .utf8)
        #expect(Charset.detect(contentType: nil, body: [0x63, 0x61, 0x66, 0xE9, 0x20, 0x20, 0x20, 0x20, 0x20]) == .windows1252)
        #expect(Charset.detect(contentType: "text/html; charset=no-such-charset", body: Array("<meta charset=utf-8>".utf8)) == .utf8)
    }

    @Test("Retry-After is read as seconds or an HTTP date; backoff doubles; long waits stop retrying")
    func retryPolicy() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryPolicy.parseRetryAfter("7") == .seconds(7))
        #expect(RetryPolicy.parseRetryAfter("Tue, 14 Nov 2023 22:13:40 GMT", now: now) == .seconds(20))
        let policy = RetryPolicy(maxAttempts: 3, initialDelay: .milliseconds(100), maximumDelay: .seconds(5))
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil) == .milliseconds(100))
        #expect(policy.delay(afterAttempt: 2, retryAfter: nil) == .milliseconds(200))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil) == nil)
        #expect(policy.delay(afterAttempt: 1, retryAfter: "2") == .seconds(2))
        #expect(policy.delay(afterAttempt: 1, retryAfter: "60") == nil)
        #expect(RetryPolicy.isRetryable(status: 429) && RetryPolicy.isRetryable(status: 503) && !RetryPolicy.isRetryable(status: 404))
    }

    @Test("the sliding window grants up to the limit, then says how long to wait")
    func slidingWindow() {
        let start = ContinuousClock.now
        var window = SlidingWindow<ContinuousClock.Instant>(limit: 2, window: .seconds(60))
        #expect(window.reserve(at: start) == nil)
        #expect(window.reserve(at: start + .seconds(10)) == nil)
        #expect(window.reserve(at: start + .seconds(20)) == .seconds(40))
        #expect(window.reserve(at: start + .seconds(60)) == nil)
        #expect(window.reserve(at: start + .seconds(61)) == .seconds(9))
    }

    @Test("a rate-limited caller waits and can be cancelled while waiting")
    func rateLimiterCancellation() async throws {
        let limiter = RateLimiter(limit: 1, per: .seconds(3600))
        try await limiter.acquire()
        let waiting = Task { try await limiter.acquire() }
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
    }

    @Test("cached values expire after the TTL and the cache stays bounded")
    func ttlCache() {
        let cache = TTLCache<String, Int>(timeToLive: .seconds(10), capacity: 2)
        let start = ContinuousClock.now
        cache.insert(1, for: "a", now: start)
        #expect(cache.value(for: "a", now: start + .seconds(9)) == 1)
        #expect(cache.value(for: "a", now: start + .seconds(10)) == nil)
        cache.insert(1, for: "a", now: start)
        cache.insert(2, for: "b", now: start + .seconds(1))
        cache.insert(3, for: "c", now: start + .seconds(2))
        #expect(cache.count == 2)
        #expect(cache.value(for: "a", now: start + .seconds(2)) == nil)
        #expect(cache.value(for: "c", now: start + .seconds(2)) == 3)
    }
}
