import AgentRuntime
import JSONValue

/// Builds the `POST /responses` body exactly as the Agents SDK sends it (§2.1, §2.3, §3.5, §4.1).
enum ResponsesRequestEncoder {
    static func body(for request: ModelRequest, defaultModel: String) -> [UInt8] {
        var body: [String: JSONValue] = [
            "model": .string(request.model.isEmpty ? defaultModel : request.model),
            "input": .array(request.input.map(inputItem)),
            "include": [],
            "stream": true,
        ]
        body["instructions"] = request.instructions.map(JSONValue.string)
        var encoded: [String: [UInt8]] = [:]
        if !request.tools.isEmpty {
            encoded["tools"] = JSONValue.arrayBytes(request.tools.map(\.responsesToolJSON))
            body["parallel_tool_calls"] = request.parallelToolCalls.map(JSONValue.bool)
        }
        body["tool_choice"] = request.toolChoice.map(toolChoice)
        return JSONValue.objectBytes(body, encoded: encoded)
    }

    static func inputItem(_ item: ModelInputItem) -> JSONValue {
        switch item {
        case .userMessage(let text):
            return ["content": .string(text), "role": "user"]
        case .assistantMessage(let id, let text):
            var message: [String: JSONValue] = [
                "type": "message",
                "role": "assistant",
                "status": "completed",
                "content": [["type": "output_text", "text": .string(text), "annotations": [], "logprobs": []]],
            ]
            message["id"] = id.map(JSONValue.string)
            return .object(message)
        case .functionCall(let id, let callID, let name, let arguments):
            var call: [String: JSONValue] = [
                "type": "function_call",
                "call_id": .string(callID),
                "name": .string(name),
                "arguments": .string(arguments),
                "status": "completed",
            ]
            call["id"] = id.map(JSONValue.string)
            return .object(call)
        case .functionCallOutput(let callID, let output):
            return ["type": "function_call_output", "call_id": .string(callID), "output": .string(output)]
        }
    }

    static func toolChoice(_ choice: ToolChoice) -> JSONValue {
        switch choice {
        case .auto: "auto"
        case .required: "required"
        case .none: "none"
        case .function(let name): ["type": "function", "name": .string(name)]
        }
    }
}
