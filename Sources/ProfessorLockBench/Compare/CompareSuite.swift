import AsyncHTTPClient
import FakeModelServer
import Foundation
import JSONValue
import NIOCore
import NIOHTTP1

/// Section 2: the Swift server and the Python reference under the same load, against the same
/// scripted fake model (one `build_parlay` call, then a 50-token answer, one delta every 1 ms on a fixed schedule).
enum CompareSuite {
    /// Client counts; `PROFESSOR_LOCK_BENCH_CLIENTS=1,64` narrows a run while tuning.
    static let levels = BenchEnvironment.integers("PROFESSOR_LOCK_BENCH_CLIENTS") ?? [1, 16, 64, 256]
    /// Seconds per level; `PROFESSOR_LOCK_BENCH_SECONDS` overrides.
    static let levelDuration: Duration = .seconds(BenchEnvironment.integers("PROFESSOR_LOCK_BENCH_SECONDS")?.first ?? 10)
    static let answerTokens = 50
    static let delayPerDelta: Duration = .milliseconds(1)
    /// Python gets one uvicorn worker per core, as it would be deployed.
    static let pythonWorkers = 2

    struct Row {
        var server: String
        var clients: Int
        var outcome: LoadGenerator.Outcome
        var peakBytes: Int
        var cpuSeconds: Double
        /// At 1 client: each turn's time minus the fake model's time on that turn's own requests.
        var ownTime: Samples?
    }

    static func run(paths: BenchPaths, python: URL?) async throws {
        let replies = DeterministicReplies(
            toolName: "build_parlay", toolArguments: ["build_parlay": ToolBenches.parlayArguments],
            answerTokenCount: answerTokens, delayPerDelta: delayPerDelta)
        let configuration = FakeModelServer.Configuration(deterministicReplies: replies, recordedRequestLimit: 16)
        try await withFakeModelServer(configuration: configuration) { model in
            let client = LoadGenerator.makeClient(maximumConnections: 2_048)
            do {
                try await compare(paths: paths, python: python, model: model, client: client)
                try await client.shutdown()
            } catch {
                try? await client.shutdown()
                throw error
            }
        }
    }

    private static func compare(paths: BenchPaths, python: URL?, model: FakeModelServer, client: HTTPClient) async throws {
        let modelBaseURL = try await model.baseURL()
        var modelTime: Samples?
        var launchers = [try ServerLauncher.swift(paths: paths)]
        if let python { launchers.append(try ServerLauncher.python(paths: paths, python: python, workers: pythonWorkers)) }
        let generator = LoadGenerator(client: client, finalToken: " token\(answerTokens - 1)")
        var rows: [Row] = []
        for launcher in launchers {
            progress("  starting the \(launcher.name) server …")
            let server = try await launcher.start(modelBaseURL: modelBaseURL, run: 0)
            let url = "http://127.0.0.1:\(server.port)/chatkit"
            _ = await generator.drive(url: url, clients: 4, duration: .seconds(2))  // warm-up
            if modelTime == nil {
                modelTime = try await ModelBaseline.pairTime(baseURL: modelBaseURL, client: client, bodies: ModelBaseline.turnBodies(model.requests))
            }
            if let turns = BenchEnvironment.integers("PROFESSOR_LOCK_BENCH_TIMELINE")?.first {
                for turn in 1...turns {
                    progress("  \(launcher.name) turn \(turn) of \(turns), frame by frame:")
                    try await TurnTimeline.print(url: url, client: client)
                }
            }
            for clients in levels {
                progress("  \(launcher.name): \(clients) client(s) for \(levelDuration.readable) …")
                let cpuBefore = ProcessStats.treeCPUSeconds(server.process.pid)
                let (outcome, peak) = try await withPeakResidentBytes(of: server.process.pid) {
                    await generator.drive(url: url, clients: clients, duration: levelDuration)
                }
                let cpu = ProcessStats.treeCPUSeconds(server.process.pid) - cpuBefore
                let ownTime = clients == 1 ? Samples(outcome.windows.map { $0.upperBound - $0.lowerBound - model.servingTime(receivedIn: $0) }) : nil
                rows.append(Row(server: launcher.name, clients: clients, outcome: outcome, peakBytes: peak, cpuSeconds: cpu, ownTime: ownTime))
                if let first = outcome.firstFailure { progress("    \(outcome.failures) failed turn(s); first: \(first.prefix(300))") }
            }
            await server.process.stop(grace: .seconds(10))
        }
        if let modelTime { printTable(rows, modelTime: modelTime, pythonRan: python != nil) }
    }

    private static func printTable(_ rows: [Row], modelTime: Samples, pythonRan: Bool) {
        var table = Table(
            "Swift vs Python reference: threads.create turns (1 build_parlay call + \(answerTokens)-token answer, \(delayPerDelta.readable)/delta)",
            columns: ["Clients", "Server", "turns/s", "p50", "p99", "overhead p50", "own p50", "peak RSS", "CPU/turn", "errors"])
        for clients in levels {
            let pair = rows.filter { $0.clients == clients }
            for row in pair {
                let turns = max(1, row.outcome.turns)
                table.add([
                    "\(clients)", row.server, fixed(row.outcome.turnsPerSecond, 1), row.outcome.latencies.p50.readable,
                    row.outcome.latencies.p99.readable, (row.outcome.latencies.p50 - modelTime.p50).readable,
                    row.ownTime?.p50.readable ?? "", readableBytes(Double(row.peakBytes)), (Duration.seconds(row.cpuSeconds / Double(turns))).readable,
                    "\(row.outcome.failures)",
                ])
            }
            if let swift = pair.first(where: { $0.server == "Swift" }), let python = pair.first(where: { $0.server == "Python" }) {
                let swiftCPU = swift.cpuSeconds / Double(max(1, swift.outcome.turns))
                let pythonCPU = python.cpuSeconds / Double(max(1, python.outcome.turns))
                table.add([
                    "\(clients)", "Swift/Python", fixed(swift.outcome.turnsPerSecond / python.outcome.turnsPerSecond, 2) + "x",
                    fixed(swift.outcome.latencies.p50.seconds / python.outcome.latencies.p50.seconds, 2) + "x",
                    fixed(swift.outcome.latencies.p99.seconds / python.outcome.latencies.p99.seconds, 2) + "x", "", "",
                    fixed(Double(swift.peakBytes) / Double(python.peakBytes), 2) + "x", fixed(swiftCPU / pythonCPU, 2) + "x", "",
                ])
            }
        }
        table.note("fake model alone (the Swift server's tool-call and answer requests replayed, sequential, 1 client): p50 \(modelTime.p50.readable), p99 \(modelTime.p99.readable); overhead = turn p50 minus that")
        table.note("own (1 client) = each turn minus the fake model's time on that turn's requests, from the request reaching its handler to the end of its body: also counts every loopback hop, the turn's new connection and the fake model's own request dispatch")
        table.note("Swift: professor-lock serve, SQLite store on disk; Python: openai-chatkit 1.6.5 + openai-agents, in-memory store, uvicorn --workers \(pythonWorkers)")
        table.note("RSS and CPU are summed over the server's process tree (uvicorn master + workers)")
        if let swift64 = rows.first(where: { $0.server == "Swift" && $0.clients == 64 }) {
            if let single = rows.first(where: { $0.server == "Swift" && $0.clients == 1 }), let own = single.ownTime {
                let overhead = single.outcome.latencies.p50 - modelTime.p50
                table.note("target: Swift server overhead p50 < 2 ms at 1 client: \(overhead.readable) -> \(verdict(overhead < .milliseconds(2))) (own \(own.p50.readable))")
            }
            if let python64 = rows.first(where: { $0.server == "Python" && $0.clients == 64 }) {
                let ratio = swift64.outcome.turnsPerSecond / python64.outcome.turnsPerSecond
                let p99OK = swift64.outcome.latencies.p99 <= python64.outcome.latencies.p99
                table.note("target: at 64 clients >= 10x Python's turns/s at equal or better p99: \(fixed(ratio, 2))x, p99 \(p99OK ? "better" : "worse") -> \(verdict(ratio >= 10 && p99OK))")
            }
        }
        if !pythonRan { table.note("the Python reference did not run (no venv); ratios are missing") }
        table.print()
    }
}

/// What the fake model alone takes for one turn's two requests, so server overhead can be separated.
enum ModelBaseline {
    /// The bodies of a tool-call request and of an answer request, as the first server sent them during
    /// its warm-up: the fake model's own time (parsing the body, echoing the instructions) depends on them.
    static func turnBodies(_ requests: [RecordedRequest]) throws -> [String] {
        /// The latest request whose newest input item passes `test` (a user message, or a tool output).
        func latest(where test: (JSONValue) -> Bool) -> RecordedRequest? {
            requests.last { request in
                request.endpoint == .responses && request.body["input"]?.arrayValue?.last.map(test) == true
            }
        }
        guard let toolCall = latest(where: { $0["role"]?.stringValue == "user" }),
              let answer = latest(where: { $0["type"]?.stringValue == "function_call_output" })
        else {
            throw BenchFailure("the warm-up left no tool-call and answer requests to replay for the baseline")
        }
        return [toolCall.body.jsonString(), answer.body.jsonString()]
    }

    static func pairTime(baseURL: String, client: HTTPClient, bodies: [String]) async throws -> Samples {
        try await sample(iterations: 60, warmup: 5) {
            for body in bodies {
                var request = HTTPClientRequest(url: baseURL + "/responses")
                request.method = .POST
                request.headers.add(name: "content-type", value: "application/json")
                request.body = .bytes(ByteBuffer(string: body))
                let response = try await client.execute(request, timeout: .seconds(30))
                let bytes = try await response.body.collect(upTo: 1 << 20)
                guard response.status == .ok, String(buffer: bytes).contains("response.completed") else {
                    throw BenchFailure("the fake model answered \(response.status.code) to the baseline request")
                }
            }
        }
    }
}
