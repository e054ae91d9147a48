import Logging
import PostgresNIO

/// A connection inside `BEGIN TRANSACTION READ ONLY` with a transaction-local statement timeout,
/// lent by ``SupabaseDatabase/readOnly(statementTimeoutMilliseconds:_:)``.
///
/// Whatever SQL runs here, PostgreSQL itself refuses writes (SQLSTATE 25006) and cancels any statement
/// that runs past the timeout (57014); both surface as ``SupabaseDatabaseError`` cases.
public struct ReadOnlyTransaction: Sendable {
    let connection: PostgresConnection
    let logger: Logger
    /// The statement timeout in force, for error messages.
    public let statementTimeoutMilliseconds: Int

    /// Runs one statement. PostgresNIO sends it as an unnamed statement (Parse/Describe/Bind/Execute/Sync
    /// with the empty name, flushed together), which transaction-mode poolers accept.
    public func query(_ query: PostgresQuery) async throws(SupabaseDatabaseError) -> PostgresRowSequence {
        do {
            return try await connection.query(query, logger: logger)
        } catch {
            throw SupabaseDatabaseError(postgres: error, statementTimeoutMilliseconds: statementTimeoutMilliseconds)
        }
    }

    /// Runs one statement and reads at most `cap` rows; `truncated` says whether more were available.
    /// Pair it with `LIMIT cap + 1` in the SQL so the server never produces more than one extra row.
    public func rows(_ query: PostgresQuery, atMost cap: Int) async throws(SupabaseDatabaseError) -> (rows: [PostgresRow], truncated: Bool) {
        let sequence = try await self.query(query)
        var rows: [PostgresRow] = []
        do {
            for try await row in sequence {
                if rows.count == cap { return (rows, true) }
                rows.append(row)
            }
        } catch {
            throw SupabaseDatabaseError(postgres: error, statementTimeoutMilliseconds: statementTimeoutMilliseconds)
        }
        return (rows, false)
    }
}

extension SupabaseDatabaseError {
    /// Classifies a PostgresNIO error by SQLSTATE; connection-level failures become ``connectionFailed(_:)``.
    init(postgres error: any Error, statementTimeoutMilliseconds: Int) {
        if let error = error as? SupabaseDatabaseError {
            self = error
            return
        }
        guard let error = error as? PSQLError else {
            self = .connectionFailed(String(describing: error))
            return
        }
        guard error.code == .server, let info = error.serverInfo else {
            self = .connectionFailed(error.code.description)
            return
        }
        let sqlState = info[.sqlState] ?? "?????"
        let message = info[.message] ?? "unknown error"
        switch sqlState {
        case "57014": self = .statementTimeout(milliseconds: statementTimeoutMilliseconds)
        case "25006": self = .readOnlyViolation(message)
        default: self = .server(sqlState: sqlState, message: message)
        }
    }

    /// Whether the connection (rather than the statement) failed, so a fresh connection may succeed.
    var isConnectionLoss: Bool {
        if case .connectionFailed = self { return true }
        return false
    }
}
