import Foundation

/// A caller proven by a Supabase access token, with the tier the server derived for them.
public struct VerifiedCaller: Sendable, Hashable {
    /// The token's `sub`: scope every store call to it.
    public var userID: String
    public var tier: SubscriptionTier
    public var email: String?

    /// Attributes for the request context and tool callers (`"tier": "pro"`); nothing the client sent.
    public var attributes: [String: String] { ["tier": tier.rawValue] }
}

/// Turns an `Authorization` header into a ``VerifiedCaller``, for the ChatKit endpoint's identification hook.
///
/// Only the verified token decides who the caller is, and only the database decides their tier: headers or
/// body fields that claim a user id or tier are never read. Wiring into `ChatKitRoutes`:
/// ```swift
/// let identify: RequestIdentifier = { request in
///     do throws(SupabaseAuthError) {   // typed catch: `error` is a SupabaseAuthError
///         let caller = try await authenticator.authenticate(authorization: request.headers[.authorization])
///         return ChatKit.RequestContext(userID: caller.userID, attributes: caller.attributes)
///     } catch {
///         throw ChatKitHTTPError(status: .init(code: error.httpStatus), code: error.code, message: error.description)
///     }
/// }
/// ```
public struct SupabaseAuthenticator: Sendable {
    public let verifier: SupabaseTokenVerifier
    public let tiers: TierResolver

    public init(verifier: SupabaseTokenVerifier, tiers: TierResolver) {
        self.verifier = verifier
        self.tiers = tiers
    }

    /// Verifies the bearer token of an `Authorization` header value and resolves the caller's tier.
    public func authenticate(authorization: String?) async throws(SupabaseAuthError) -> VerifiedCaller {
        let token = try Self.bearerToken(from: authorization)
        let verified = try await verifier.verify(token)
        let tier: SubscriptionTier
        do {
            tier = try await tiers.tier(forUserID: verified.userID)
        } catch {
            throw .tierUnavailable(String(describing: error))
        }
        return VerifiedCaller(userID: verified.userID, tier: tier, email: verified.email)
    }

    /// The token of `Bearer <token>` (scheme case-insensitive).
    static func bearerToken(from authorization: String?) throws(SupabaseAuthError) -> String {
        guard let authorization = authorization?.trimmingCharacters(in: .whitespaces), !authorization.isEmpty else {
            throw .missingToken
        }
        let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw .missingToken }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { throw .missingToken }
        return token
    }
}
