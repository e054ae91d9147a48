import JSONValue

extension ToolDefinition {
    /// The `tools[]` element of a Responses API request (flat, no `function` wrapper).
    public var responsesTool: JSONValue {
        Self.responsesTool(name: name, description: description, parameters: parameters)
    }

    /// The `tools[]` element of a Chat Completions request (wrapped in `function`).
    public var chatCompletionsTool: JSONValue {
        Self.chatCompletionsTool(name: name, description: description, parameters: parameters)
    }

    static func responsesTool(name: String, description: String, parameters: JSONValue) -> JSONValue {
        [
            "type": "function",
            "name": .string(name),
            "description": .string(description),
            "parameters": parameters,
            "strict": true,
        ]
    }

    static func chatCompletionsTool(name: String, description: String, parameters: JSONValue) -> JSONValue {
        [
            "type": "function",
            "function": [
                "name": .string(name),
                "description": .string(description),
                "parameters": parameters,
                "strict": true,
            ],
        ]
    }
}
