/// Why the Supabase database could not answer.
public enum SupabaseDatabaseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `SUPABASE_DB_URL` (or the given URL) is not a usable `postgres://` URL.
    case invalidURL(String)
    /// The TLS settings of the URL cannot be used (an unreadable `sslrootcert`).
    case invalidTLS(String)
    /// The pool was closed (the module or app is shutting down).
    case closed
    /// A connection could not be opened.
    case connectionFailed(String)
    /// The server cancelled the statement because it ran longer than the statement timeout.
    case statementTimeout(milliseconds: Int)
    /// The server refused a write: the transaction is read-only.
    case readOnlyViolation(String)
    /// Any other error the server reported, with its SQLSTATE.
    case server(sqlState: String, message: String)

    public var description: String {
        switch self {
        case .invalidURL(let problem): "invalid database URL: \(problem)"
        case .invalidTLS(let problem): "invalid database TLS settings: \(problem)"
        case .closed: "the database connection pool is closed"
        case .connectionFailed(let problem): "cannot connect to the database: \(problem)"
        case .statementTimeout(let milliseconds): "the query took longer than \(milliseconds) ms and was cancelled"
        case .readOnlyViolation(let message): "refused: the query tried to write in a read-only transaction (\(message))"
        case .server(let sqlState, let message): "the database refused the query (SQLSTATE \(sqlState)): \(message)"
        }
    }
}
