import AsyncHTTPClient
import Synchronization
import Testing
import TestSupport
@testable import ToolSupport

@Suite("HTTPFetcher against a loopback server")
struct HTTPFetcherTests {
    static let loopback: AddressPolicy = .publicOr([IPAddress(literal: "127.0.0.1")!])

    @Test("gzip bodies arrive decompressed and decode with the page's charset")
    func gzip() async throws {
        let compressed = try fixtureBytes("WebSearch/article.html.gz")
        try await withFixtureHTTPServer({ request in
            #expect(request.headers["accept-encoding"]?.contains("gzip") == true)
            return .init(headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: compressed)
        }) { server in
            try await withToolHTTPClient { client in
                let response = try await HTTPFetcher(client: client, addressPolicy: .any).get(server.url("/article"))
                #expect(response.body == (try fixtureBytes("WebSearch/article.html")))
                #expect(response.text.contains("The Kansas City Chiefs released"))
            }
        }
    }

    @Test("a body over the size cap fails as too large without being held whole")
    func sizeCap() async throws {
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
        try await withFixtureHTTPServer({ _ in .init(headers: ["Content-Type": "text/html"], chunks: Array(repeating: chunk, count: 400)) }) { server in
            try await withToolHTTPClient { client in
                let url = server.url("/huge")
                await #expect(throws: HTTPFetchError.tooLarge(url: url, limitBytes: 1 << 20)) {
                    try await HTTPFetcher(client: client, addressPolicy: .any).get(url, options: FetchOptions(maxBodyBytes: 1 << 20))
                }
            }
        }
    }

    @Test("a page slower than the timeout fails as a timeout")
    func timeout() async throws {
        try await withFixtureHTTPServer({ _ in .html("<p>late</p>").delayed(by: .seconds(30)) }) { server in
            try await withToolHTTPClient { client in
                let url = server.url("/slow")
                await #expect(throws: HTTPFetchError.timeout(url: url, seconds: 0.3)) {
                    try await HTTPFetcher(client: client, addressPolicy: .any).get(url, options: FetchOptions(timeout: .milliseconds(300)))
                }
            }
        }
    }

    @Test("503 and 429 are retried, honouring Retry-After, until the page answers")
    func retries() async throws {
        let attempts = Counter()
        try await withFixtureHTTPServer({ _ in
            switch attempts.next() {
            case 1: .status(503)
            case 2: .status(429, headers: ["Retry-After": "0"])
            default: .html("<p>finally</p>")
            }
        }) { server in
            try await withToolHTTPClient { client in
                let options = FetchOptions(retry: RetryPolicy(maxAttempts: 3, initialDelay: .milliseconds(10)))
                let response = try await HTTPFetcher(client: client).get(server.url("/flaky"), target: .configuredService, options: options)
                #expect(response.text == "<p>finally</p>")
                #expect(server.requests.count == 3)
            }
        }
    }

    @Test("a 404 is reported with its status and not retried")
    func notFound() async throws {
        try await withFixtureHTTPServer({ _ in .status(404) }) { server in
            try await withToolHTTPClient { client in
                let url = server.url("/missing")
                await #expect(throws: HTTPFetchError.status(url: url, code: 404, reason: "Not Found")) {
                    try await HTTPFetcher(client: client).get(url, target: .configuredService)
                }
                #expect(server.requests.count == 1)
            }
        }
    }

    @Test("loopback and private hosts are blocked for open-web URLs, also when reached through DNS")
    func blocksPrivateAddresses() async throws {
        try await withFixtureHTTPServer({ _ in .html("<p>secret</p>") }) { server in
            try await withToolHTTPClient { client in
                let fetcher = HTTPFetcher(client: client)
                let port = try await server.port()
                await #expect(throws: HTTPFetchError.blockedAddress(url: server.url("/"), host: "127.0.0.1", address: "127.0.0.1")) {
                    try await fetcher.get(server.url("/"))
                }
                await #expect {
                    try await fetcher.get("http://localhost:\(port)/")
                } throws: { error in
                    guard case .blockedAddress(_, "localhost", _)? = error as? HTTPFetchError else { return false }
                    return true
                }
                #expect(server.requests.isEmpty)
            }
        }
    }

    @Test("a redirect to a private address is blocked before it is followed")
    func blocksRedirectToPrivateAddress() async throws {
        try await withFixtureHTTPServer({ _ in .redirect(to: "http://169.254.169.254/latest/meta-data/") }) { server in
            try await withToolHTTPClient { client in
                await #expect(throws: HTTPFetchError.blockedAddress(url: "http://169.254.169.254/latest/meta-data/", host: "169.254.169.254", address: "169.254.169.254")) {
                    try await HTTPFetcher(client: client, addressPolicy: Self.loopback).get(server.url("/go"))
                }
            }
        }
    }

    @Test("redirects are followed to the final page, which a pinned connection to a resolved host name serves")
    func followsRedirects() async throws {
        try await withFixtureHTTPServer({ request in
            request.path == "/final" ? .html("<h1>here</h1>") : .redirect(to: "/final", status: 301)
        }) { server in
            try await withToolHTTPClient { client in
                let port = try await server.port()
                let policy = AddressPolicy.publicOr([IPAddress(literal: "127.0.0.1")!, IPAddress(literal: "::1")!])
                let response = try await HTTPFetcher(client: client, addressPolicy: policy).get("http://localhost:\(port)/start")
                #expect(response.url == "http://localhost:\(port)/final")
                #expect(response.text == "<h1>here</h1>")
            }
        }
    }

    @Test("redirect loops stop at the limit; non-http schemes and bad URLs are refused")
    func badURLs() async throws {
        try await withFixtureHTTPServer({ _ in .redirect(to: "/again") }) { server in
            try await withToolHTTPClient { client in
                let fetcher = HTTPFetcher(client: client, addressPolicy: .any)
                await #expect(throws: HTTPFetchError.badRedirect(url: server.url("/loop"), problem: "more than 2 redirects")) {
                    try await fetcher.get(server.url("/loop"), options: FetchOptions(maxRedirects: 2))
                }
                await #expect(throws: HTTPFetchError.unsupportedScheme(url: "file:///etc/passwd", scheme: "file")) {
                    try await fetcher.get("file:///etc/passwd")
                }
                await #expect(throws: HTTPFetchError.invalidURL("not a url")) { try await fetcher.get("not a url") }
            }
        }
    }
}

/// Counts calls from concurrent handlers.
final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
}

extension FixtureHTTPServer.Response {
    func delayed(by delay: Duration) -> Self {
        var copy = self
        copy.delay = delay
        return copy
    }
}
