/// A complete model response: what the loop replays and acts on.
public struct ModelResponse: Sendable, Hashable {
    /// The provider's response id when it has one.
    public var id: String?
    public var output: [ModelOutputItem]
    public var usage: TokenUsage?

    public init(id: String? = nil, output: [ModelOutputItem], usage: TokenUsage? = nil) {
        self.id = id
        self.output = output
        self.usage = usage
    }

    /// The function calls in output order.
    public var functionCalls: [FunctionCall] {
        output.compactMap { if case .functionCall(let call) = $0 { call } else { nil } }
    }
}

/// One output item of a response.
public enum ModelOutputItem: Sendable, Hashable {
    case message(id: String, text: String)
    case functionCall(FunctionCall)
}

/// A function call requested by the model.
public struct FunctionCall: Sendable, Hashable {
    /// The output item id (`fc_…` on the Responses API); may be synthesised.
    public var id: String
    /// The id that the output must quote (`call_…`).
    public var callID: String
    public var name: String
    /// The raw JSON text of the arguments, exactly as the model sent it.
    public var arguments: String

    public init(id: String, callID: String, name: String, arguments: String) {
        self.id = id
        self.callID = callID
        self.name = name
        self.arguments = arguments
    }
}

/// Token counts reported by the provider.
public struct TokenUsage: Sendable, Hashable {
    public var inputTokens: Int
    public var outputTokens: Int

    public init(inputTokens: Int, outputTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }
}
