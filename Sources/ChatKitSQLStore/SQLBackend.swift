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

    /// Runs `body` with a database handle, to completion even if the calling task is cancelled (see
    /// ``StoreWorkQueue``); on PostgreSQL the handle is one pooled connection for the duration of `body`.
    ///
    /// `body` must use SQLKit's `EventLoopFuture` query methods: unlike the `async` ones, they do not give up
    /// when the task is cancelled (SQLiteNIO's async path checks for cancellation before running).
    func withDatabase<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        switch self {
        case .sqlite(let owner):
            guard !owner.connection.isClosed else { throw SQLStoreError.closed }
            return try await body(owner.connection.sql())
        case .postgres(let client, let queue):
            return try await queue.perform {
                try await client.withConnection { connection in
                    try await body(connection.sql())
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
