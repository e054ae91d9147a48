import AgentRuntime

/// A tool whose body is a closure, for registry and validation tests.
struct SchemaTestTool<Arguments: ToolArguments>: Tool {
    let name: String
    var description = "A test tool."
    let body: @Sendable (Arguments) async throws -> String

    init(name: String, description: String = "A test tool.", body: @escaping @Sendable (Arguments) async throws -> String) {
        self.name = name
        self.description = description
        self.body = body
    }

    func call(arguments: Arguments, context: ToolContext) async throws -> String {
        try await body(arguments)
    }
}

/// A context whose events go nowhere.
func silentToolContext(tool: String) -> ToolContext {
    ToolContext(callID: "call_1", toolName: tool, caller: .operator_, sink: EventSink { _ in })
}
