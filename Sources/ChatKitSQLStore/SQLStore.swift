import ChatKit
import Logging
import NIOCore
import PostgresKit
import SQLKit
import SQLiteKit
import ServiceLifecycle

/// The ChatKit ``Store`` on SQL: SQLite (a file or memory) or PostgreSQL (including Supabase), one
/// implementation over SQLKit.
///
/// Every query is scoped to the request's user: rows are keyed by `(user_id, id)`, so another user's thread,
/// item or attachment is indistinguishable from a missing one (not-found, never forbidden).
///
/// Lifecycle, as PostgresNIO's `PostgresClient`: `init` connects and applies migrations, then ``run()`` must
/// run in a long-lived task (or a `ServiceGroup`) for as long as the store is used. Cancelling `run()` or a
/// graceful shutdown closes the connections. SQLite queries also work before `run()` starts; PostgreSQL
/// queries wait for it.
///
/// PostgreSQL notes: queries use PostgresNIO's unnamed prepared statement (Parse/Bind/Execute/Sync in one
/// round trip, never a named statement), so the store works behind transaction-mode poolers such as
/// Supabase's port 6543. Each operation is a single statement, so no transaction spans pooled round trips.
public final class SQLStore: Store, Service {
    /// Where the data lives (password hidden in `description`).
    public let location: SQLStoreLocation
    let backend: SQLBackend
    let logger: Logger

    /// Connects to the database named by `url` (see ``SQLStoreLocation``) and migrates its schema.
    public convenience init(url: String, logger: Logger = Logger(label: "ChatKitSQLStore")) async throws {
        try await self.init(location: SQLStoreLocation(url: url), logger: logger)
    }

    /// Connects to `location` and migrates its schema.
    public init(location: SQLStoreLocation, logger: Logger = Logger(label: "ChatKitSQLStore")) async throws {
        self.location = location
        self.logger = logger
        switch location {
        case .sqliteMemory, .sqliteFile:
            let storage: SQLiteConnection.Storage =
                if case .sqliteFile(let path) = location { .file(path: path) } else { .memory }
            let owner = try await SQLiteConnectionOwner.open(storage, logger: logger)
            do {
                try await SQLSchema.migrate(owner.connection.sql(), flavor: .sqlite)
            } catch {
                await owner.close()
                throw error
            }
            backend = .sqlite(owner)
        case .postgres(let postgres):
            try await Self.migratePostgres(postgres, logger: logger)
            let client = PostgresClient(configuration: postgres.clientConfiguration, backgroundLogger: logger)
            backend = .postgres(client, StoreWorkQueue())
        }
        logger.debug("chatkit store ready", metadata: ["location": "\(location)"])
    }

    /// Migrations run on a dedicated connection so the store is ready before ``run()`` starts the pool.
    private static func migratePostgres(_ location: PostgresLocation, logger: Logger) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: try location.connectionConfiguration(), id: 0, logger: logger)
        do {
            try await SQLSchema.migrate(connection.sql(), flavor: .postgres)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }

    /// Serves queries until cancelled or until graceful shutdown, then closes every connection.
    public func run() async throws {
        await backend.run()
    }

    /// A trivial round trip to the database, for `/health`; throws when the database is unreachable.
    public func health() async throws {
        try await backend.withDatabase { database, path in
            try await database.raw("SELECT 1 AS ok").run(path)
        }
    }
}
