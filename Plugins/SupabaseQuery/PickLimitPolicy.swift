import SupabaseAuth

/// How many picks each caller may see, enforced in the tool rather than trusted to the prompt.
struct PickLimitPolicy: Sendable, Hashable {
    /// Picks a free user may see per query (the mobile app's chat `maxPicks` is 2).
    var freePickLimit: Int

    /// The most picks for `tier`; `nil` means no tier limit (paid plans, or the operator).
    func limit(for tier: SubscriptionTier?) -> Int? {
        tier == .free ? freePickLimit : nil
    }

    func note(shown: Int) -> String {
        "Free plan: showing \(shown) pick\(shown == 1 ? "" : "s"). More picks are available on Pro."
    }
}
