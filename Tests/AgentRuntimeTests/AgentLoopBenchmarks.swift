import AgentRuntime
import Foundation
import Testing

/// Throughput and overhead measurements, written against the public API only so a benchmark
/// executable can reuse them. Skipped unless `AGENT_RUNTIME_BENCHMARKS=1` (they print figures
/// and assert nothing about speed, which would flake on a shared machine). Measure in release:
/// `AGENT_RUNTIME_BENCHMARKS=1 swift test -c release --filter AgentLoopBenchmarks`.
enum AgentRuntimeBenchmarks {
    /// Events per second from one producer to one consumer through an ``EventBus``.
    static func busThroughput(events: Int = 2_000_000, capacity: Int = EventBus.defaultCapacity) async -> Double {
        let bus = EventBus(capacity: capacity)
        let clock = ContinuousClock()
        let start = clock.now
        async let produced: Void = {
            for _ in 0..<events { await bus.send(.assistantTextDelta(messageID: "msg_1", delta: "tok")) }
            bus.finish()
        }()
        var received = 0
        for await _ in bus.events { received += 1 }
        await produced
        precondition(received == events, "the bus lost \(events - received) events")
        return Double(events) / (clock.now - start).seconds
    }

    /// Wall time of whole runs (model double answering at once, one no-op tool call, then a
    /// final answer; a consumer draining the bus), so everything measured is loop + bus overhead.
    /// Returns the sorted per-run durations.
    static func oneToolCallRuns(count: Int = 20_000) async throws -> [Duration] {
        try await runs(count: count, model: InstantModel())
    }

    /// The same runs without the tool call (the model answers at once): the baseline that
    /// ``oneToolCallRuns(count:)`` is compared with to isolate the cost of one tool call.
    static func answerOnlyRuns(count: Int = 20_000) async throws -> [Duration] {
        try await runs(count: count, model: InstantModel(answersAtOnce: true))
    }

    private static func runs(count: Int, model: InstantModel) async throws -> [Duration] {
        let registry = try ToolRegistry([NoOpTool()])
        let clock = ContinuousClock()
        var durations: [Duration] = []
        durations.reserveCapacity(count)
        for _ in 0..<count {
            let runner = AgentRunner(model: model, tools: registry, configuration: AgentConfiguration(model: "bench"))
            let bus = EventBus()
            let start = clock.now
            async let result = runner.run(history: [.userMessage("go")], caller: .operator_, bus: bus)
            for await _ in bus.events {}
            _ = try await result
            durations.append(clock.now - start)
        }
        return durations.sorted()
    }

    /// Answers with one call to `noop`, then (once the history holds its output) with text.
    struct InstantModel: ModelClient {
        var answersAtOnce = false
        let label = "instant"
        func streamResponse(to request: ModelRequest, onEvent: (ModelStreamEvent) async throws -> Void) async throws -> ModelResponse {
            if answersAtOnce || request.input.last != .userMessage("go") {
                try await onEvent(.messageStarted(id: "msg_1"))
                try await onEvent(.textDelta(messageID: "msg_1", delta: "done"))
                try await onEvent(.messageDone(id: "msg_1", text: "done"))
                return ModelResponse(output: [.message(id: "msg_1", text: "done")])
            }
            return ModelResponse(output: [.functionCall(FunctionCall(id: "fc_1", callID: "call_1", name: "noop", arguments: "{}"))])
        }
    }

    struct NoOpTool: Tool {
        struct Arguments: ToolArguments {}
        let name = "noop"
        let description = "Does nothing."
        func call(arguments: Arguments, context: ToolContext) async throws -> String { "ok" }
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    fileprivate var microseconds: Double { seconds * 1e6 }
}

@Suite("Agent loop benchmarks", .serialized, .enabled(if: ProcessInfo.processInfo.environment["AGENT_RUNTIME_BENCHMARKS"] == "1"))
struct AgentLoopBenchmarks {
    @Test("event bus throughput, one producer to one consumer")
    func busThroughput() async {
        for _ in 0..<3 {
            let rate = await AgentRuntimeBenchmarks.busThroughput()
            print("EventBus throughput: \(Int(rate)) events/s")
        }
    }

    @Test("loop and bus overhead of a run with one tool call")
    func dispatchOverhead() async throws {
        let baseline = try await AgentRuntimeBenchmarks.answerOnlyRuns()
        let withTool = try await AgentRuntimeBenchmarks.oneToolCallRuns()
        func p50(_ durations: [Duration]) -> Double { durations[durations.count / 2].microseconds }
        print("Answer-only run (1 model turn, 4 events): p50 \(p50(baseline)) µs")
        print("One-tool-call run (2 model turns, 6 events): p50 \(p50(withTool)) µs")
        print("One tool call through loop + bus: p50 \(p50(withTool) - p50(baseline)) µs")
    }
}
