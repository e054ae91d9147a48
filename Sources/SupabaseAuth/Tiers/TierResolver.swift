import Foundation
import PostgresNIO

/// Looks up a user's effective tier in the database, on the server, and caches it briefly.
///
/// Used by the authenticator (every verified request) and by `supabase_query` (a caller without a
/// `tier` attribute, e.g. `tools call --user-id`), so both apply the same rules. When the database has
/// the `v_profiles_effective_tier` view its `effective_tier` is authoritative; otherwise the columns of
/// `profiles` go through ``EffectiveTierRules``. A user without a profile is `free`.
public actor TierResolver {
    private struct Entry {
        let tier: SubscriptionTier
        let expires: Date
    }

    /// Most cached users; past it, expired entries are dropped (and, if still full, everything).
    static let cacheCapacity = 10_000

    private let database: SupabaseDatabase
    private let cacheTTL: TimeInterval
    private let statementTimeoutMilliseconds: Int
    private let now: @Sendable () -> Date
    private var cache: [String: Entry] = [:]
    private var hasView: Bool?

    /// - Parameters:
    ///   - cacheTTLSeconds: how long a resolved tier is reused (a plan change shows up within this time).
    ///   - now: the clock (tests move it).
    public init(
        database: SupabaseDatabase,
        cacheTTLSeconds: TimeInterval = 60,
        statementTimeoutMilliseconds: Int = 2_000,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.database = database
        self.cacheTTL = cacheTTLSeconds
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        self.now = now
    }

    /// The effective tier of `userID` (a Supabase user id, `auth.users.id`).
    public func tier(forUserID userID: String) async throws -> SubscriptionTier {
        let now = now()
        if let entry = cache[userID], entry.expires > now { return entry.tier }
        let tier = try await lookUp(userID, now: now)
        remember(tier, for: userID, now: now)
        return tier
    }

    /// Forgets cached tiers (after a purchase webhook, for instance).
    public func invalidate(userID: String? = nil) {
        if let userID { cache[userID] = nil } else { cache = [:] }
    }

    private func lookUp(_ userID: String, now: Date) async throws -> SubscriptionTier {
        // `profiles.id` is a uuid; anything else cannot have a profile.
        guard let id = UUID(uuidString: userID) else { return .free }
        let knownView = hasView
        let (tier, viewExists) = try await database.readOnly(statementTimeoutMilliseconds: statementTimeoutMilliseconds) { transaction in
            let viewExists: Bool
            if let knownView {
                viewExists = knownView
            } else {
                let rows = try await transaction.rows("SELECT to_regclass('v_profiles_effective_tier') IS NOT NULL", atMost: 1)
                viewExists = try rows.rows.first?.decode(Bool.self) ?? false
            }
            if viewExists {
                let rows = try await transaction.rows(
                    "SELECT effective_tier::text FROM v_profiles_effective_tier WHERE id = \(id)", atMost: 1)
                return (SubscriptionTier(label: try rows.rows.first?.decode(String?.self)), viewExists)
            }
            let rows = try await transaction.rows(
                """
                SELECT subscription_tier::text, subscription_status::text, subscription_plan_type::text, subscription_expires_at,
                       temporary_tier_active, temporary_tier::text, temporary_tier_expires_at
                FROM profiles WHERE id = \(id)
                """,
                atMost: 1
            )
            guard let row = rows.rows.first else { return (SubscriptionTier.free, viewExists) }
            let (tier, status, planType, expires, temporaryActive, temporaryTier, temporaryExpires) = try row.decode(
                (String?, String?, String?, Date?, Bool?, String?, Date?).self)
            let facts = ProfileTierFacts(
                subscriptionTier: tier, subscriptionStatus: status, subscriptionPlanType: planType,
                subscriptionExpiresAt: expires, temporaryTierActive: temporaryActive ?? false,
                temporaryTier: temporaryTier, temporaryTierExpiresAt: temporaryExpires
            )
            return (EffectiveTierRules.tier(of: facts, now: now), viewExists)
        }
        hasView = viewExists
        return tier
    }

    private func remember(_ tier: SubscriptionTier, for userID: String, now: Date) {
        if cache.count >= Self.cacheCapacity {
            cache = cache.filter { $0.value.expires > now }
            if cache.count >= Self.cacheCapacity { cache = [:] }
        }
        cache[userID] = Entry(tier: tier, expires: now.addingTimeInterval(cacheTTL))
    }
}
