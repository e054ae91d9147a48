import ChatKitSQLStore
import Logging
import PostgresNIO

/// The Supabase Postgres database, read through short read-only transactions.
///
/// Configured by a `postgres://` URL (`SUPABASE_DB_URL`): `sslmode`, `sslrootcert`, `pool_size`,
/// `connect_timeout` and `application_name` as for the chat store (``PostgresLocation``). It works through
/// Supabase's transaction-mode pooler (port 6543): every statement is an unnamed statement, and everything
/// a call does happens inside one transaction, which the pooler pins to one server connection.
public final class SupabaseDatabase: Sendable {
    /// The URL without its password, for logs and start-up messages.
    public let location: String
    private let pool: ConnectionPool
    private let logger: Logger

    public init(url: String, logger: Logger) throws(SupabaseDatabaseError) {
        let location: PostgresLocation
        do {
            location = try PostgresLocation(url: url)
        } catch {
            throw .invalidURL(String(describing: error))
        }
        self.location = location.description
        self.logger = logger
        pool = ConnectionPool(
            configuration: try location.supabaseConnectionConfiguration(),
            maximumConnections: location.poolSize,
            logger: logger
        )
    }

    /// Runs `body` in `BEGIN TRANSACTION READ ONLY` with `statement_timeout` set for this transaction only
    /// (`set_config(…, true)`, i.e. `SET LOCAL`), then commits; on any error it rolls back. A connection that
    /// turns out to be dead before the transaction starts is replaced once.
    public func readOnly<Result: Sendable>(
        statementTimeoutMilliseconds: Int,
        _ body: (ReadOnlyTransaction) async throws -> Result
    ) async throws -> Result {
        let timeout = max(1, statementTimeoutMilliseconds)
        var retriedDeadConnection = false
        while true {
            let connection = try await pool.lease()
            let transaction = ReadOnlyTransaction(connection: connection, logger: logger, statementTimeoutMilliseconds: timeout)
            do {
                try await transaction.query("BEGIN TRANSACTION READ ONLY")
            } catch {
                await pool.release(connection, reusable: false)
                if error.isConnectionLoss && !retriedDeadConnection {
                    retriedDeadConnection = true
                    continue
                }
                throw error
            }
            do {
                try await transaction.query("SELECT set_config('statement_timeout', \(String(timeout)), true)")
                let result = try await body(transaction)
                try await transaction.query("COMMIT")
                await pool.release(connection, reusable: true)
                return result
            } catch {
                let rolledBack = (try? await transaction.query("ROLLBACK")) != nil
                await pool.release(connection, reusable: rolledBack)
                throw error
            }
        }
    }

    /// Closes the pool's connections; later calls fail with ``SupabaseDatabaseError/closed``.
    public func close() async {
        await pool.close()
    }
}
