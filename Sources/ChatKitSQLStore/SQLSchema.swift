import Foundation
import SQLKit

/// The store's tables, created at start-up and versioned in `chatkit_schema_version`.
///
/// Every table is keyed by `(user_id, id)`: ids are only unique per user, so one user can never collide with,
/// see or overwrite another user's rows. Items reference their thread through `(user_id, thread_id)` with
/// `ON DELETE CASCADE`, so deleting a thread deletes its items in the same statement. Pages are read with
/// keyset pagination over the `(…, created_at, id)` indexes.
enum SQLSchema {
    /// Migration *n* (1-based) brings the schema from version *n − 1* to *n*. Append, never edit.
    static func migrations(_ flavor: SQLFlavor) -> [[SQLQueryString]] {
        let id = flavor.idType
        let time = flavor.timestampType
        let json = flavor.jsonType
        return [
            [
                """
                CREATE TABLE IF NOT EXISTS chatkit_threads (
                    user_id \(unsafeRaw: id) NOT NULL,
                    id \(unsafeRaw: id) NOT NULL,
                    created_at \(unsafeRaw: time) NOT NULL,
                    payload \(unsafeRaw: json) NOT NULL,
                    PRIMARY KEY (user_id, id)
                )
                """,
                "CREATE INDEX IF NOT EXISTS chatkit_threads_by_user ON chatkit_threads (user_id, created_at, id)",
                """
                CREATE TABLE IF NOT EXISTS chatkit_thread_items (
                    user_id \(unsafeRaw: id) NOT NULL,
                    id \(unsafeRaw: id) NOT NULL,
                    thread_id \(unsafeRaw: id) NOT NULL,
                    created_at \(unsafeRaw: time) NOT NULL,
                    payload \(unsafeRaw: json) NOT NULL,
                    PRIMARY KEY (user_id, id),
                    FOREIGN KEY (user_id, thread_id) REFERENCES chatkit_threads (user_id, id) ON DELETE CASCADE
                )
                """,
                """
                CREATE INDEX IF NOT EXISTS chatkit_thread_items_by_thread
                    ON chatkit_thread_items (user_id, thread_id, created_at, id)
                """,
                """
                CREATE TABLE IF NOT EXISTS chatkit_attachments (
                    user_id \(unsafeRaw: id) NOT NULL,
                    id \(unsafeRaw: id) NOT NULL,
                    thread_id \(unsafeRaw: id),
                    created_at \(unsafeRaw: time) NOT NULL,
                    payload \(unsafeRaw: json) NOT NULL,
                    PRIMARY KEY (user_id, id)
                )
                """,
            ]
        ]
    }

    /// The columns each table must have; checked after migrating so a same-named table from another schema
    /// (such as the app's earlier Supabase `chatkit_threads`) fails start-up with a clear message.
    static let requiredColumns: [(table: String, columns: String)] = [
        ("chatkit_threads", "user_id, id, created_at, payload"),
        ("chatkit_thread_items", "user_id, id, thread_id, created_at, payload"),
        ("chatkit_attachments", "user_id, id, thread_id, created_at, payload"),
    ]

    /// An arbitrary constant naming the PostgreSQL advisory lock that serialises concurrent migrations.
    private static let migrationLockKey: Int64 = 0x6368_6174_6b69_74  // "chatkit"

    /// Applies the missing migrations in one transaction, then checks the tables' layout.
    /// `database` must be a single connection (transactions span several statements).
    static func migrate(_ database: any SQLDatabase, flavor: SQLFlavor) async throws {
        try await database.raw(flavor == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
        do {
            if flavor == .postgres {
                try await database.raw("SELECT pg_advisory_xact_lock(\(bind: migrationLockKey))").run()
            }
            try await database.raw(
                """
                CREATE TABLE IF NOT EXISTS chatkit_schema_version (
                    version INTEGER PRIMARY KEY,
                    applied_at \(unsafeRaw: flavor.timestampType) NOT NULL
                )
                """
            ).run()
            let current =
                try await database.raw("SELECT COALESCE(MAX(version), 0) AS version FROM chatkit_schema_version")
                .first(decodingColumn: "version", as: Int.self) ?? 0
            let migrations = migrations(flavor)
            for (index, statements) in migrations.enumerated() where index + 1 > current {
                for statement in statements {
                    try await database.raw(statement).run()
                }
                try await database.raw(
                    """
                    INSERT INTO chatkit_schema_version (version, applied_at)
                    VALUES (\(bind: index + 1), \(flavor.timestamp(.now)))
                    """
                ).run()
            }
            try await database.raw("COMMIT").run()
        } catch {
            try? await database.raw("ROLLBACK").run()
            // A same-named table with another layout makes a migration statement fail; name it plainly.
            try await verifyLayout(database)
            throw error
        }
        try await verifyLayout(database)
    }

    private static func verifyLayout(_ database: any SQLDatabase) async throws {
        for (table, columns) in requiredColumns {
            do {
                try await database.raw("SELECT \(unsafeRaw: columns) FROM \(ident: table) WHERE 1 = 0").run()
            } catch {
                throw SQLStoreError.incompatibleSchema(table: table, reason: "\(String(reflecting: error))")
            }
        }
    }
}
