import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// GETs URLs for tools over the app's shared `HTTPClient`, with the safety a scraper needs.
///
/// - One deadline for the whole fetch; bodies streamed and cut at a size cap.
/// - Redirects followed here, not by the client, so every hop is checked and counted.
/// - 429/5xx retried with exponential backoff, honouring `Retry-After` (``RetryPolicy``).
/// - ``FetchTarget/publicWeb`` URLs: `http(s)` only, and the host must resolve to public addresses
///   only. The connection is then pinned to the checked address (a one-request client with a DNS
///   override on the shared event loops), so a DNS answer that changes between the check and the
///   connect (rebinding) cannot reach a private address.
///
/// The shared client must have redirects disabled and decompression enabled (the app's is
/// configured so; see `withToolbox`): the fetcher sends `Accept-Encoding: gzip, deflate`.
public struct HTTPFetcher: Sendable {
    public static let defaultUserAgent = "Mozilla/5.0 (compatible; ProfessorLock/1.0; +https://github.com/professor-lock)"

    private let client: HTTPClient
    private let addressPolicy: AddressPolicy
    private let resolver: HostResolver
    private let userAgent: String
    private let logger: Logger

    /// - Parameter addressPolicy: which addresses ``FetchTarget/publicWeb`` URLs may reach
    ///   (``AddressPolicy/any`` for `WEB_SEARCH_ALLOW_PRIVATE=1`).
    public init(
        client: HTTPClient,
        addressPolicy: AddressPolicy = .publicOnly,
        resolver: HostResolver = HostResolver(),
        userAgent: String = HTTPFetcher.defaultUserAgent,
        logger: Logger = Logger(label: "HTTPFetcher", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.client = client
        self.addressPolicy = addressPolicy
        self.resolver = resolver
        self.userAgent = userAgent
        self.logger = logger
    }

    /// Fetches `url` and returns its 2xx response.
    /// - Throws: ``HTTPFetchError`` saying what failed, or `CancellationError`.
    public func get(_ url: String, target: FetchTarget = .publicWeb, options: FetchOptions = FetchOptions()) async throws -> FetchedResponse {
        let start = ContinuousClock.now
        let deadline = start + options.timeout
        let timeoutSeconds = Double(options.timeout.components.seconds) + Double(options.timeout.components.attoseconds) / 1e18
        var current = try Self.checkedURL(url)
        var redirects = 0
        var attempt = 1
        while true {
            try Task.checkCancellation()
            guard ContinuousClock.now < deadline else { throw HTTPFetchError.timeout(url: current.absoluteString, seconds: timeoutSeconds) }
            let hop: Hop
            do {
                hop = try await send(current, target: target, options: options, deadline: deadline)
            } catch let error as HTTPFetchError {
                throw error
            } catch {
                throw Self.translate(error, url: current.absoluteString, timeoutSeconds: timeoutSeconds)
            }

            if [301, 302, 303, 307, 308].contains(hop.status) {
                guard let location = hop.headers["location"], let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                    throw HTTPFetchError.badRedirect(url: current.absoluteString, problem: "HTTP \(hop.status) redirect without a usable Location header")
                }
                redirects += 1
                guard redirects <= options.maxRedirects else {
                    throw HTTPFetchError.badRedirect(url: url, problem: "more than \(options.maxRedirects) redirects")
                }
                current = try Self.checkedURL(next.absoluteString)
                attempt = 1
                continue
            }
            if RetryPolicy.isRetryable(status: hop.status),
               let delay = options.retry.delay(afterAttempt: attempt, retryAfter: hop.headers["retry-after"]),
               ContinuousClock.now + delay < deadline {
                logger.debug("retrying after HTTP \(hop.status)", metadata: ["url": "\(current.absoluteString)", "attempt": "\(attempt)"])
                try await Task.sleep(for: delay)
                attempt += 1
                continue
            }
            guard (200..<300).contains(hop.status) else {
                throw HTTPFetchError.status(url: current.absoluteString, code: hop.status, reason: hop.reason)
            }
            return FetchedResponse(url: current.absoluteString, status: hop.status, headers: hop.headers, body: hop.body)
        }
    }

    // MARK: One request

    private struct Hop {
        var status: Int
        var reason: String
        var headers: [String: String]
        var body: [UInt8]
    }

    private func send(_ url: URL, target: FetchTarget, options: FetchOptions, deadline: ContinuousClock.Instant) async throws -> Hop {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: userAgent)
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if options.headers.keys.contains(where: { $0.lowercased() == "accept" }) == false {
            request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
        }
        for (name, value) in options.headers.sorted(by: { $0.key < $1.key }) { request.headers.replaceOrAdd(name: name, value: value) }
        let nioDeadline = NIODeadline.now() + TimeAmount.nanoseconds(Self.nanoseconds(ContinuousClock.now.duration(to: deadline)))

        guard target == .publicWeb, addressPolicy.checksAddresses else {
            return try await exchange(request, on: client, url: url, cap: options.maxBodyBytes, deadline: nioDeadline)
        }
        let host = url.host ?? ""
        let addresses: [IPAddress]
        do {
            addresses = try await resolver.addresses(of: host)
        } catch let failure as HostResolver.Failure {
            throw HTTPFetchError.cannotResolve(url: url.absoluteString, host: host, reason: failure.description)
        }
        if let blocked = addresses.first(where: { !addressPolicy.allows($0) }) {
            throw HTTPFetchError.blockedAddress(url: url.absoluteString, host: host, address: blocked.description)
        }
        if IPAddress(literal: host) != nil {
            return try await exchange(request, on: client, url: url, cap: options.maxBodyBytes, deadline: nioDeadline)
        }
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: .seconds(30)),
            decompression: .enabled(limit: .ratio(50))
        )
        let pinnedAddress = addresses.first { if case .v4 = $0 { true } else { false } } ?? addresses[0]
        configuration.dnsOverride = [host: pinnedAddress.description]
        let pinned = HTTPClient(eventLoopGroup: client.eventLoopGroup, configuration: configuration)
        do {
            let hop = try await exchange(request, on: pinned, url: url, cap: options.maxBodyBytes, deadline: nioDeadline)
            try? await pinned.shutdown()
            return hop
        } catch {
            try? await pinned.shutdown()
            throw error
        }
    }

    private func exchange(_ request: HTTPClientRequest, on client: HTTPClient, url: URL, cap: Int, deadline: NIODeadline) async throws -> Hop {
        let response = try await client.execute(request, deadline: deadline, logger: logger)
        var headers: [String: String] = [:]
        for header in response.headers {
            let name = header.name.lowercased()
            headers[name] = headers[name].map { "\($0), \(header.value)" } ?? header.value
        }
        let status = Int(response.status.code)
        var body: [UInt8] = []
        if (200..<300).contains(status) {
            if let length = headers["content-length"].flatMap(Int.init), length > cap {
                throw HTTPFetchError.tooLarge(url: url.absoluteString, limitBytes: cap)
            }
            for try await chunk in response.body {
                guard body.count + chunk.readableBytes <= cap else {
                    throw HTTPFetchError.tooLarge(url: url.absoluteString, limitBytes: cap)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
        } else {
            // Drain a little so a small error body does not cost the connection; drop the rest.
            var drained = 0
            for try await chunk in response.body {
                drained += chunk.readableBytes
                if drained > 65_536 { break }
            }
        }
        return Hop(status: status, reason: response.status.reasonPhrase, headers: headers, body: body)
    }

    // MARK: Helpers

    static func checkedURL(_ text: String) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { throw HTTPFetchError.invalidURL(text) }
        guard scheme == "http" || scheme == "https" else { throw HTTPFetchError.unsupportedScheme(url: text, scheme: scheme) }
        guard let host = url.host, !host.isEmpty else { throw HTTPFetchError.invalidURL(text) }
        return url
    }

    private static func translate(_ error: any Error, url: String, timeoutSeconds: Double) -> any Error {
        if error is CancellationError { return error }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
                return HTTPFetchError.timeout(url: url, seconds: timeoutSeconds)
            case .cancelled:
                return CancellationError()
            default:
                return HTTPFetchError.transport(url: url, message: String(describing: error))
            }
        }
        return HTTPFetchError.transport(url: url, message: String(describing: error))
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        max(0, duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }
}
