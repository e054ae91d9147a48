import ChatKit
import ChatKitSQLStore
import Foundation
import Testing

/// The databases the contract suite runs against. SQLite always; PostgreSQL when
/// `PROFESSOR_LOCK_TEST_DATABASE_URL` is set (see `Tests/Scripts/postgres.sh`), and then it must pass. With
/// `PROFESSOR_LOCK_REQUIRE_EXTERNAL=1` and no URL, the PostgreSQL cases fail instead of being left out.
enum StoreBackendUnderTest: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqliteMemory
    case sqliteFile
    case postgres

    static let databaseURLVariable = "PROFESSOR_LOCK_TEST_DATABASE_URL"
    static let requireExternalVariable = "PROFESSOR_LOCK_REQUIRE_EXTERNAL"

    /// The backends this run covers.
    static var enabled: [Self] {
        let environment = ProcessInfo.processInfo.environment
        let postgresWanted = environment[databaseURLVariable] != nil || environment[requireExternalVariable] == "1"
        return postgresWanted ? allCases : [.sqliteMemory, .sqliteFile]
    }

    var testDescription: String {
        switch self {
        case .sqliteMemory: "SQLite in memory"
        case .sqliteFile: "SQLite file"
        case .postgres: "PostgreSQL"
        }
    }

    struct MissingDatabaseURL: Error, CustomStringConvertible {
        var description: String {
            "\(StoreBackendUnderTest.requireExternalVariable)=1 but \(StoreBackendUnderTest.databaseURLVariable) "
                + "is not set; start one with Tests/Scripts/postgres.sh start"
        }
    }

    /// Opens a fresh store, runs it for the duration of `body`, then shuts it down and removes its files.
    func withStore(_ body: (SQLStore) async throws -> Void) async throws {
        let url: String
        var temporaryFile: URL?
        switch self {
        case .sqliteMemory:
            url = "sqlite::memory:"
        case .sqliteFile:
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("chatkit-store-\(UUID()).sqlite")
            temporaryFile = file
            url = "sqlite:\(file.path)"
        case .postgres:
            guard let databaseURL = ProcessInfo.processInfo.environment[Self.databaseURLVariable] else {
                throw MissingDatabaseURL()
            }
            url = databaseURL
        }
        defer {
            if let temporaryFile {
                for suffix in ["", "-wal", "-shm"] {
                    try? FileManager.default.removeItem(atPath: temporaryFile.path + suffix)
                }
            }
        }
        let store = try await SQLStore(url: url)
        try await Self.running(store, body)
    }

    /// Runs `store.run()` beside `body` and stops it when `body` ends.
    static func running(_ store: SQLStore, _ body: (SQLStore) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await store.run() }
            do {
                try await body(store)
            } catch {
                group.cancelAll()
                throw error
            }
            group.cancelAll()
        }
    }
}

/// Two users unique to one test, so tests sharing a PostgreSQL database never see each other's rows.
struct TestUsers {
    let main = RequestContext(userID: "test_user_\(UUID().uuidString)")
    let other = RequestContext(userID: "alternative_user_\(UUID().uuidString)")
}
