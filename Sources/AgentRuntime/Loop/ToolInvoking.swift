/// What the loop needs from a tool registry: the definitions the model sees and a way to run
/// one named call that never throws. ``ToolRegistry`` is the product's; tests script their own.
protocol ToolInvoking: Sendable {
    var definitions: [ToolDefinition] { get }
    func invoke(name: String, arguments: String, context: ToolContext) async -> ToolInvocation
}

extension ToolRegistry: ToolInvoking {}
