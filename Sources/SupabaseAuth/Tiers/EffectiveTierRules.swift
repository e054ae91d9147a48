import Foundation

/// The app's effective-tier precedence, for databases without the `v_profiles_effective_tier` view.
///
/// In order (as the mobile app and the view resolve it):
/// 1. an active temporary tier that has not expired;
/// 2. a day pass (`subscription_plan_type = 'daypass'`) gives its tier only until `subscription_expires_at`;
/// 3. a subscription whose status is neither active, grace period nor unset counts as free;
/// 4. otherwise `subscription_tier`.
/// A welcome bonus keeps the user on free, so it does not change the tier.
public enum EffectiveTierRules {
    /// Subscription statuses under which the stored tier applies (`nil` = never set, as for legacy rows).
    static let payingStatuses: Set<String> = ["active", "grace_period"]

    public static func tier(of profile: ProfileTierFacts, now: Date) -> SubscriptionTier {
        if profile.temporaryTierActive, let temporary = profile.temporaryTier, !temporary.isEmpty,
           profile.temporaryTierExpiresAt.map({ $0 > now }) ?? true {
            return SubscriptionTier(label: temporary)
        }
        if profile.subscriptionPlanType?.lowercased() == "daypass" {
            guard let expiry = profile.subscriptionExpiresAt, expiry > now else { return .free }
            return SubscriptionTier(label: profile.subscriptionTier)
        }
        if let status = profile.subscriptionStatus?.lowercased(), !payingStatuses.contains(status) {
            return .free
        }
        return SubscriptionTier(label: profile.subscriptionTier)
    }
}
