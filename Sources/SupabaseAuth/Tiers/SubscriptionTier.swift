import Foundation

/// A user's plan, which decides how much the assistant may show them (`profiles.subscription_tier`).
public enum SubscriptionTier: String, Sendable, Hashable, CaseIterable, Codable {
    case free, pro, elite

    /// Reads a stored tier label; unknown, empty or missing labels are the least-privileged tier.
    public init(label: String?) {
        let cleaned = label?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        self = SubscriptionTier(rawValue: cleaned) ?? .free
    }
}
