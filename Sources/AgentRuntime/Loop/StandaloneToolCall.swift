import JSONValue

/// How a tool call made outside an agent run ended (the CLI's `tools call`).
public enum StandaloneToolResult: Sendable, Hashable {
    case succeeded(ToolOutput)
    case failed(ToolFailure)
    case timedOut(Duration)
    case cancelled
}

extension ToolRegistry {
    /// Runs one tool the way the loop would (validated arguments, time limit, events on `bus`),
    /// without a model: `toolStarted`, the tool's own events, then `toolFinished`.
    /// The bus is not finished, so a caller can run several calls into one bus.
    public func callStandalone(
        name: String,
        arguments: String,
        caller: CallerIdentity,
        timeout: Duration,
        bus: EventBus
    ) async -> StandaloneToolResult {
        let info = ToolCallInfo(callID: EventIdentifiers.make("call"), name: name, arguments: arguments)
        let context = ToolContext(callID: info.callID, toolName: name, caller: caller, sink: bus.sink)
        await bus.send(.toolStarted(info))
        let clock = ContinuousClock()
        let start = clock.now
        let result: StandaloneToolResult
        switch await withTimeLimit(timeout, { await self.invoke(name: name, arguments: arguments, context: context) }) {
        case .finished(.succeeded(let output)): result = .succeeded(output)
        case .finished(.failed(let failure)): result = .failed(failure)
        case .timedOut: result = .timedOut(timeout)
        case .cancelled: result = .cancelled
        }
        let report = result.report(toolName: name)
        await bus.send(.toolFinished(info, duration: clock.now - start, outcome: report.outcome, output: report.output))
        return result
    }
}

extension StandaloneToolResult {
    /// What the model would have received for this call, and how it ended.
    func report(toolName: String) -> ToolCallResult {
        switch self {
        case .succeeded(let output): ToolCallResult(.succeeded(output))
        case .failed(let failure): ToolCallResult(.failed(failure))
        case .timedOut(let limit): .timedOut(toolName: toolName, after: limit)
        case .cancelled: .cancelled
        }
    }
}
