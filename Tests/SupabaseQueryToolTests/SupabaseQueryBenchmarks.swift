import AgentRuntime
import Foundation
import SupabaseAuth
import SupabaseTesting
import TestSupport
import Testing
@testable import SupabaseQueryTool

/// Latency of a typical picks query through the tool (planner, pooled read-only transaction, JSON rows,
/// widget) over 100k seeded picks. Prints figures; skipped unless `SUPABASE_BENCHMARKS=1`.
@Suite(
    "supabase_query benchmarks", .serialized,
    .enabled(if: ProcessInfo.processInfo.environment["SUPABASE_BENCHMARKS"] == "1" && ExternalService.postgres.shouldRun)
)
struct SupabaseQueryBenchmarks {
    /// 100k picks spread over sports, statuses and two weeks either side of now, like a season of the feed.
    static let bulkPicks = """
        INSERT INTO ai_predictions (user_id, match_teams, pick, odds, confidence, sport, event_time, reasoning, status, bet_type, created_at)
        SELECT '99999999-0000-4000-8000-000000000000', 'Team ' || (n % 300) || ' vs Team ' || ((n * 7) % 300),
               'Team ' || (n % 300) || ' ML', (CASE WHEN n % 2 = 0 THEN '-' ELSE '+' END) || (100 + n % 150)::text,
               40 + (n * 37) % 60, (ARRAY['NBA','NFL','MLB','NHL','CFB','College Football','WNBA','MMA'])[1 + n % 8],
               now() + ((n % 28) - 14) * interval '1 day' + (n % 24) * interval '1 hour',
               'Generated reasoning ' || n, (ARRAY['pending','won','lost','cancelled'])[1 + (n / 3) % 4],
               (ARRAY['moneyline','spread','total','player_prop'])[1 + n % 4], now() - (n % 1000) * interval '1 minute'
        FROM generate_series(1, 100000) AS n;
        VACUUM ANALYZE ai_predictions;
        """

    @Test("typical picks query on 100k rows: p50 under 5 ms over loopback")
    func typicalPicksQuery() async throws {
        try await withHarness(extraSQL: Self.bulkPicks) { harness, _ in
            let arguments = SupabaseQueryArguments.picks([
                QueryFilter(column: "sport", op: .eq, value: "NBA"),
                QueryFilter(column: "status", op: .eq, value: "pending"),
                QueryFilter(column: "event_time", op: .gte, value: "now"),
            ], orderBy: "confidence", descending: true, limit: 20)
            for _ in 0..<20 { _ = try await harness.call(arguments) }   // warm the pool and caches
            var samples: [Duration] = []
            let clock = ContinuousClock()
            for _ in 0..<200 {
                let started = clock.now
                let (output, _) = try await harness.call(arguments)
                samples.append(clock.now - started)
                #expect(output.rowCount == 20)
            }
            samples.sort()
            func milliseconds(_ duration: Duration) -> String {
                String(format: "%.2f", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
            }
            // The database share: the same statement through the pooled read-only transaction, no decoding or widget.
            let query = try QueryPlanner.query(for: arguments, fetchLimit: 20)
            let database = try #require(harness.module.connection?.database)
            var databaseSamples: [Duration] = []
            for _ in 0..<200 {
                let started = clock.now
                _ = try await database.readOnly(statementTimeoutMilliseconds: 3_000) { try await $0.rows(query, atMost: 20).rows.count }
                databaseSamples.append(clock.now - started)
            }
            databaseSamples.sort()
            print("supabase_query picks, database share (BEGIN READ ONLY, set_config, SELECT, COMMIT): p50 \(milliseconds(databaseSamples[100])) ms")
            print("supabase_query picks (100k rows, sport+status+event_time, order confidence, limit 20): p50 \(milliseconds(samples[100])) ms, p90 \(milliseconds(samples[180])) ms, p99 \(milliseconds(samples[198])) ms")
        }
    }
}
