import AgentRuntime
import JSONValue
import Logging
import PostgresNIO
import SupabaseAuth
import SupabaseTesting
import TestSupport
import Testing
@testable import SupabaseQueryTool

@Suite("supabase_query safety: injection, read-only, timeouts", .enabled(if: ExternalService.postgres.shouldRun))
struct SupabaseQuerySafetyTests {
    static let payloads = [
        "'; DROP TABLE ai_predictions; --",
        "NBA' OR '1'='1",
        "x\") OR 1=1 --",
        "1; DELETE FROM profiles",
        "$1",
        "%' OR pick ILIKE '%",
        "\\'; SELECT pg_sleep(5); --",
    ]

    @Test("injection in filter values matches literally and changes nothing")
    func injectionInValues() async throws {
        try await withHarness { harness, database in
            for payload in Self.payloads {
                for column in ["pick", "sport", "status", "match_teams"] {
                    for op in [FilterOperator.eq, .neq, .in, .ilike, .gt] {
                        let (output, _) = try await harness.call(.picks([QueryFilter(column: column, op: op, value: payload)]))
                        if op == .eq || op == .ilike || op == .in {
                            #expect(output.rowCount == 0, "\(column) \(op) \(payload) matched rows")
                        }
                    }
                }
            }
            let (all, _) = try await harness.call(.picks())
            #expect(all.rowCount == 12)
        }
    }

    @Test("injection in column names and sort keys is refused before any SQL is built")
    func injectionInIdentifiers() async throws {
        try await withHarness { harness, _ in
            for payload in Self.payloads + ["sport\"; DROP TABLE teams; --", "confidence DESC; --", "(SELECT 1)"] {
                await #expect(throws: SupabaseQueryError.self) {
                    try await harness.call(.picks([QueryFilter(column: payload, op: .eq, value: "x")]))
                }
                await #expect(throws: SupabaseQueryError.self) {
                    try await harness.call(.picks(orderBy: payload))
                }
            }
            let (teams, _) = try await harness.call(SupabaseQueryArguments(dataset: .teams))
            #expect(teams.rowCount == 9)
        }
    }

    @Test("model input never reaches the SQL text: every value is a bind parameter")
    func parameterised() throws {
        let marker = "INJECTED_MARKER'--"
        let arguments = SupabaseQueryArguments.picks([
            QueryFilter(column: "pick", op: .eq, value: marker),
            QueryFilter(column: "sport", op: .in, value: marker + ",NBA"),
            QueryFilter(column: "match_teams", op: .ilike, value: "%" + marker),
            QueryFilter(column: "event_time", op: .gte, value: "now"),
        ])
        let query = try QueryPlanner.query(for: arguments, fetchLimit: 20)
        #expect(!query.sql.contains("INJECTED"))
        #expect(!query.sql.contains("now"))
        #expect(query.binds.count == 5)
    }

    @Test("the read-only transaction refuses writes even when the SQL itself writes")
    func readOnlyRefusesWrites() async throws {
        try await withSupabaseTestDatabase { fixture in
            let database = try SupabaseDatabase(url: fixture.url + "?sslmode=disable", logger: Logger(label: "test"))
            let writes: [PostgresQuery] = [
                "INSERT INTO profiles (id, subscription_tier) VALUES ('00000000-0000-4000-8000-0000000000ff', 'elite')",
                "UPDATE profiles SET subscription_tier = 'elite'",
                "DELETE FROM ai_predictions",
                "DROP TABLE teams",
                "CREATE TABLE stolen AS SELECT * FROM profiles",
            ]
            for write in writes {
                do {
                    _ = try await database.readOnly(statementTimeoutMilliseconds: 1_000) { transaction in
                        try await transaction.rows(write, atMost: 1)
                    }
                    Issue.record("\(write.sql) was not refused")
                } catch let error as SupabaseDatabaseError {
                    guard case .readOnlyViolation = error else {
                        Issue.record("\(write.sql) failed with \(error), not a read-only violation")
                        continue
                    }
                }
            }
            // A set_config escape attempt cannot switch the transaction to read-write either.
            await #expect(throws: SupabaseDatabaseError.self) {
                try await database.readOnly(statementTimeoutMilliseconds: 1_000) { transaction in
                    _ = try await transaction.rows("SET TRANSACTION READ WRITE", atMost: 1)
                    _ = try await transaction.rows("DELETE FROM ai_predictions", atMost: 1)
                }
            }
            let counts = try await database.readOnly(statementTimeoutMilliseconds: 1_000) { transaction in
                try await transaction.rows("SELECT (SELECT count(*) FROM profiles) + (SELECT count(*) FROM ai_predictions)", atMost: 1).rows[0].decode(Int.self)
            }
            #expect(counts == 9 + 12)
            await database.close()
        }
    }

    @Test("a statement past the timeout is cancelled and the connection stays usable")
    func statementTimeout() async throws {
        try await withSupabaseTestDatabase(seeded: false) { fixture in
            let database = try SupabaseDatabase(url: fixture.url + "?sslmode=disable&pool_size=1", logger: Logger(label: "test"))
            await #expect(throws: SupabaseDatabaseError.statementTimeout(milliseconds: 100)) {
                try await database.readOnly(statementTimeoutMilliseconds: 100) { transaction in
                    try await transaction.rows("SELECT pg_sleep(5)", atMost: 1)
                }
            }
            // The same (single) pooled connection answers next, and the timeout did not leak out of the transaction.
            let timeout = try await database.readOnly(statementTimeoutMilliseconds: 2_000) { transaction in
                try await transaction.rows("SELECT current_setting('statement_timeout')", atMost: 1).rows[0].decode(String.self)
            }
            #expect(timeout == "2s")
            await database.close()
            await #expect(throws: SupabaseDatabaseError.closed) {
                try await database.readOnly(statementTimeoutMilliseconds: 100) { _ in 1 }
            }
        }
    }

    @Test("the row cap of the transaction helper reads at most cap rows and reports truncation")
    func helperRowCap() async throws {
        try await withSupabaseTestDatabase(seeded: false) { fixture in
            let database = try SupabaseDatabase(url: fixture.url + "?sslmode=disable", logger: Logger(label: "test"))
            let (rows, truncated) = try await database.readOnly(statementTimeoutMilliseconds: 1_000) { transaction in
                let result = try await transaction.rows("SELECT generate_series(1, 1000)", atMost: 10)
                return (result.rows.count, result.truncated)
            }
            #expect(rows == 10 && truncated)
            await database.close()
        }
    }
}
