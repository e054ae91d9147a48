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
        await bus.send(.toolFinished(info, duration: clock.now - start, outcome: result.outcome))
        return result
    }
}

extension StandaloneToolResult {
    var outcome: ToolOutcome {
        switch self {
        case .succeeded: .succeeded
        case .failed(.unknownTool): .unknownTool
        case .failed(.invalidArguments(_, let message)): .invalidArguments(message)
        case .failed(.failed(_, let message)): .failed(message)
        case .timedOut(let limit): .timedOut(limit)
        case .cancelled: .cancelled
        }
    }
}
