import ChatKitSQLStore
import Testing

@Suite("database URLs")
struct SQLStoreLocationTests {
    @Test("sqlite URLs name memory or a file")
    func sqliteForms() throws {
        #expect(try SQLStoreLocation(url: "sqlite::memory:") == .sqliteMemory)
        #expect(try SQLStoreLocation(url: "sqlite://:memory:") == .sqliteMemory)
        #expect(try SQLStoreLocation(url: "sqlite:data/chat.db") == .sqliteFile(path: "data/chat.db"))
        #expect(try SQLStoreLocation(url: "sqlite:///var/lib/chat.db") == .sqliteFile(path: "/var/lib/chat.db"))
    }

    @Test("a postgres URL gives host, port, credentials, database and defaults")
    func postgresDefaults() throws {
        guard case .postgres(let location) = try SQLStoreLocation(url: "postgresql://app:p%40ss@db.example.com/chat")
        else {
            Issue.record("expected a PostgreSQL location")
            return
        }
        #expect(location.host == "db.example.com")
        #expect(location.port == 5432)
        #expect(location.username == "app")
        #expect(location.password == "p@ss")
        #expect(location.database == "chat")
        #expect(location.sslMode == .prefer)
        #expect(location.poolSize == 10)
    }

    @Test("a Supabase pooler URL with sslmode and pool size parses")
    func supabasePooler() throws {
        let location = try PostgresLocation(
            url: "postgres://postgres.abcd:secret@aws-0-us-east-1.pooler.supabase.com:6543/postgres"
                + "?sslmode=require&pool_size=5&pgbouncer=true&application_name=professor-lock")
        #expect(location.port == 6543)
        #expect(location.username == "postgres.abcd")
        #expect(location.sslMode == .require)
        #expect(location.poolSize == 5)
        #expect(location.applicationName == "professor-lock")
    }

    @Test("the description hides the password")
    func redactsPassword() throws {
        let location = try SQLStoreLocation(url: "postgres://app:hunter2@localhost:5433/chat")
        #expect(!location.description.contains("hunter2"))
        #expect(location.description.contains("app:***@localhost:5433/chat"))
    }

    @Test(
        "bad URLs are rejected with a reason",
        arguments: [
            "mysql://root@localhost/db", "sqlite:", "postgres://localhost/db", "postgres://u@/db",
            "postgres://u@h/db?sslmode=always", "postgres://u@h/db?pool_size=0", "postgres://u@h/db?timeout=3",
        ])
    func rejectsBadURLs(url: String) {
        #expect(throws: SQLStoreError.self) { try SQLStoreLocation(url: url) }
    }
}
