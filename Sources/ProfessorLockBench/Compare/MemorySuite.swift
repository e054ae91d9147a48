import AsyncHTTPClient
import FakeModelServer
import Foundation
import NIOCore
import NIOHTTP1
import ProfessorLock

/// Section 4: resident memory of the Swift server holding many idle SSE streams: every
/// `threads.create` turn waits on a fake model that sleeps an hour before its first delta.
enum MemorySuite {
    static let target = 10_000
    static let batch = 250

    /// 1,000 streams, then as close to 10,000 as the open-file limit allows. Every stream holds two
    /// sockets in the server (client, model), which `serve` budgets with ``ConnectionBudget``, and two
    /// in the bench (client, fake model), which shares the same limit.
    static func checkpoints(fileLimit: Int) -> [Int] {
        let reachable = ConnectionBudget.maximumConnections(fileLimit: fileLimit) / batch * batch
        return [1_000, min(target, max(2_000, reachable))]
    }

    static func run(paths: BenchPaths) async throws {
        let limit = ConnectionBudget.raiseFileLimit()
        let replies = DeterministicReplies(toolName: "build_parlay", toolArguments: ["build_parlay": ToolBenches.parlayArguments], delayPerDelta: .seconds(3_600))
        try await withFakeModelServer(configuration: FakeModelServer.Configuration(deterministicReplies: replies)) { model in
            let client = LoadGenerator.makeClient(maximumConnections: 20_000)
            do {
                try await measure(paths: paths, modelBaseURL: try await model.baseURL(), client: client, fileLimit: limit)
                try await client.shutdown()
            } catch {
                try? await client.shutdown()
                throw error
            }
        }
    }

    private static func measure(paths: BenchPaths, modelBaseURL: String, client: HTTPClient, fileLimit: Int) async throws {
        let launcher = try ServerLauncher.swift(paths: paths)
        let server = try await launcher.start(modelBaseURL: modelBaseURL, run: 200)
        let pid = server.process.pid
        let url = "http://127.0.0.1:\(server.port)/chatkit"
        try await Task.sleep(for: .seconds(1))
        let idle = ProcessStats.residentBytes(pid) ?? 0
        var readings: [(streams: Int, bytes: Int)] = [(0, idle)]
        let tally = Tally()
        let checkpoints = checkpoints(fileLimit: fileLimit)

        await withTaskGroup(of: Void.self) { group in
            var started = 0
            for checkpoint in checkpoints {
                while started < checkpoint {
                    let count = min(batch, checkpoint - started)
                    for _ in 0..<count {
                        group.addTask { await holdStream(url: url, client: client, tally: tally) }
                    }
                    started += count
                    await waitUntil(timeout: .seconds(60)) { tally.successes + tally.failures >= started }
                }
                try? await Task.sleep(for: .seconds(2))
                guard let resident = ProcessStats.residentBytes(pid) else {
                    progress("  the server is gone at \(tally.successes) open streams")
                    break
                }
                readings.append((tally.successes, resident))
                progress("  \(readings.last!.streams) open streams: RSS \(readableBytes(Double(resident)))")
            }
            group.cancelAll()
        }
        await server.process.stop(grace: .seconds(15))

        var table = Table("Memory: idle open SSE streams on the Swift server", columns: ["Open streams", "RSS", "per stream (vs idle)", "per stream (marginal)", "Target", "Result"])
        table.add(["0 (idle)", readableBytes(Double(idle)), "", "", "", ""])
        for index in 1..<readings.count {
            let (streams, bytes) = readings[index]
            let previous = readings[index - 1]
            let perStream = Double(bytes - idle) / Double(max(1, streams))
            let marginal = Double(bytes - previous.bytes) / Double(max(1, streams - previous.streams))
            let (target, met): (String, Bool) =
                index > 1 ? ("< 20 KB/stream", marginal < 20 * 1024) : ("< 200 MB total", bytes < 200 << 20)
            table.add(["\(streams)", readableBytes(Double(bytes)), readableBytes(perStream), readableBytes(marginal), target, verdict(met)])
        }
        table.note("fd limit \(fileLimit) (bench and server); streams opened in batches of \(batch); the fake model sleeps 1 h before its first delta")
        if let reached = readings.last?.streams, reached < target {
            table.note("\(target) streams would need \(2 * target) sockets in each process: the fd limit allows \(reached)")
        }
        if tally.failures > 0 { table.note("\(tally.failures) stream(s) failed or ended early; first: \(tally.firstFailure ?? "")") }
        table.print()
        if readings.count <= checkpoints.count {
            throw BenchFailure("the server exited while holding streams:\n\(server.process.logTail())")
        }
    }

    /// Opens one `threads.create` stream and keeps reading it until cancelled; counts it as open at its first bytes.
    private static func holdStream(url: String, client: HTTPClient, tally: Tally) async {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: LoadGenerator.turnBody))
        var counted = false
        do {
            let response = try await client.execute(request, timeout: .seconds(3_600))
            guard response.status == .ok else { throw BenchFailure("HTTP \(response.status.code)") }
            for try await _ in response.body where !counted {
                counted = true
                tally.succeeded()
            }
            if !Task.isCancelled { throw BenchFailure("the server ended an idle stream") }
        } catch {
            if Task.isCancelled { return }
            if counted { tally.retractSuccess() }
            tally.failed(error)
        }
    }

    private static func waitUntil(timeout: Duration, _ condition: () -> Bool) async {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while !condition(), clock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
    }
}
