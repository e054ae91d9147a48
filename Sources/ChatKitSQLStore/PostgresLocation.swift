import Foundation

/// A PostgreSQL server and how to reach it, parsed from a `postgres://` URL.
///
/// Query parameters (anything else is rejected, so typos do not silently change behaviour):
/// - `sslmode`: `disable`, `allow`/`prefer` (default: TLS when the server offers it, unverified, as libpq does),
///   `require` (TLS, unverified unless `sslrootcert` is given), `verify-ca` (chain only), `verify-full`
///   (chain and host name). Supabase's direct and pooler endpoints work with `require`.
/// - `sslrootcert`: a PEM file of trusted roots for the `verify-*` modes (the system roots otherwise).
/// - `pool_size`: the most connections the store opens (default 10); keep it under the pooler's limit.
/// - `connect_timeout`: seconds to wait for a connection (default 10).
/// - `application_name`: sent to the server at startup.
/// - `pgbouncer`: accepted and ignored; the store never uses named prepared statements (see ``SQLStore``).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    public var sslRootCertificatePath: String?
    public var poolSize: Int
    public var connectTimeoutSeconds: Int
    public var applicationName: String?

    public init(url: String) throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else { throw SQLStoreError.invalidURL("'\(Self.redacted(url))' is not a postgres:// URL") }
        guard let host = components.host, !host.isEmpty else {
            throw SQLStoreError.invalidURL("'\(Self.redacted(url))' has no host")
        }
        guard let username = components.user, !username.isEmpty else {
            throw SQLStoreError.invalidURL("'\(Self.redacted(url))' has no user name (postgres://USER@HOST/DB)")
        }
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? 5432
        self.username = username
        self.password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? username : path
        self.sslMode = .prefer
        self.sslRootCertificatePath = nil
        self.poolSize = 10
        self.connectTimeoutSeconds = 10
        self.applicationName = nil

        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    let modes = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
                    throw SQLStoreError.invalidURL("sslmode '\(value)' is not one of \(modes)")
                }
                sslMode = mode
            case "sslrootcert":
                sslRootCertificatePath = value
            case "pool_size":
                poolSize = try Self.positiveInteger(value, name: item.name)
            case "connect_timeout":
                connectTimeoutSeconds = try Self.positiveInteger(value, name: item.name)
            case "application_name":
                applicationName = value
            case "pgbouncer":
                break
            default:
                throw SQLStoreError.invalidURL(
                    "unknown parameter '\(item.name)'; supported: sslmode, sslrootcert, pool_size, connect_timeout, "
                        + "application_name, pgbouncer")
            }
        }
    }

    /// The URL without its password, safe for logs.
    public var description: String {
        "postgres://\(username)\(password == nil ? "" : ":***")@\(host):\(port)/\(database)?sslmode=\(sslMode.rawValue)"
    }

    private static func positiveInteger(_ text: String, name: String) throws -> Int {
        guard let value = Int(text), value > 0 else {
            throw SQLStoreError.invalidURL("\(name) must be a positive integer, got '\(text)'")
        }
        return value
    }

    /// Hides the password of a URL that may not parse, for error messages.
    private static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url.range(of: "@", range: schemeEnd.upperBound..<url.endIndex)
        else { return url }
        let credentials = url[schemeEnd.upperBound..<at.lowerBound]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return url.replacingCharacters(in: credentials.index(after: colon)..<at.lowerBound, with: "***")
    }
}
