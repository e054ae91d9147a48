import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ProfessorLock
import ToolSupport

/// How to start one of the two servers under test, pointed at a model base URL.
struct ServerLauncher: Sendable {
    let name: String
    /// Starts the server on `port` and returns the process (not yet ready).
    let launch: @Sendable (_ port: Int, _ modelBaseURL: String, _ run: Int) throws -> ChildProcess

    /// Starts the server and waits for `/health`; returns the process and the time to the first 200.
    func start(modelBaseURL: String, run: Int) async throws -> (process: ChildProcess, port: Int, startup: Duration) {
        let port = try SystemLimits.freeLoopbackPort()
        let clock = ContinuousClock()
        let started = clock.now
        let process = try launch(port, modelBaseURL, run)
        do {
            try await waitForHealth(port: port, process: process)
        } catch {
            await process.stop()
            throw error
        }
        return (process, port, clock.now - started)
    }

    private func waitForHealth(port: Int, process: ChildProcess) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        while clock.now < deadline {
            guard process.isRunning else { throw BenchFailure("\(name) exited during start-up:\n\(process.logTail())") }
            if await HealthProbe.isHealthy(port: port) { return }
            try await Task.sleep(for: .milliseconds(2))
        }
        throw BenchFailure("\(name) did not answer /health within 60 s:\n\(process.logTail())")
    }

    /// `professor-lock serve` (release binary): SQLite store in the scratch folder, only `build_parlay` enabled.
    static func swift(paths: BenchPaths) throws -> ServerLauncher {
        let tools = paths.scratch.appendingPathComponent("compare-tools.json")
        let disabled = ToolModuleCatalog.all.map { $0.name }.filter { $0 != "parlay" }.map { "\"\($0)\":{\"enabled\":false}" }
        try #"{"tools":{"parlay":{"enabled":true},\#(disabled.joined(separator: ","))}}"#.write(to: tools, atomically: true, encoding: .utf8)
        return ServerLauncher(name: "Swift") { port, modelBaseURL, run in
            let directory = paths.scratch.appendingPathComponent("swift-server-\(run)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return try ChildProcess(
                name: "professor-lock serve", executable: paths.serverBinary,
                arguments: [
                    "serve", "--host", "127.0.0.1", "--port", "\(port)", "--store", "sqlite:\(directory.path)/store.sqlite",
                    "--tools", tools.path, "--log-level", "warning",
                ],
                environment: childEnvironment(modelBaseURL: modelBaseURL), directory: directory,
                logURL: paths.scratch.appendingPathComponent("swift-server-\(run).log"))
        }
    }

    /// The Python reference (`Resources/reference_server.py`) under uvicorn, one worker per core.
    static func python(paths: BenchPaths, python: URL, workers: Int) throws -> ServerLauncher {
        let appDirectory = try paths.resource("reference_server.py").deletingLastPathComponent()
        return ServerLauncher(name: "Python") { port, modelBaseURL, run in
            try ChildProcess(
                name: "uvicorn reference_server", executable: python,
                arguments: [
                    "-m", "uvicorn", "reference_server:app", "--app-dir", appDirectory.path, "--host", "127.0.0.1",
                    "--port", "\(port)", "--workers", "\(workers)", "--log-level", "warning", "--no-access-log",
                ],
                environment: childEnvironment(modelBaseURL: modelBaseURL), directory: paths.scratch,
                logURL: paths.scratch.appendingPathComponent("python-server-\(run).log"))
        }
    }

    /// A minimal environment: the model settings and nothing from the caller's shell that could change behaviour.
    private static func childEnvironment(modelBaseURL: String) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment = ["OPENAI_BASE_URL": modelBaseURL, "OPENAI_API_KEY": "bench", "PYTHONDONTWRITEBYTECODE": "1"]
        for key in ["PATH", "HOME", "LANG", "TMPDIR"] { environment[key] = inherited[key] }
        return environment
    }
}
