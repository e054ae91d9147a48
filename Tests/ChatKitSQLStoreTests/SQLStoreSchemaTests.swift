import ChatKit
import ChatKitSQLStore
import Foundation
import SQLiteKit
import Testing

@Suite("SQL store schema")
struct SQLStoreSchemaTests {
    private func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("chatkit-schema-\(UUID()).sqlite").path
    }

    private func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test("reopening a database keeps its data and re-applies nothing")
    func reopenIsIdempotent() async throws {
        let path = temporaryDatabase()
        defer { remove(path) }
        let context = RequestContext(userID: "u1")
        try await StoreBackendUnderTest.running(try await SQLStore(url: "sqlite:\(path)")) { store in
            try await store.saveThread(Fixtures.thread(), context: context)
        }
        try await StoreBackendUnderTest.running(try await SQLStore(url: "sqlite:\(path)")) { store in
            let loaded = try await store.loadThread("test_thread", context: context)
            #expect(loaded == Fixtures.thread())
        }
    }

    @Test("a same-named table with another layout stops start-up with a clear error")
    func incompatibleTable() async throws {
        let path = temporaryDatabase()
        defer { remove(path) }
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        do {
            // The layout of the app's earlier Supabase store (profile_id, item_data).
            try await connection.sql().raw(
                "CREATE TABLE chatkit_threads (id TEXT PRIMARY KEY, title TEXT, profile_id TEXT, metadata TEXT)"
            ).run()
        } catch {
            try await connection.close()
            throw error
        }
        try await connection.close()
        await #expect {
            _ = try await SQLStore(url: "sqlite:\(path)")
        } throws: { error in
            guard case SQLStoreError.incompatibleSchema(let table, _) = error else { return false }
            return table == "chatkit_threads"
        }
    }
}
