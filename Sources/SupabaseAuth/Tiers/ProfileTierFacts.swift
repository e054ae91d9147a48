import Foundation

/// The columns of `profiles` that decide a user's effective tier (see ``EffectiveTierRules``).
public struct ProfileTierFacts: Sendable, Hashable {
    public var subscriptionTier: String?
    public var subscriptionStatus: String?
    public var subscriptionPlanType: String?
    public var subscriptionExpiresAt: Date?
    public var temporaryTierActive: Bool
    public var temporaryTier: String?
    public var temporaryTierExpiresAt: Date?

    public init(
        subscriptionTier: String? = nil,
        subscriptionStatus: String? = nil,
        subscriptionPlanType: String? = nil,
        subscriptionExpiresAt: Date? = nil,
        temporaryTierActive: Bool = false,
        temporaryTier: String? = nil,
        temporaryTierExpiresAt: Date? = nil
    ) {
        self.subscriptionTier = subscriptionTier
        self.subscriptionStatus = subscriptionStatus
        self.subscriptionPlanType = subscriptionPlanType
        self.subscriptionExpiresAt = subscriptionExpiresAt
        self.temporaryTierActive = temporaryTierActive
        self.temporaryTier = temporaryTier
        self.temporaryTierExpiresAt = temporaryTierExpiresAt
    }
}
