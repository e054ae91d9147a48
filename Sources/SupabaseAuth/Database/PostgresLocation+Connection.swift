import ChatKitSQLStore
import PostgresNIO

extension PostgresLocation {
    /// One connection's configuration, with `sslmode` read as libpq does (the same modes as the store):
    /// `disable`; `allow`/`prefer` try TLS without verification; `require` encrypts (verifying only
    /// against `sslrootcert` when given); `verify-ca` checks the chain; `verify-full` also the host name.
    func supabaseConnectionConfiguration() throws(SupabaseDatabaseError) -> PostgresConnection.Configuration {
        var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
        if let sslRootCertificatePath { tlsConfiguration.trustRoots = .file(sslRootCertificatePath) }
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch sslMode {
            case .disable:
                tls = .disable
            case .allow, .prefer:
                tlsConfiguration.certificateVerification = .none
                tls = .prefer(try NIOSSLContext(configuration: tlsConfiguration))
            case .require:
                tlsConfiguration.certificateVerification = sslRootCertificatePath == nil ? .none : .noHostnameVerification
                tls = .require(try NIOSSLContext(configuration: tlsConfiguration))
            case .verifyCA:
                tlsConfiguration.certificateVerification = .noHostnameVerification
                tls = .require(try NIOSSLContext(configuration: tlsConfiguration))
            case .verifyFull:
                tlsConfiguration.certificateVerification = .fullVerification
                tls = .require(try NIOSSLContext(configuration: tlsConfiguration))
            }
        } catch {
            throw .invalidTLS("\(error)")
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(connectTimeoutSeconds))
        // Backend key data only serves cancel requests, which are never sent; Supabase's pooler may omit it.
        configuration.options.requireBackendKeyData = false
        configuration.options.additionalStartupParameters = [("application_name", applicationName ?? "professor-lock")]
        return configuration
    }
}
