import AsyncHTTPClient
import Foundation
import SupabaseTesting
import Synchronization
import TestSupport
import Testing
@testable import SupabaseAuth

@Suite("Supabase access token verification (JWKS)")
struct JWKSVerificationTests {
    let minter = SupabaseTokenMinter(kids: ["key-1", "key-2", "key-3"])
    let user = "00000000-0000-4000-8000-000000000003"

    /// The kids the fixture server publishes, changed by the test to rotate keys.
    final class PublishedKeys: Sendable {
        private let kids: Mutex<[String]>
        init(_ kids: [String]) { self.kids = Mutex(kids) }
        var current: [String] { kids.withLock { $0 } }
        func publish(_ new: [String]) { kids.withLock { $0 = new } }
    }

    /// Serves the JWKS of whichever kids `published` holds at the time of the request.
    func withJWKS<Result: Sendable>(
        _ published: PublishedKeys, status: Int = 200,
        _ body: (FixtureHTTPServer, String) async throws -> Result
    ) async throws -> Result {
        let minter = minter
        return try await withFixtureHTTPServer({ request in
            guard request.path == "/auth/v1/.well-known/jwks.json" else { return .status(404) }
            return status == 200 ? .json(minter.jwksJSON(kids: published.current)) : .status(status)
        }) { server in
            try await body(server, server.baseURL + "/auth/v1/.well-known/jwks.json")
        }
    }

    func verifier(_ url: String, minimumRefresh: TimeInterval = 0, maximumAge: TimeInterval = 600) async -> SupabaseTokenVerifier {
        await SupabaseTokenVerifier(
            configuration: SupabaseAuthConfiguration(
                jwksURL: url, issuer: minter.issuer, jwksMinimumRefreshInterval: minimumRefresh, jwksMaximumAge: maximumAge),
            httpClient: .shared
        )
    }

    @Test("an ES256 token verifies against the published key, fetched once and cached")
    func valid() async throws {
        let published = PublishedKeys(["key-1"])
        try await withJWKS(published) { server, url in
            let verifier = await verifier(url)
            let token = try await minter.es256(minter.claims(userID: user), kid: "key-1")
            #expect(try await verifier.verify(token).userID == user)
            #expect(try await verifier.verify(token).userID == user)
            #expect(server.requests.count == 1)
        }
    }

    @Test("a token with a new kid triggers a refresh and verifies after rotation; retired keys stop working")
    func rotation() async throws {
        let published = PublishedKeys(["key-1"])
        try await withJWKS(published) { server, url in
            let verifier = await verifier(url, maximumAge: 0)
            let old = try await minter.es256(minter.claims(userID: user), kid: "key-1")
            #expect(try await verifier.verify(old).userID == user)

            published.publish(["key-1", "key-2"])
            let new = try await minter.es256(minter.claims(userID: user), kid: "key-2")
            #expect(try await verifier.verify(new).userID == user)

            published.publish(["key-2"])
            await #expect(throws: SupabaseAuthError.unknownSigningKey(kid: "key-1")) { try await verifier.verify(old) }
            #expect(server.requests.count >= 3)
        }
    }

    @Test("unknown kids refresh at most once per minimum interval")
    func refreshRateLimited() async throws {
        let published = PublishedKeys(["key-1"])
        try await withJWKS(published) { server, url in
            let verifier = await verifier(url, minimumRefresh: 3600)
            _ = try await verifier.verify(try await minter.es256(minter.claims(userID: user), kid: "key-1"))
            for kid in ["key-2", "key-3", "key-2"] {
                let token = try await minter.es256(minter.claims(userID: user), kid: kid)
                await #expect(throws: SupabaseAuthError.unknownSigningKey(kid: kid)) { try await verifier.verify(token) }
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test("a token signed by an unpublished key with a published kid is a bad signature")
    func wrongKeySameKid() async throws {
        let published = PublishedKeys(["key-1"])
        try await withJWKS(published) { _, url in
            let impostor = SupabaseTokenMinter(kids: ["key-1"])
            let token = try await impostor.es256(impostor.claims(userID: user, issuer: minter.issuer), kid: "key-1")
            await #expect(throws: SupabaseAuthError.invalidSignature) { try await verifier(url).verify(token) }
        }
    }

    @Test("an unreachable or failing JWKS endpoint is a server failure, not a 401")
    func keySetUnavailable() async throws {
        try await withJWKS(PublishedKeys(["key-1"]), status: 500) { _, url in
            let token = try await minter.es256(minter.claims(userID: user), kid: "key-1")
            let verifier = await verifier(url)
            do throws(SupabaseAuthError) {
                _ = try await verifier.verify(token)
                Issue.record("expected a failure")
            } catch {
                #expect(error.isServerFailure)
            }
        }
    }

    @Test("an asymmetric token claiming HS256 is never checked against the public key")
    func algorithmConfusion() async throws {
        let published = PublishedKeys(["key-1"])
        try await withJWKS(published) { _, url in
            let publicKeyAsSecret = minter.jwksJSON(kids: ["key-1"])
            let token = try await minter.hs256(minter.claims(userID: user), secret: publicKeyAsSecret)
            await #expect(throws: SupabaseAuthError.unsupportedAlgorithm("HS256")) { try await verifier(url).verify(token) }
        }
    }
}
