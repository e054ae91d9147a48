/// How an agent run talks to the model and runs tools.
public struct AgentConfiguration: Sendable, Hashable {
    /// The SDK's default turn limit; a turn is one model call plus the tools it triggered.
    public static let defaultMaxTurns = 10
    /// How long a tool may run when ``toolTimeouts`` has no entry for it.
    public static let defaultToolTimeout = Duration.seconds(60)

    /// The model name sent with every request.
    public var model: String
    /// The system instructions sent with every request.
    public var instructions: String?
    /// Checked before each model call: the run fails with `Max turns (N) exceeded` instead of
    /// making call N+1 (the tools of turn N still run).
    public var maxTurns: Int
    /// `tool_choice` for the first request; later requests omit it once a tool was used, so a
    /// forced tool cannot loop forever.
    public var toolChoice: ToolChoice?
    /// Sent as `parallel_tool_calls` (never reset). The loop runs every returned call
    /// concurrently either way.
    public var parallelToolCalls: Bool?
    /// Per-tool time limits by tool name; a tool over its limit is cancelled and the model is told.
    public var toolTimeouts: [String: Duration]
    /// The limit for tools without an entry in ``toolTimeouts``.
    public var defaultToolTimeout: Duration

    public init(
        model: String,
        instructions: String? = nil,
        maxTurns: Int = AgentConfiguration.defaultMaxTurns,
        toolChoice: ToolChoice? = nil,
        parallelToolCalls: Bool? = nil,
        toolTimeouts: [String: Duration] = [:],
        defaultToolTimeout: Duration = AgentConfiguration.defaultToolTimeout
    ) {
        self.model = model
        self.instructions = instructions
        self.maxTurns = maxTurns
        self.toolChoice = toolChoice
        self.parallelToolCalls = parallelToolCalls
        self.toolTimeouts = toolTimeouts
        self.defaultToolTimeout = defaultToolTimeout
    }

    /// The time limit of the tool called `name`.
    public func timeout(forTool name: String) -> Duration {
        toolTimeouts[name] ?? defaultToolTimeout
    }
}
