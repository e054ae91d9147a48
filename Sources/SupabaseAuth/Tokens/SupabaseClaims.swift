import JWTKit

/// The claims of a Supabase access token that the server relies on.
///
/// `verify(using:)` is deliberately empty: ``SupabaseTokenVerifier`` checks `exp`, `nbf`, `aud`, `iss` and
/// `sub` itself after the signature, so each failure has its own ``SupabaseAuthError``.
struct SupabaseClaims: JWTPayload {
    var sub: SubjectClaim?
    var exp: ExpirationClaim?
    var nbf: NotBeforeClaim?
    var aud: AudienceClaim?
    var iss: IssuerClaim?
    var role: String?
    var email: String?

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
