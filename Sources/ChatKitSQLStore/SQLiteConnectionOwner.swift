import SQLiteKit

/// Owns the store's single SQLite connection and makes sure it is closed exactly once.
///
/// SQLite serialises writers anyway, so one connection (opened with `SQLITE_OPEN_FULLMUTEX`) serves every
/// request; SQLiteNIO runs each statement on its thread pool, so event loops never block. WAL mode lets
/// other processes read while the store writes, and the busy timeout makes them wait instead of failing.
final class SQLiteConnectionOwner: Sendable {
    let connection: SQLiteConnection

    static func open(_ storage: SQLiteConnection.Storage, logger: Logger) async throws -> SQLiteConnectionOwner {
        let connection = try await SQLiteConnection.open(storage: storage, logger: logger)
        let owner = SQLiteConnectionOwner(connection: connection)
        let database = connection.sql()
        do {
            if case .file = storage {
                try await database.raw("PRAGMA journal_mode = WAL").run()
                try await database.raw("PRAGMA synchronous = NORMAL").run()
            }
            try await database.raw("PRAGMA busy_timeout = 5000").run()
            try await database.raw("PRAGMA foreign_keys = ON").run()
        } catch {
            await owner.close()
            throw error
        }
        return owner
    }

    private init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Closes the connection; later queries fail with an SQLite misuse error.
    func close() async {
        guard !connection.isClosed else { return }
        try? await connection.close()
    }

    /// A store dropped without running ``SQLStore/run()`` still releases its file handle.
    /// The close runs on SQLiteNIO's thread pool; its future keeps the connection alive until then.
    deinit {
        if !connection.isClosed {
            _ = connection.close()
        }
    }
}
