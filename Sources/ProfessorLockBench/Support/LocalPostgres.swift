import Foundation
import Logging
import PostgresNIO

/// A private database on the project's throwaway PostgreSQL (`Tests/Scripts/postgres.sh`).
///
/// The bench starts the cluster when none is running and stops it afterwards; a cluster someone else
/// started (a test run) is reused and left running. Either way the bench works in its own database,
/// created here and dropped in ``finish()``, so it never touches other users' tables.
struct LocalPostgres: Sendable {
    /// `postgres://…/plbench_<random>`.
    let url: String
    private let server: URLComponents
    private let name: String
    private let startedCluster: Bool
    private let script: String
    private let repository: URL

    static func start(paths: BenchPaths) async throws -> LocalPostgres {
        let script = paths.repository.appendingPathComponent("Tests/Scripts/postgres.sh").path
        var startedCluster = false
        let serverURL: String
        if let running = try? await runCommand(script, ["url"], directory: paths.repository), !running.isEmpty {
            serverURL = running
        } else {
            serverURL = try await runCommand(script, ["start"], directory: paths.repository)
            startedCluster = true
        }
        let name = "plbench_\(UInt32.random(in: 0...UInt32.max))"
        guard let server = URLComponents(string: serverURL) else { throw BenchFailure("postgres.sh printed no URL") }
        do {
            try await execute(["CREATE DATABASE \(name)"], on: server)
        } catch {
            if startedCluster { _ = try? await runCommand(script, ["stop"], directory: paths.repository) }
            throw error
        }
        var database = server
        database.path = "/\(name)"
        return LocalPostgres(
            url: database.string ?? "", server: server, name: name, startedCluster: startedCluster, script: script,
            repository: paths.repository)
    }

    /// Runs statements one by one in the bench's database.
    func execute(_ statements: [String]) async throws {
        guard let components = URLComponents(string: url) else { throw BenchFailure("bad database URL \(url)") }
        try await Self.execute(statements, on: components)
    }

    /// Drops the database, and stops the cluster if the bench started it.
    func finish() async {
        try? await Self.execute(["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"], on: server)
        if startedCluster { _ = try? await runCommand(script, ["stop"], directory: repository) }
    }

    private static func execute(_ statements: [String], on url: URLComponents) async throws {
        let logger = Logger(label: "bench.postgres")
        let configuration = PostgresConnection.Configuration(
            host: url.host ?? "127.0.0.1", port: url.port ?? 5432, username: url.user ?? "postgres",
            password: url.password, database: String(url.path.dropFirst()), tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            for statement in statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// The statements of a SQL script without `$$` bodies or semicolons inside literals (the fixture schema):
/// `--` comments dropped, split at `;`.
func sqlStatements(_ script: String) -> [String] {
    script.split(separator: "\n")
        .map { line in line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? String(line) }
        .joined(separator: "\n")
        .split(separator: ";")
        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .filter { !$0.isEmpty }
}
