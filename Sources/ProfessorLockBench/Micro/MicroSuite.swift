import Foundation

/// Section 1: the in-process micro-benchmarks, printed as one table.
enum MicroSuite {
    static func run(paths: BenchPaths, python: URL?) async {
        var table = Table("Micro-benchmarks (in-process, \(paths.configuration) build)", columns: ["Benchmark", "p50", "p99", "Target", "Result", "Notes"])
        func add(_ results: [MicroResult]) {
            for result in results {
                table.add([result.name, result.p50, result.p99, result.target, verdict(result.met), result.figure])
            }
        }
        /// `PROFESSOR_LOCK_BENCH_ONLY=widget` runs only the benchmarks whose name contains it.
        let only = ProcessInfo.processInfo.environment["PROFESSOR_LOCK_BENCH_ONLY"]
        func attempt(_ name: String, _ body: () async throws -> [MicroResult]) async {
            if let only, !name.localizedCaseInsensitiveContains(only) { return }
            progress("  running \(name) …")
            let start = ContinuousClock.now
            do {
                add(try await body())
            } catch {
                table.add([name, "FAILED", "", "", "MISSED", String(reflecting: error)])
            }
            progress("    (\((ContinuousClock.now - start).readable))")
        }

        await attempt("ChatKit stream") { [try await ChatKitStreamBench.run()] }
        await attempt("widget diff") { try WidgetDiffBench.run() }
        await attempt("widget encoding") { try WidgetEncodingBench.run() }
        await attempt("tools") { try await ToolBenches.run() }
        await attempt("agent loop") { try await AgentLoopBench.run() }
        await attempt("HTML snippets") { [try await HTMLExtractionBench.run(paths: paths, python: python)] }
        await attempt("best lines") { [try BestLinesBench.run()] }
        await attempt("web_search") { [try await WebSearchBench.run(paths: paths)] }
        await attempt("SQLite store") {
            let file = paths.scratch.appendingPathComponent("store-bench.sqlite").path
            return try await StoreBench.run(backend: "SQLite", url: "sqlite:\(file)", target: .milliseconds(2))
        }

        if let only, !"PostgreSQL store supabase_query".localizedCaseInsensitiveContains(only) { return table.print() }
        progress("  starting PostgreSQL (Tests/Scripts/postgres.sh) …")
        do {
            let postgres = try await LocalPostgres.start(paths: paths)
            await attempt("PostgreSQL store") { try await StoreBench.run(backend: "PostgreSQL", url: postgres.url, target: .milliseconds(5)) }
            await attempt("supabase_query") { [try await SupabaseQueryBench.run(paths: paths, database: postgres)] }
            await postgres.finish()
        } catch {
            for name in ["PostgreSQL store", "supabase_query picks, 100k rows"] {
                add([.skipped(name, target: "p50 < 5.00 ms", reason: "PostgreSQL unavailable: \(String(reflecting: error))")])
            }
        }
        table.print()
    }
}
