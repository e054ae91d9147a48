import AgentRuntime

/// The runtime's own overheads, through its public API only (moved here from the AgentRuntime test
/// target, where they ran as an opt-in suite).
enum AgentLoopBench {
    static func run() async throws -> [MicroResult] {
        var rates: [Double] = []
        for _ in 0..<3 { rates.append(await busThroughput()) }
        let rate = rates.sorted()[1]
        let bus = MicroResult(
            name: "Event bus, 1 producer -> 1 consumer", p50: "", p99: "",
            figure: "\(fixed(rate / 1e6, 2))M events/s (median of 3)", target: ">= 500k events/s", met: rate >= 500_000)

        let baseline = try await runs(count: 20_000, model: InstantModel(answersAtOnce: true))
        let withTool = try await runs(count: 20_000, model: InstantModel())
        let overheadP50 = withTool.p50 - baseline.p50
        let overheadP99 = withTool.p99 - baseline.p99
        let dispatch = MicroResult(
            name: "One tool call through loop + bus", p50: overheadP50.readable, p99: overheadP99.readable,
            figure: "run with tool \(withTool.p50.readable), answer-only \(baseline.p50.readable)",
            target: "p50 < 50.0 µs", met: overheadP50 < .microseconds(50))
        return [dispatch, bus]
    }

    /// Events per second from one producer to one consumer through an ``EventBus``.
    static func busThroughput(events: Int = 2_000_000) async -> Double {
        let bus = EventBus(capacity: EventBus.defaultCapacity)
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

    /// Whole runs (model double answering at once, one no-op tool call, then a final answer; a
    /// consumer draining the bus), so everything measured is loop + bus overhead. The answer-only
    /// variant is the baseline that isolates the cost of the tool call.
    static func runs(count: Int, model: InstantModel) async throws -> Samples {
        let registry = try ToolRegistry([NoOpTool()])
        return try await sample(iterations: count, warmup: 500) {
            let runner = AgentRunner(model: model, tools: registry, configuration: AgentConfiguration(model: "bench"))
            let bus = EventBus()
            async let result = runner.run(history: [.userMessage("go")], caller: .operator_, bus: bus)
            for await _ in bus.events {}
            _ = try await result
        }
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
