import AgentRuntime
import Foundation
import JSONValue
import ProfessorLock
import ToolSupport

/// A typical `supabase_query` picks query (pending NBA picks for upcoming games, best confidence
/// first) through the real tool on a seeded `ai_predictions` table of 100,000 rows, using the fixture
/// schema of the Supabase tests (`Tests/Fixtures/Supabase/schema.sql`) and its indexes.
enum SupabaseQueryBench {
    static let rowCount = 100_000
    static let arguments = #"{"dataset":"picks","filters":[{"column":"sport","op":"eq","value":"NBA"},{"column":"status","op":"eq","value":"pending"},{"column":"event_time","op":"gte","value":"now"}],"order_by":"confidence","descending":true,"limit":10}"#

    static func run(paths: BenchPaths, database: LocalPostgres) async throws -> MicroResult {
        let schema = paths.repository.appendingPathComponent("Tests/Fixtures/Supabase/schema.sql")
        guard let script = try? String(contentsOf: schema, encoding: .utf8) else {
            return .skipped("supabase_query picks, 100k rows", target: "p50 < 5.00 ms", reason: "no fixture schema at Tests/Fixtures/Supabase/schema.sql")
        }
        let clock = ContinuousClock()
        let seedStart = clock.now
        try await database.execute(sqlStatements(script) + [seed, "ANALYZE ai_predictions"])
        let seedTime = clock.now - seedStart

        let tools = paths.scratch.appendingPathComponent("supabase-tools.json")
        let disabled = ToolModuleCatalog.all.map { $0.name }.filter { $0 != "supabase" }.map { "\"\($0)\":{\"enabled\":false}" }
        try #"{"tools":{"supabase":{"enabled":true,"api_key_env":"SUPABASE_DB_URL"},\#(disabled.joined(separator: ","))}}"#
            .write(to: tools, atomically: true, encoding: .utf8)
        return try await withToolbox(configurationPath: tools.path, environment: ["SUPABASE_DB_URL": database.url], logger: benchLogger) { toolbox in
            let context = ToolContext(callID: "call_bench", toolName: "supabase_query", caller: .operator_, sink: EventSink { _ in })
            guard case .succeeded(let output) = await toolbox.registry.invoke(name: "supabase_query", arguments: arguments, context: context),
                  let count = output.value["row_count"]?.doubleValue.map({ Int($0) }), count > 0
            else { throw BenchFailure("the picks query returned no rows on the seeded table") }
            let samples = try await sample(iterations: 500, warmup: 20) {
                guard case .succeeded = await toolbox.registry.invoke(name: "supabase_query", arguments: arguments, context: context) else {
                    throw BenchFailure("supabase_query failed during the benchmark")
                }
            }
            return .latency("supabase_query picks (\(count) rows) on 100k", samples, p50Below: .milliseconds(5), figure: "seeded in \(seedTime.readable)")
        }
    }

    /// 100k picks over six sports: settled picks for the last 90 days, pending ones for the next 3.
    static let seed = """
        INSERT INTO ai_predictions (user_id, match_teams, pick, odds, confidence, sport, event_time, reasoning,
                                    value_percentage, expected_value, implied_probability, risk_level, status, bet_type, game_id, created_at)
        SELECT '99999999-0000-4000-8000-000000000000',
               'Team ' || (g % 30) || ' vs Team ' || ((g + 7) % 30),
               'Team ' || (g % 30) || CASE WHEN g % 3 = 0 THEN ' ML' ELSE ' -' || (g % 9) || '.5' END,
               CASE WHEN g % 2 = 0 THEN '-110' ELSE '+' || (100 + g % 150) END,
               50 + g % 50,
               (ARRAY['NBA', 'NFL', 'MLB', 'NHL', 'College Football', 'UFC'])[1 + g % 6],
               now() - interval '90 days' + (g::double precision / \(rowCount) * interval '93 days'),
               'Line value ' || (g % 13) || '%: rest advantage and a home cover rate of ' || (40 + g % 30) || '%.',
               (g % 13)::numeric, (g % 7)::numeric / 10, 0.4 + (g % 20)::numeric / 100,
               (ARRAY['Low', 'Medium', 'High'])[1 + g % 3],
               CASE WHEN g::double precision / \(rowCount) * 93 < 90 THEN (ARRAY['won', 'lost'])[1 + g % 2] ELSE 'pending' END,
               (ARRAY['moneyline', 'spread', 'total'])[1 + g % 3],
               'game' || (g / 6),
               now() - interval '91 days' + (g::double precision / \(rowCount) * interval '93 days')
        FROM generate_series(1, \(rowCount)) AS g
        """
}
