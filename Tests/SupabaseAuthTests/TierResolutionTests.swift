import AsyncHTTPClient
import Foundation
import Logging
import SupabaseTesting
import Synchronization
import TestSupport
import Testing
@testable import SupabaseAuth

@Suite("Effective tier rules")
struct EffectiveTierRulesTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("an active temporary tier wins until it expires")
    func temporary() {
        let trial = ProfileTierFacts(subscriptionTier: "free", temporaryTierActive: true, temporaryTier: "elite", temporaryTierExpiresAt: now + 60)
        #expect(EffectiveTierRules.tier(of: trial, now: now) == .elite)
        #expect(EffectiveTierRules.tier(of: trial, now: now + 120) == .free)
    }

    @Test("a day pass gives its tier only until it expires")
    func dayPass() {
        let pass = ProfileTierFacts(subscriptionTier: "pro", subscriptionStatus: "active", subscriptionPlanType: "daypass", subscriptionExpiresAt: now + 3600)
        #expect(EffectiveTierRules.tier(of: pass, now: now) == .pro)
        #expect(EffectiveTierRules.tier(of: pass, now: now + 7200) == .free)
    }

    @Test("a lapsed subscription is free; grace period and unset status keep the tier; unknown labels are free")
    func status() {
        #expect(EffectiveTierRules.tier(of: ProfileTierFacts(subscriptionTier: "pro", subscriptionStatus: "expired"), now: now) == .free)
        #expect(EffectiveTierRules.tier(of: ProfileTierFacts(subscriptionTier: "elite", subscriptionStatus: "grace_period"), now: now) == .elite)
        #expect(EffectiveTierRules.tier(of: ProfileTierFacts(subscriptionTier: "pro"), now: now) == .pro)
        #expect(EffectiveTierRules.tier(of: ProfileTierFacts(subscriptionTier: "platinum"), now: now) == .free)
    }
}

@Suite("Tier resolution and authentication against the database", .enabled(if: ExternalService.postgres.shouldRun))
struct TierResolutionTests {
    static let expected: [(String, SubscriptionTier)] = [
        ("00000000-0000-4000-8000-000000000001", .free), ("00000000-0000-4000-8000-000000000002", .pro),
        ("00000000-0000-4000-8000-000000000003", .elite), ("00000000-0000-4000-8000-000000000004", .elite),
        ("00000000-0000-4000-8000-000000000005", .free), ("00000000-0000-4000-8000-000000000006", .free),
        ("00000000-0000-4000-8000-000000000007", .pro), ("00000000-0000-4000-8000-000000000008", .elite),
        ("00000000-0000-4000-8000-000000000009", .free), ("00000000-0000-4000-8000-0000000000aa", .free),
        ("not-a-uuid", .free),
    ]

    @Test("the view's effective_tier decides, when the view exists")
    func withView() async throws {
        try await withSupabaseTestDatabase { fixture in
            let database = try SupabaseDatabase(url: fixture.url + "?sslmode=disable", logger: Logger(label: "t"))
            let resolver = TierResolver(database: database)
            for (user, tier) in Self.expected {
                #expect(try await resolver.tier(forUserID: user) == tier, "\(user)")
            }
            await database.close()
        }
    }

    @Test("without the view the profile columns go through the effective tier rules")
    func withoutView() async throws {
        try await withSupabaseTestDatabase(extraSQL: "DROP VIEW v_profiles_effective_tier;") { fixture in
            let database = try SupabaseDatabase(url: fixture.url + "?sslmode=disable", logger: Logger(label: "t"))
            let resolver = TierResolver(database: database)
            for (user, tier) in Self.expected {
                #expect(try await resolver.tier(forUserID: user) == tier, "\(user)")
            }
            await database.close()
        }
    }

    @Test("tiers are cached briefly: a plan change shows up once the entry expires")
    func cache() async throws {
        try await withSupabaseTestDatabase { fixture in
            let database = try SupabaseDatabase(url: fixture.url + "?sslmode=disable", logger: Logger(label: "t"))
            let clock = Mutex(Date())
            let resolver = TierResolver(database: database, cacheTTLSeconds: 60, now: { clock.withLock { $0 } })
            let user = "00000000-0000-4000-8000-000000000001"
            #expect(try await resolver.tier(forUserID: user) == .free)
            try await fixture.execute("UPDATE profiles SET subscription_tier = 'pro', subscription_status = 'active' WHERE id = '\(user)'")
            #expect(try await resolver.tier(forUserID: user) == .free)
            clock.withLock { $0 += 61 }
            #expect(try await resolver.tier(forUserID: user) == .pro)
            await database.close()
        }
    }

    @Test("the authenticator returns the token's subject with the tier from the database, nothing the client claims")
    func authenticator() async throws {
        try await withSupabaseTestDatabase { fixture in
            let minter = SupabaseTokenMinter()
            let database = try SupabaseDatabase(url: fixture.url + "?sslmode=disable", logger: Logger(label: "t"))
            let authenticator = SupabaseAuthenticator(
                verifier: await SupabaseTokenVerifier(
                    configuration: SupabaseAuthConfiguration(jwtSecret: minter.secret, issuer: minter.issuer), httpClient: .shared),
                tiers: TierResolver(database: database)
            )
            let elite = try await minter.hs256(minter.claims(userID: "00000000-0000-4000-8000-000000000003"))
            let caller = try await authenticator.authenticate(authorization: "Bearer \(elite)")
            #expect(caller.userID == "00000000-0000-4000-8000-000000000003" && caller.tier == .elite)
            #expect(caller.attributes == ["tier": "elite"])

            // A free user whose token carries extra claims about their plan is still free.
            var claims = minter.claims(userID: "00000000-0000-4000-8000-000000000001")
            claims.role = "service_role"
            let free = try await minter.hs256(claims)
            #expect(try await authenticator.authenticate(authorization: "Bearer \(free)").tier == .free)

            await #expect(throws: SupabaseAuthError.missingToken) { try await authenticator.authenticate(authorization: nil) }
            await database.close()
            // The database gone: the tier cannot be read, which is the server's failure.
            let another = try await minter.hs256(minter.claims(userID: "00000000-0000-4000-8000-000000000002"))
            do throws(SupabaseAuthError) {
                _ = try await authenticator.authenticate(authorization: "Bearer \(another)")
                Issue.record("expected a failure")
            } catch {
                #expect(error.isServerFailure)
            }
        }
    }
}
