/// Why a request was not authenticated. Every case but the two server failures is answered with 401.
public enum SupabaseAuthError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No `Authorization: Bearer <token>` header.
    case missingToken
    /// The token is not a well-formed JWT (three base64url parts, JSON header and claims).
    case malformedToken(String)
    /// The header names an algorithm this server does not accept (e.g. `none`, or HS256 without a secret).
    case unsupportedAlgorithm(String)
    /// An asymmetric token whose `kid` is not in the project's JWKS, even after refreshing it.
    case unknownSigningKey(kid: String?)
    /// The signature does not match: forged, altered, or signed with another key.
    case invalidSignature
    /// `exp` is in the past (or missing).
    case expired
    /// `nbf` is in the future.
    case notYetValid
    /// `aud` does not include the expected audience (`authenticated`); anon and service keys have none.
    case wrongAudience([String])
    /// `iss` is not `${SUPABASE_URL}/auth/v1`.
    case wrongIssuer(String?)
    /// `sub` is missing or empty, so there is no user to act for.
    case missingSubject
    /// The JWKS could not be fetched or read (server side: 503).
    case keySetUnavailable(String)
    /// The user's tier could not be read from the database (server side: 503).
    case tierUnavailable(String)

    /// Whether the failure is the server's, not the caller's (answer 503, not 401).
    public var isServerFailure: Bool {
        switch self {
        case .keySetUnavailable, .tierUnavailable: true
        default: false
        }
    }

    /// The HTTP status to answer with.
    public var httpStatus: Int { isServerFailure ? 503 : 401 }

    /// A stable machine-readable code for the JSON error body.
    public var code: String {
        switch self {
        case .missingToken: "missing_token"
        case .malformedToken: "malformed_token"
        case .unsupportedAlgorithm: "unsupported_algorithm"
        case .unknownSigningKey: "unknown_signing_key"
        case .invalidSignature: "invalid_signature"
        case .expired: "token_expired"
        case .notYetValid: "token_not_yet_valid"
        case .wrongAudience: "wrong_audience"
        case .wrongIssuer: "wrong_issuer"
        case .missingSubject: "missing_subject"
        case .keySetUnavailable: "key_set_unavailable"
        case .tierUnavailable: "tier_unavailable"
        }
    }

    /// A message safe to send to the client: it never echoes the token.
    public var description: String {
        switch self {
        case .missingToken: "missing bearer token: send Authorization: Bearer <Supabase access token>"
        case .malformedToken(let problem): "malformed token: \(problem)"
        case .unsupportedAlgorithm(let algorithm): "token algorithm '\(algorithm)' is not accepted"
        case .unknownSigningKey(let kid): "token signed with unknown key \(kid.map { "'\($0)'" } ?? "(no kid)")"
        case .invalidSignature: "token signature is invalid"
        case .expired: "token has expired"
        case .notYetValid: "token is not valid yet"
        case .wrongAudience(let audience): "token audience \(audience) does not include 'authenticated'"
        case .wrongIssuer(let issuer): "token issuer '\(issuer ?? "")' is not this project's"
        case .missingSubject: "token has no subject (user id)"
        case .keySetUnavailable(let problem): "the signing keys could not be loaded: \(problem)"
        case .tierUnavailable(let problem): "the user's plan could not be read: \(problem)"
        }
    }
}
