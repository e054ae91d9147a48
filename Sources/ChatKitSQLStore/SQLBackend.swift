import Logging
import PostgresKit
import SQLKit
import SQLiteKit
import ServiceLifecycle

/// The connections behind a store: one SQLite connection, or a PostgreSQL connection pool whose operations run
/// through a ``StoreWorkQueue``.
enum SQLBackend: Sendable {
    case sqlite(SQLiteConnectionOwner)
    case postgres(PostgresClient, StoreWorkQueue)

    var flavor: SQLFlavor {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }

    /// Runs `body` (one statement, through ``SQLQueryPath``) with a database handle, to completion even
    /// if the calling task is cancelled; on PostgreSQL the handle is one pooled connection for the
    /// duration of `body`, lent in the store's own task (see ``StoreWorkQueue``).
    ///
    /// SQLite statements take SQLiteNIO's `async` path: its thread pool resumes the caller directly,
    /// where the `EventLoopFuture` path hops through an event loop (once more per row). That path
    /// refuses a task that is cancelled before the statement starts, and then nothing has run; the
    /// statement is run again on the future path, which does not look at cancellation. (Every statement
    /// of the store is an upsert, a delete or a select, so even a second run would change nothing.)
    func withDatabase<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase, SQLQueryPath) async throws -> Result
    ) async throws -> Result {
        switch self {
        case .sqlite(let owner):
            guard !owner.connection.isClosed else { throw SQLStoreError.closed }
            let database = owner.connection.sql()
            if !Task.isCancelled {
                do {
                    return try await body(database, .async)
                } catch is CancellationError {}
            }
            return try await body(database, .futures)
        case .postgres(let client, let queue):
            return try await queue.perform {
                try await client.withConnection { connection in
                    try await body(connection.sql(), .futures)
                }
            }
        }
    }

    /// Keeps the backend alive until cancelled or until graceful shutdown, then releases its connections.
    func run() async {
        switch self {
        case .sqlite(let owner):
            try? await gracefulShutdown()
            await owner.close()
        case .postgres(let client, let queue):
            await withDiscardingTaskGroup { group in
                group.addTask {
                    await client.run()
                    queue.close()
                }
                await queue.serve()
            }
        }
    }
}
