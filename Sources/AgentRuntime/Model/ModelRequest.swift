import JSONValue

/// Everything one model call needs: the full history is replayed on every turn.
public struct ModelRequest: Sendable, Hashable {
    public var model: String
    public var instructions: String?
    public var input: [ModelInputItem]
    public var tools: [ToolDefinition]
    public var toolChoice: ToolChoice?
    public var parallelToolCalls: Bool?

    public init(
        model: String,
        instructions: String?,
        input: [ModelInputItem],
        tools: [ToolDefinition],
        toolChoice: ToolChoice? = nil,
        parallelToolCalls: Bool? = nil
    ) {
        self.model = model
        self.instructions = instructions
        self.input = input
        self.tools = tools
        self.toolChoice = toolChoice
        self.parallelToolCalls = parallelToolCalls
    }
}

/// How the model may use tools on this call (omitted from the request when `nil`).
public enum ToolChoice: Sendable, Hashable {
    case auto
    case required
    case none
    /// Force one named function.
    case function(String)
}

/// A tool as the model sees it: name, description and the strict JSON Schema of its arguments.
///
/// Its `tools[]` element is written once, here, for each API: model requests splice these bytes in
/// rather than writing the same schemas again on every request.
public struct ToolDefinition: Sendable, Hashable {
    public let name: String
    public let description: String
    /// The strict-mode parameter schema (object root, closed objects, every key required).
    public let parameters: JSONValue
    /// ``responsesTool`` as JSON text.
    public let responsesToolJSON: [UInt8]
    /// ``chatCompletionsTool`` as JSON text.
    public let chatCompletionsToolJSON: [UInt8]

    public init(name: String, description: String, parameters: JSONValue) {
        self.name = name
        self.description = description
        self.parameters = parameters
        responsesToolJSON = Self.responsesTool(name: name, description: description, parameters: parameters).jsonBytes()
        chatCompletionsToolJSON = Self.chatCompletionsTool(name: name, description: description, parameters: parameters).jsonBytes()
    }
}
