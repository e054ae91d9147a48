import AgentRuntime

/// Prints a run's events as they arrive, then the result of a standalone tool call.
protocol EventPrinter: Sendable {
    func print(_ events: EventBus.Events) async
    func printResult(_ result: StandaloneToolResult)
}
