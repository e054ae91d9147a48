import AsyncHTTPClient
import Foundation
import JWTKit
import NIOCore
import NIOHTTP1

/// The project's published signing keys (JWKS), fetched over HTTP and cached.
///
/// A token whose `kid` is unknown triggers one refresh (Supabase rotates keys by publishing the new one
/// first), at most once per `minimumRefreshInterval`; a key set older than `maximumAge` is refetched so
/// revoked keys stop verifying. Concurrent callers share one fetch in flight.
actor JSONWebKeySet {
    private let url: String
    private let httpClient: HTTPClient
    private let minimumRefreshInterval: TimeInterval
    private let maximumAge: TimeInterval
    private let now: @Sendable () -> Date

    private var keys = JWTKeyCollection()
    private var kids: Set<String> = []
    private var fetchedAt: Date?
    private var lastAttempt: Date?
    private var isFetching = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var lastFailure: String?

    /// The most bytes read from the JWKS endpoint.
    static let maximumBodySize = 1 << 20

    init(url: String, httpClient: HTTPClient, minimumRefreshInterval: TimeInterval, maximumAge: TimeInterval, now: @escaping @Sendable () -> Date) {
        self.url = url
        self.httpClient = httpClient
        self.minimumRefreshInterval = minimumRefreshInterval
        self.maximumAge = maximumAge
        self.now = now
    }

    /// The keys, guaranteed to contain `kid`.
    func keys(containing kid: String) async throws(SupabaseAuthError) -> JWTKeyCollection {
        let now = now()
        let stale = fetchedAt.map { now.timeIntervalSince($0) >= maximumAge } ?? true
        if kids.contains(kid) && !stale { return keys }
        let mayRefresh = lastAttempt.map { now.timeIntervalSince($0) >= minimumRefreshInterval } ?? true
        if mayRefresh || isFetching {
            await refresh()
        }
        if kids.contains(kid) { return keys }
        if fetchedAt == nil, let lastFailure { throw .keySetUnavailable(lastFailure) }
        throw .unknownSigningKey(kid: kid)
    }

    /// Fetches the key set, or waits for the fetch already in flight. A failed fetch keeps the old keys.
    private func refresh() async {
        if isFetching {
            await withCheckedContinuation { waiters.append($0) }
            return
        }
        isFetching = true
        lastAttempt = now()
        do {
            let (collection, identifiers) = try await fetch()
            keys = collection
            kids = identifiers
            fetchedAt = now()
            lastFailure = nil
        } catch {
            lastFailure = String(describing: error)
        }
        isFetching = false
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume() }
    }

    private func fetch() async throws -> (JWTKeyCollection, Set<String>) {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "accept", value: "application/json")
        let response = try await httpClient.execute(request, timeout: .seconds(10))
        guard response.status == .ok else { throw FetchFailure("GET \(url) answered \(response.status.code)") }
        let body = try await response.body.collect(upTo: Self.maximumBodySize)
        let set: JWKS
        do {
            set = try JSONDecoder().decode(JWKS.self, from: Data(body.readableBytesView))
        } catch {
            throw FetchFailure("\(url) is not a JWKS document")
        }
        let collection = JWTKeyCollection()
        var identifiers: Set<String> = []
        for key in set.keys {
            // Keys without an id cannot be selected safely; symmetric or unsupported keys are skipped.
            guard let kid = key.keyIdentifier?.string, (try? await collection.add(jwk: key)) != nil else { continue }
            identifiers.insert(kid)
        }
        return (collection, identifiers)
    }

    private struct FetchFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
