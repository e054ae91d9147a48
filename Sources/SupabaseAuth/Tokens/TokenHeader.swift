import Foundation

/// The JOSE header of a JWT, read before verification to choose the key (never trusted on its own).
struct TokenHeader: Decodable, Sendable {
    var alg: String
    var kid: String?

    init(token: String) throws(SupabaseAuthError) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw .malformedToken("expected three dot-separated parts")
        }
        guard let data = Data(base64URLEncoded: parts[0]) else { throw .malformedToken("the header is not base64url") }
        do {
            self = try JSONDecoder().decode(TokenHeader.self, from: data)
        } catch {
            throw .malformedToken("the header is not a JSON object with an 'alg'")
        }
    }
}

extension Data {
    /// Decodes unpadded base64url (RFC 7515 §2).
    init?(base64URLEncoded text: Substring) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
