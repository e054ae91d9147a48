import Foundation
import JWTKit

/// Mints Supabase-shaped access tokens for tests: HS256 with a project secret, or ES256 with key pairs
/// published as a JWKS document (serve ``jwksJSON(kids:)`` from a loopback server to test rotation).
public struct SupabaseTokenMinter: Sendable {
    /// The HS256 project secret (`SUPABASE_JWT_SECRET`).
    public let secret: String
    /// `${SUPABASE_URL}/auth/v1`, the issuer the minted tokens carry by default.
    public let issuer: String
    private let ecdsaKeys: [String: ES256PrivateKey]

    /// - Parameter kids: ids of ES256 key pairs to generate (rotation tests publish them one at a time).
    public init(secret: String = "super-secret-jwt-token-with-at-least-32-characters", projectURL: String = "https://test-project.supabase.co", kids: [String] = ["key-1", "key-2"]) {
        self.secret = secret
        self.issuer = projectURL + "/auth/v1"
        var keys: [String: ES256PrivateKey] = [:]
        for kid in kids { keys[kid] = ES256PrivateKey() }
        self.ecdsaKeys = keys
    }

    /// The claims of a signed-in user's access token; override any field.
    public struct Claims: JWTPayload {
        public var sub: SubjectClaim?
        public var aud: AudienceClaim?
        public var exp: ExpirationClaim
        public var iat: IssuedAtClaim
        public var iss: IssuerClaim?
        public var role: String?
        public var email: String?

        public func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    /// Claims for `userID`, valid for `lifetime` seconds (negative for an expired token).
    public func claims(userID: String, lifetime: TimeInterval = 3600, audience: String? = "authenticated", issuer: String? = nil) -> Claims {
        Claims(
            sub: SubjectClaim(value: userID), aud: audience.map { AudienceClaim(value: [$0]) },
            exp: ExpirationClaim(value: Date().addingTimeInterval(lifetime)), iat: IssuedAtClaim(value: Date().addingTimeInterval(min(0, lifetime) - 60)),
            iss: IssuerClaim(value: issuer ?? self.issuer), role: "authenticated", email: "\(userID.prefix(8))@example.com"
        )
    }

    /// An HS256 token signed with `secret` (or another secret, to forge one).
    public func hs256(_ claims: Claims, secret: String? = nil) async throws -> String {
        let keys = await JWTKeyCollection().add(hmac: HMACKey(from: secret ?? self.secret), digestAlgorithm: .sha256)
        return try await keys.sign(claims)
    }

    /// An ES256 token signed with the key pair `kid`.
    public func es256(_ claims: Claims, kid: String) async throws -> String {
        guard let key = ecdsaKeys[kid] else { throw UnknownKey(kid: kid) }
        let keys = await JWTKeyCollection().add(ecdsa: key, kid: JWKIdentifier(string: kid))
        return try await keys.sign(claims, kid: JWKIdentifier(string: kid))
    }

    /// A JWKS document publishing the public halves of `kids`.
    public func jwksJSON(kids: [String]) -> String {
        let keys = kids.compactMap { kid -> String? in
            guard let parameters = ecdsaKeys[kid]?.publicKey.parameters else { return nil }
            return #"{"kty":"EC","crv":"P-256","alg":"ES256","use":"sig","kid":"\#(kid)","x":"\#(parameters.x)","y":"\#(parameters.y)"}"#
        }
        return #"{"keys":[\#(keys.joined(separator: ","))]}"#
    }

    public struct UnknownKey: Error { public let kid: String }
}
