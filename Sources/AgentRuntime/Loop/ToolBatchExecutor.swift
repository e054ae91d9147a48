import JSONValue

/// Runs the function calls of one model response: all at once, each under its own time limit,
/// reporting `toolStarted`/`toolFinished` on the bus, and returning outputs in call order.
struct ToolBatchExecutor: Sendable {
    let tools: any ToolInvoking
    let configuration: AgentConfiguration
    let caller: CallerIdentity
    let bus: EventBus

    /// The outcome of a batch: one result per call (in call order) and the first client tool
    /// call request, if a tool made one.
    struct BatchResult: Sendable {
        var results: [ToolCallResult]
        var clientToolCall: PendingClientToolCall?
    }

    func run(_ calls: [FunctionCall]) async -> BatchResult {
        if calls.count == 1 {
            let (result, request) = await execute(calls[0])
            return BatchResult(results: [result], clientToolCall: request)
        }
        return await withTaskGroup(of: (Int, ToolCallResult, PendingClientToolCall?).self) { group in
            for (index, call) in calls.enumerated() {
                group.addTask {
                    let (result, request) = await execute(call)
                    return (index, result, request)
                }
            }
            var results = [ToolCallResult?](repeating: nil, count: calls.count)
            var requests = [PendingClientToolCall?](repeating: nil, count: calls.count)
            for await (index, result, request) in group {
                results[index] = result
                requests[index] = request
            }
            return BatchResult(results: results.map { $0! }, clientToolCall: requests.lazy.compactMap { $0 }.first)
        }
    }

    /// Runs one call and reports it; the duration covers argument validation and the call.
    private func execute(_ call: FunctionCall) async -> (ToolCallResult, PendingClientToolCall?) {
        let info = ToolCallInfo(callID: call.callID, name: call.name, arguments: call.arguments)
        await bus.send(.toolStarted(info))
        let recorder = ClientToolCallRecorder()
        let context = ToolContext(callID: call.callID, toolName: call.name, caller: caller, sink: recorder.sink(forwardingTo: bus))
        let clock = ContinuousClock()
        let start = clock.now
        let result = await invokeWithTimeout(call, context: context)
        let duration = clock.now - start
        await bus.send(.toolFinished(info, duration: duration, outcome: result.outcome, output: result.output))
        let request = recorder.arguments.map {
            PendingClientToolCall(id: call.id, callID: call.callID, name: call.name, arguments: $0)
        }
        return (result, request)
    }

    /// Races the tool against its time limit; on timeout the tool is cancelled and awaited.
    private func invokeWithTimeout(_ call: FunctionCall, context: ToolContext) async -> ToolCallResult {
        let limit = configuration.timeout(forTool: call.name)
        let tools = tools
        switch await withTimeLimit(limit, { await tools.invoke(name: call.name, arguments: call.arguments, context: context) }) {
        case .finished(let invocation): return ToolCallResult(invocation)
        case .timedOut: return .timedOut(toolName: call.name, after: limit)
        case .cancelled: return .cancelled
        }
    }
}
