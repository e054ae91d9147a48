import Foundation
import Logging
import PostgresNIO
import TestSupport

/// A throwaway database on the test PostgreSQL (``ExternalService/postgres``) holding the Supabase schema
/// and seed of `Tests/Fixtures/Supabase`, so the Supabase suites never touch the store tests' tables.
public struct SupabaseTestDatabase: Sendable {
    /// `postgres://…/supabase_test_<random>`.
    public let url: String
    let name: String
    let serverURL: URLComponents

    public static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/Supabase")

    /// Creates the database and loads `schema.sql`, then `seed.sql` (unless `seeded` is false), then `extraSQL`.
    public static func create(seeded: Bool = true, extraSQL: String? = nil) async throws -> SupabaseTestDatabase {
        guard let server = URLComponents(string: try ExternalService.postgres.require()) else {
            throw SetupFailure("PROFESSOR_LOCK_TEST_DATABASE_URL is not a URL")
        }
        let name = "supabase_test_\(UInt32.random(in: 0...UInt32.max))"
        try await execute("CREATE DATABASE \(name)", on: server)
        var target = server
        target.path = "/\(name)"
        var script = try String(contentsOf: fixtures.appendingPathComponent("schema.sql"), encoding: .utf8)
        if seeded { script += try String(contentsOf: fixtures.appendingPathComponent("seed.sql"), encoding: .utf8) }
        if let extraSQL { script += "\n" + extraSQL }
        try await execute(script, on: target)
        return SupabaseTestDatabase(url: target.string ?? "", name: name, serverURL: server)
    }

    /// Runs SQL (several statements allowed) in this database as the test superuser, outside any read-only guard.
    public func execute(_ sql: String) async throws {
        guard let components = URLComponents(string: url) else { throw SetupFailure("bad URL \(url)") }
        try await Self.execute(sql, on: components)
    }

    /// Drops the database (closing its other sessions).
    public func drop() async throws {
        try await Self.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: serverURL)
    }

    /// Runs a script statement by statement (PostgresNIO sends one statement per query).
    static func execute(_ sql: String, on url: URLComponents) async throws {
        let configuration = PostgresConnection.Configuration(
            host: url.host ?? "127.0.0.1", port: url.port ?? 5432, username: url.user ?? "postgres",
            password: url.password, database: String(url.path.dropFirst()), tls: .disable
        )
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "supabase-test-db"))
        do {
            for statement in SQLScript.statements(in: sql) {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Logger(label: "supabase-test-db"))
            }
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    struct SetupFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// Runs `body` with a fresh seeded database and drops it afterwards.
public func withSupabaseTestDatabase<Result: Sendable>(
    seeded: Bool = true,
    extraSQL: String? = nil,
    _ body: (SupabaseTestDatabase) async throws -> Result
) async throws -> Result {
    let database = try await SupabaseTestDatabase.create(seeded: seeded, extraSQL: extraSQL)
    do {
        let result = try await body(database)
        try await database.drop()
        return result
    } catch {
        try? await database.drop()
        throw error
    }
}
