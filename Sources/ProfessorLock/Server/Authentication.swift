import AsyncHTTPClient
import ChatKit
import ChatKitHummingbird
import Hummingbird
import Logging
import SupabaseAuth

/// Who may call the ChatKit endpoint: verified Supabase users when `SUPABASE_JWT_SECRET` or
/// `SUPABASE_JWKS_URL` is set, otherwise the single local user.
///
/// With auth, the user id is the token's verified `sub` and the tier comes from the profile in the
/// database (`SUPABASE_DB_URL`); nothing the client sends about itself is believed.
struct Authentication: Sendable {
    let identify: RequestIdentifier
    let isConfigured: Bool
    private let database: SupabaseDatabase?

    static let localUser = Authentication(identify: RequestIdentification.localUser, isConfigured: false)

    /// An identification the caller supplies (tests, embedding apps).
    init(identify: @escaping RequestIdentifier, isConfigured: Bool) {
        self.init(identify: identify, isConfigured: isConfigured, database: nil)
    }

    private init(identify: @escaping RequestIdentifier, isConfigured: Bool, database: SupabaseDatabase?) {
        self.identify = identify
        self.isConfigured = isConfigured
        self.database = database
    }

    static func fromEnvironment(_ environment: [String: String], httpClient: HTTPClient, logger: Logger) async throws -> Authentication {
        guard let configuration = SupabaseAuthConfiguration.fromEnvironment(environment) else { return .localUser }
        guard let databaseURL = environment["SUPABASE_DB_URL"], !databaseURL.isEmpty else {
            throw AuthenticationSetupError.missingDatabase
        }
        let database = try SupabaseDatabase(url: databaseURL, logger: logger)
        let authenticator = SupabaseAuthenticator(
            verifier: await SupabaseTokenVerifier(configuration: configuration, httpClient: httpClient),
            tiers: TierResolver(database: database))
        let identify: RequestIdentifier = { request in
            do throws(SupabaseAuthError) {
                let caller = try await authenticator.authenticate(authorization: request.headers[.authorization])
                return ChatKit.RequestContext(userID: caller.userID, attributes: caller.attributes)
            } catch {
                throw ChatKitHTTPError(
                    status: .init(code: error.httpStatus), code: error.code, message: error.description,
                    headers: error.httpStatus == 401 ? [.wwwAuthenticate: "Bearer"] : [:])
            }
        }
        logger.info("auth: Supabase access tokens (\(configuration.jwksURL != nil ? "JWKS" : "HS256 secret")), tiers from the database")
        return Authentication(identify: identify, isConfigured: true, database: database)
    }

    func close() async {
        await database?.close()
    }
}

/// Why authentication could not be set up.
enum AuthenticationSetupError: Error, CustomStringConvertible {
    case missingDatabase

    var description: String {
        switch self {
        case .missingDatabase:
            "Supabase auth is configured but SUPABASE_DB_URL is not: user tiers are read from the profiles table on the server."
        }
    }
}
