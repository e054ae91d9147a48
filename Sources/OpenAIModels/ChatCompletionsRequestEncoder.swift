import AgentRuntime
import JSONValue

/// Builds the `POST /chat/completions` body exactly as the Agents SDK sends it (§2.2, §2.3, §5.1).
///
/// History maps onto messages: the instructions become a leading system message, consecutive
/// function calls join the preceding assistant message's `tool_calls` (with `content: null` when
/// there is no text), and outputs become `role: "tool"` messages.
enum ChatCompletionsRequestEncoder {
    static func body(for request: ModelRequest, defaultModel: String, isOpenAIPlatform: Bool) -> [UInt8] {
        var body: [String: JSONValue] = [
            "model": .string(request.model.isEmpty ? defaultModel : request.model),
            "messages": .array(messages(instructions: request.instructions, input: request.input)),
            "stream": true,
        ]
        var encoded: [String: [UInt8]] = [:]
        if !request.tools.isEmpty {
            encoded["tools"] = JSONValue.arrayBytes(request.tools.map(\.chatCompletionsToolJSON))
            body["parallel_tool_calls"] = request.parallelToolCalls.map(JSONValue.bool)
        }
        body["tool_choice"] = request.toolChoice.map(toolChoice)
        if isOpenAIPlatform {
            body["store"] = true
            body["stream_options"] = ["include_usage": true]
        }
        return JSONValue.objectBytes(body, encoded: encoded)
    }

    static func messages(instructions: String?, input: [ModelInputItem]) -> [JSONValue] {
        var messages: [JSONValue] = []
        if let instructions {
            messages.append(["content": .string(instructions), "role": "system"])
        }
        /// The assistant message still accepting tool calls, kept apart until the next non-call item.
        var pendingAssistant: (content: JSONValue, toolCalls: [JSONValue])?
        func flushAssistant() {
            guard let assistant = pendingAssistant else { return }
            var message: [String: JSONValue] = ["role": "assistant", "content": assistant.content]
            if !assistant.toolCalls.isEmpty { message["tool_calls"] = .array(assistant.toolCalls) }
            messages.append(.object(message))
            pendingAssistant = nil
        }
        for item in input {
            switch item {
            case .userMessage(let text):
                flushAssistant()
                messages.append(["role": "user", "content": .string(text)])
            case .assistantMessage(_, let text):
                flushAssistant()
                pendingAssistant = (.string(text), [])
            case .functionCall(_, let callID, let name, let arguments):
                let call: JSONValue = [
                    "id": .string(callID),
                    "type": "function",
                    "function": ["name": .string(name), "arguments": .string(arguments)],
                ]
                pendingAssistant = (pendingAssistant?.content ?? .null, (pendingAssistant?.toolCalls ?? []) + [call])
            case .functionCallOutput(let callID, let output):
                flushAssistant()
                messages.append(["role": "tool", "tool_call_id": .string(callID), "content": .string(output)])
            }
        }
        flushAssistant()
        return messages
    }

    static func toolChoice(_ choice: ToolChoice) -> JSONValue {
        switch choice {
        case .auto: "auto"
        case .required: "required"
        case .none: "none"
        case .function(let name): ["type": "function", "function": ["name": .string(name)]]
        }
    }
}
