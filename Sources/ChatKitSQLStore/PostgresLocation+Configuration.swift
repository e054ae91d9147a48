import PostgresNIO

extension PostgresLocation {
    /// The pool configuration. Every query the store sends goes through PostgresNIO's unnamed-statement path
    /// (Parse/Bind/Execute with the empty statement name, then Sync, in one round trip), which is safe behind
    /// transaction-mode poolers such as Supabase's on port 6543.
    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS =
            switch tlsRequirement {
            case .none: .disable
            case .preferred(let configuration): .prefer(configuration)
            case .required(let configuration): .require(configuration)
            }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.maximumConnections = poolSize
        configuration.options.connectTimeout = .seconds(connectTimeoutSeconds)
        // Backend key data only serves cancel requests, which the store never sends; poolers may omit it.
        configuration.options.requireBackendKeyData = false
        if let applicationName {
            configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        }
        return configuration
    }

    /// The configuration of the single connection that applies migrations at start-up.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch tlsRequirement {
            case .none: tls = .disable
            case .preferred(let configuration): tls = .prefer(try NIOSSLContext(configuration: configuration))
            case .required(let configuration): tls = .require(try NIOSSLContext(configuration: configuration))
            }
        } catch {
            throw SQLStoreError.invalidURL("the TLS settings (sslmode/sslrootcert) cannot be used: \(error)")
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(connectTimeoutSeconds))
        configuration.options.requireBackendKeyData = false
        if let applicationName {
            configuration.options.additionalStartupParameters = [("application_name", applicationName)]
        }
        return configuration
    }

    private enum TLSRequirement {
        case none
        case preferred(TLSConfiguration)
        case required(TLSConfiguration)
    }

    /// `sslmode` with libpq's meaning: `prefer`/`require` encrypt without verifying, unless a root
    /// certificate is given; `verify-ca` checks the chain, `verify-full` the chain and the host name.
    private var tlsRequirement: TLSRequirement {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let sslRootCertificatePath {
            configuration.trustRoots = .file(sslRootCertificatePath)
        }
        switch sslMode {
        case .disable:
            return .none
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return .preferred(configuration)
        case .require:
            configuration.certificateVerification = sslRootCertificatePath == nil ? .none : .noHostnameVerification
            return .required(configuration)
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
            return .required(configuration)
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
            return .required(configuration)
        }
    }
}
