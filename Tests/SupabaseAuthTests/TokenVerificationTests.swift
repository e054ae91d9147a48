import AsyncHTTPClient
import Foundation
import SupabaseTesting
import Testing
@testable import SupabaseAuth

@Suite("Supabase access token verification (HS256)")
struct TokenVerificationTests {
    let minter = SupabaseTokenMinter()
    let user = "00000000-0000-4000-8000-000000000002"

    func verifier(issuer: String?? = .none, jwks: String? = nil, secret: String?? = .none) async -> SupabaseTokenVerifier {
        let configuration = SupabaseAuthConfiguration(
            jwtSecret: secret ?? minter.secret, jwksURL: jwks, issuer: issuer ?? minter.issuer
        )
        return await SupabaseTokenVerifier(configuration: configuration, httpClient: .shared)
    }

    @Test("a valid token yields its subject, email and role")
    func valid() async throws {
        let token = try await minter.hs256(minter.claims(userID: user))
        let verified = try await verifier().verify(token)
        #expect(verified.userID == user && verified.role == "authenticated" && verified.email != nil)
    }

    @Test("an expired token is refused, beyond the leeway")
    func expired() async throws {
        let token = try await minter.hs256(minter.claims(userID: user, lifetime: -120))
        await #expect(throws: SupabaseAuthError.expired) { try await verifier().verify(token) }
        let withinLeeway = try await minter.hs256(minter.claims(userID: user, lifetime: -5))
        #expect(try await verifier().verify(withinLeeway).userID == user)
    }

    @Test("a token signed with another secret or altered after signing is refused")
    func wrongSignature() async throws {
        let forged = try await minter.hs256(minter.claims(userID: user), secret: "an-attacker-secret-of-sufficient-length!!")
        await #expect(throws: SupabaseAuthError.invalidSignature) { try await verifier().verify(forged) }

        let genuine = try await minter.hs256(minter.claims(userID: user))
        let parts = genuine.split(separator: ".").map(String.init)
        let otherClaims = try await minter.hs256(minter.claims(userID: "00000000-0000-4000-8000-000000000003")).split(separator: ".")[1]
        let spliced = [parts[0], String(otherClaims), parts[2]].joined(separator: ".")
        await #expect(throws: SupabaseAuthError.invalidSignature) { try await verifier().verify(spliced) }
    }

    @Test("a token for another audience, or none (anon and service keys), is refused")
    func wrongAudience() async throws {
        let other = try await minter.hs256(minter.claims(userID: user, audience: "anon"))
        await #expect(throws: SupabaseAuthError.wrongAudience(["anon"])) { try await verifier().verify(other) }
        let none = try await minter.hs256(minter.claims(userID: user, audience: nil))
        await #expect(throws: SupabaseAuthError.wrongAudience([])) { try await verifier().verify(none) }
    }

    @Test("the issuer must be SUPABASE_URL/auth/v1 when configured, and is not checked otherwise")
    func issuer() async throws {
        let foreign = try await minter.hs256(minter.claims(userID: user, issuer: "https://other-project.supabase.co/auth/v1"))
        await #expect(throws: SupabaseAuthError.wrongIssuer("https://other-project.supabase.co/auth/v1")) { try await verifier().verify(foreign) }
        #expect(try await verifier(issuer: .some(nil)).verify(foreign).userID == user)
    }

    @Test("alg none, other HMAC sizes, and HS256 without a configured secret are refused")
    func algorithms() async throws {
        let claims = Data(#"{"sub":"u","aud":"authenticated","exp":9999999999}"#.utf8).base64URLEncodedString()
        let none = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64URLEncodedString() + "." + claims + ".c2ln"
        await #expect(throws: SupabaseAuthError.unsupportedAlgorithm("none")) { try await verifier().verify(none) }
        let hs512 = Data(#"{"alg":"HS512","typ":"JWT"}"#.utf8).base64URLEncodedString() + "." + claims + ".c2ln"
        await #expect(throws: SupabaseAuthError.unsupportedAlgorithm("HS512")) { try await verifier().verify(hs512) }
        let token = try await minter.hs256(minter.claims(userID: user))
        await #expect(throws: SupabaseAuthError.unsupportedAlgorithm("HS256")) {
            try await verifier(jwks: "http://127.0.0.1:9/jwks.json", secret: .some(nil)).verify(token)
        }
    }

    @Test("malformed tokens and missing subjects are refused with their own reasons")
    func malformed() async throws {
        for token in ["", "abc", "a.b", "a.b.c.d", "!!!.e30.sig", "e30.e30.sig"] {
            await #expect(throws: SupabaseAuthError.self, "\(token)") { try await verifier().verify(token) }
        }
        let anonymous = try await minter.hs256(minter.claims(userID: ""))
        await #expect(throws: SupabaseAuthError.missingSubject) { try await verifier().verify(anonymous) }
    }

    @Test("only 'Authorization: Bearer <token>' carries a token")
    func bearer() throws {
        #expect(try SupabaseAuthenticator.bearerToken(from: "Bearer abc.def.ghi") == "abc.def.ghi")
        #expect(try SupabaseAuthenticator.bearerToken(from: "bearer   abc") == "abc")
        for header in [nil, "", "Bearer", "Bearer  ", "Basic dXNlcjpwYXNz", "abc.def.ghi"] as [String?] {
            #expect(throws: SupabaseAuthError.missingToken) { try SupabaseAuthenticator.bearerToken(from: header) }
        }
    }

    @Test("401 reasons are client errors; key-set and tier failures are the server's (503)")
    func statuses() {
        #expect(SupabaseAuthError.expired.httpStatus == 401 && SupabaseAuthError.expired.code == "token_expired")
        #expect(SupabaseAuthError.keySetUnavailable("down").httpStatus == 503)
        #expect(SupabaseAuthError.tierUnavailable("down").httpStatus == 503)
    }

    @Test("configuration comes from SUPABASE_JWT_SECRET, SUPABASE_JWKS_URL and SUPABASE_URL")
    func environment() {
        #expect(SupabaseAuthConfiguration.fromEnvironment([:]) == nil)
        let configuration = SupabaseAuthConfiguration.fromEnvironment([
            "SUPABASE_JWT_SECRET": "s", "SUPABASE_URL": "https://abc.supabase.co/",
        ])
        #expect(configuration?.jwtSecret == "s" && configuration?.issuer == "https://abc.supabase.co/auth/v1" && configuration?.audience == "authenticated")
    }
}

extension Data {
    func base64URLEncodedString() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
