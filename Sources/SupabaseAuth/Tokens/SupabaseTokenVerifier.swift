import AsyncHTTPClient
import Foundation
import JWTKit

/// What a verified access token says about its bearer.
public struct VerifiedToken: Sendable, Hashable {
    /// `sub`: the Supabase user id.
    public var userID: String
    public var email: String?
    /// `role`: `authenticated` for signed-in users.
    public var role: String?
    public var expiresAt: Date
}

/// Verifies Supabase access tokens: HS256 with the project secret, or asymmetric keys from the JWKS,
/// then `exp`/`nbf` (with leeway), `aud` and, when configured, `iss`, and a non-empty `sub`.
///
/// The header's `alg` only routes the token: HS256 goes to the secret and nothing else does, so a token
/// cannot make the server treat a public key as an HMAC secret, and `none` is refused.
public struct SupabaseTokenVerifier: Sendable {
    /// Asymmetric algorithms accepted from the JWKS.
    static let asymmetricAlgorithms: Set<String> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]

    private let configuration: SupabaseAuthConfiguration
    private let secretKeys: JWTKeyCollection?
    private let keySet: JSONWebKeySet?
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - httpClient: fetches the JWKS (the app's shared client).
    ///   - now: the clock (tests move it).
    public init(configuration: SupabaseAuthConfiguration, httpClient: HTTPClient, now: @escaping @Sendable () -> Date = Date.init) async {
        self.configuration = configuration
        self.now = now
        if let secret = configuration.jwtSecret {
            secretKeys = await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        } else {
            secretKeys = nil
        }
        keySet = configuration.jwksURL.map {
            JSONWebKeySet(
                url: $0, httpClient: httpClient, minimumRefreshInterval: configuration.jwksMinimumRefreshInterval,
                maximumAge: configuration.jwksMaximumAge, now: now
            )
        }
    }

    /// Verifies `token` (the part after `Bearer `).
    public func verify(_ token: String) async throws(SupabaseAuthError) -> VerifiedToken {
        let header = try TokenHeader(token: token)
        let claims = try await verifiedClaims(token, header: header)
        return try check(claims)
    }

    private func verifiedClaims(_ token: String, header: TokenHeader) async throws(SupabaseAuthError) -> SupabaseClaims {
        let keys: JWTKeyCollection
        if header.alg == "HS256", let secretKeys {
            keys = secretKeys
        } else if Self.asymmetricAlgorithms.contains(header.alg), let keySet {
            guard let kid = header.kid, !kid.isEmpty else { throw .unknownSigningKey(kid: nil) }
            keys = try await keySet.keys(containing: kid)
            // The key itself must be of the algorithm the header claims.
            guard let key = try? await keys.getKey(for: JWKIdentifier(string: kid), alg: header.alg), key.name == header.alg else {
                throw .unsupportedAlgorithm(header.alg)
            }
        } else {
            throw .unsupportedAlgorithm(header.alg)
        }
        do {
            return try await keys.verify(token, as: SupabaseClaims.self)
        } catch let error as JWTError where error.errorType == .signatureVerificationFailed {
            throw .invalidSignature
        } catch let error as JWTError where error.errorType == .malformedToken {
            throw .malformedToken("the token cannot be decoded")
        } catch let error as JWTError where error.errorType == .unknownKID || error.errorType == .noKeyProvided {
            throw .unknownSigningKey(kid: header.kid)
        } catch is DecodingError {
            throw .malformedToken("the claims are not a JSON object of the expected shape")
        } catch {
            // Anything else from the signing layer (bad signature encoding, key mismatch) is a bad signature.
            throw .invalidSignature
        }
    }

    private func check(_ claims: SupabaseClaims) throws(SupabaseAuthError) -> VerifiedToken {
        let now = now()
        guard let expiry = claims.exp?.value, expiry.addingTimeInterval(configuration.leewaySeconds) > now else { throw .expired }
        if let notBefore = claims.nbf?.value, notBefore.addingTimeInterval(-configuration.leewaySeconds) > now { throw .notYetValid }
        let audience = claims.aud?.value ?? []
        guard audience.contains(configuration.audience) else { throw .wrongAudience(audience) }
        if let issuer = configuration.issuer, claims.iss?.value != issuer { throw .wrongIssuer(claims.iss?.value) }
        guard let subject = claims.sub?.value, !subject.isEmpty else { throw .missingSubject }
        return VerifiedToken(userID: subject, email: claims.email, role: claims.role, expiresAt: expiry)
    }
}
