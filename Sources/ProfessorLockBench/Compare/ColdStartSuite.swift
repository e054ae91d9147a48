import Foundation

/// Section 3: process start to the first successful `GET /health`, for both servers.
enum ColdStartSuite {
    static func run(paths: BenchPaths, python: URL?) async throws {
        var table = Table("Cold start: process launch to first 200 from /health", columns: ["Server", "runs", "p50", "max", "Target", "Result"])
        var launchers = [(try ServerLauncher.swift(paths: paths), 7)]
        if let python { launchers.append((try ServerLauncher.python(paths: paths, python: python, workers: CompareSuite.pythonWorkers), 3)) }
        for (launcher, runs) in launchers {
            progress("  \(launcher.name): \(runs) cold starts …")
            var durations: [Duration] = []
            for run in 1...runs {
                // No model is contacted at start-up; the base URL only has to be well-formed.
                let server = try await launcher.start(modelBaseURL: "http://127.0.0.1:9/v1", run: 100 + run)
                durations.append(server.startup)
                await server.process.stop()
            }
            let samples = Samples(durations)
            let isSwift = launcher.name == "Swift"
            table.add([
                launcher.name, "\(runs)", samples.p50.readable, samples.percentile(100).readable,
                isSwift ? "< 100 ms" : "-", isSwift ? verdict(samples.p50 < .milliseconds(100)) : "-",
            ])
        }
        table.note("Swift: fresh SQLite store (created and migrated) per run; Python: uvicorn with \(CompareSuite.pythonWorkers) workers")
        if python == nil { table.note("the Python reference did not run (no venv)") }
        table.print()
    }
}
