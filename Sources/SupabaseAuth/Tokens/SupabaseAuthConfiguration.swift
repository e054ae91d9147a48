import Foundation

/// How access tokens are verified: which keys, audience and issuer.
public struct SupabaseAuthConfiguration: Sendable, Hashable {
    /// The project's JWT secret, for HS256 tokens (`SUPABASE_JWT_SECRET`).
    public var jwtSecret: String?
    /// The project's JWKS, for asymmetric tokens (`SUPABASE_JWKS_URL`, usually
    /// `https://<ref>.supabase.co/auth/v1/.well-known/jwks.json`).
    public var jwksURL: String?
    /// The required `iss`; `nil` skips the check (only when `SUPABASE_URL` is unset).
    public var issuer: String?
    /// The required audience: Supabase user tokens carry `authenticated`.
    public var audience: String
    /// Clock skew tolerated on `exp` and `nbf`.
    public var leewaySeconds: TimeInterval
    /// The least time between two JWKS fetches triggered by unknown `kid`s (stops key-id spraying).
    public var jwksMinimumRefreshInterval: TimeInterval
    /// How long a fetched JWKS is trusted before it is fetched again (revoked keys stop working).
    public var jwksMaximumAge: TimeInterval

    public init(
        jwtSecret: String? = nil,
        jwksURL: String? = nil,
        issuer: String? = nil,
        audience: String = "authenticated",
        leewaySeconds: TimeInterval = 30,
        jwksMinimumRefreshInterval: TimeInterval = 30,
        jwksMaximumAge: TimeInterval = 600
    ) {
        self.jwtSecret = jwtSecret
        self.jwksURL = jwksURL
        self.issuer = issuer
        self.audience = audience
        self.leewaySeconds = leewaySeconds
        self.jwksMinimumRefreshInterval = jwksMinimumRefreshInterval
        self.jwksMaximumAge = jwksMaximumAge
    }

    /// Reads `SUPABASE_JWT_SECRET`, `SUPABASE_JWKS_URL` and `SUPABASE_URL`; `nil` when neither key source
    /// is set, meaning authentication is not configured.
    public static func fromEnvironment(_ environment: [String: String]) -> SupabaseAuthConfiguration? {
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            return text
        }
        let secret = value("SUPABASE_JWT_SECRET")
        let jwks = value("SUPABASE_JWKS_URL")
        guard secret != nil || jwks != nil else { return nil }
        return SupabaseAuthConfiguration(jwtSecret: secret, jwksURL: jwks, issuer: value("SUPABASE_URL").map(issuer(forProjectURL:)))
    }

    /// `https://<ref>.supabase.co` → `https://<ref>.supabase.co/auth/v1`.
    public static func issuer(forProjectURL url: String) -> String {
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/auth/v1"
    }
}
