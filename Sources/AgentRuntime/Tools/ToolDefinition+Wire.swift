import JSONValue

extension ToolDefinition {
    /// The `tools[]` element of a Responses API request (flat, no `function` wrapper).
    public var responsesTool: JSONValue {
        [
            "type": "function",
            "name": .string(name),
            "description": .string(description),
            "parameters": parameters,
            "strict": true,
        ]
    }

    /// The `tools[]` element of a Chat Completions request (wrapped in `function`).
    public var chatCompletionsTool: JSONValue {
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
