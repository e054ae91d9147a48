import FakeModelServer
import JSONValue

/// A recorded model request reduced to what the loop replayed, in one vocabulary for both APIs:
/// `user:…`, `assistant:…`, `call:<call_id>:<name>:<arguments>`, `output:<call_id>:<output>`.
/// Chat Completions' system message is left out (the instructions are checked separately).
enum ReplayedConversation {
    static func entries(of request: RecordedRequest) -> [String] {
        switch request.endpoint {
        case .responses: responsesEntries(request.body)
        case .chatCompletions: chatEntries(request.body)
        }
    }

    /// The tool names the request offered.
    static func toolNames(of request: RecordedRequest) -> [String] {
        (request.body["tools"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue ?? $0["function"]?["name"]?.stringValue }
    }

    /// The parameter schema of the offered tool `name`.
    static func parameters(of name: String, in request: RecordedRequest) -> JSONValue? {
        for tool in request.body["tools"]?.arrayValue ?? [] {
            if tool["name"]?.stringValue == name { return tool["parameters"] }
            if tool["function"]?["name"]?.stringValue == name { return tool["function"]?["parameters"] }
        }
        return nil
    }

    private static func responsesEntries(_ body: JSONValue) -> [String] {
        (body["input"]?.arrayValue ?? []).compactMap { item in
            switch item["type"]?.stringValue {
            case "function_call":
                "call:\(item["call_id"]?.stringValue ?? "?"):\(item["name"]?.stringValue ?? "?"):\(item["arguments"]?.stringValue ?? "?")"
            case "function_call_output":
                "output:\(item["call_id"]?.stringValue ?? "?"):\(item["output"]?.stringValue ?? "?")"
            default:
                switch item["role"]?.stringValue {
                case "user": "user:\(item["content"]?.stringValue ?? "?")"
                case "assistant":
                    "assistant:" + (item["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }.joined()
                default: "other:\(item.jsonString())"
                }
            }
        }
    }

    private static func chatEntries(_ body: JSONValue) -> [String] {
        (body["messages"]?.arrayValue ?? []).flatMap { message -> [String] in
            switch message["role"]?.stringValue {
            case "system":
                return []
            case "user":
                return ["user:\(message["content"]?.stringValue ?? "?")"]
            case "assistant":
                let text = message["content"]?.stringValue.map { ["assistant:\($0)"] } ?? []
                let calls = (message["tool_calls"]?.arrayValue ?? []).map { call in
                    "call:\(call["id"]?.stringValue ?? "?"):\(call["function"]?["name"]?.stringValue ?? "?"):\(call["function"]?["arguments"]?.stringValue ?? "?")"
                }
                return text + calls
            case "tool":
                return ["output:\(message["tool_call_id"]?.stringValue ?? "?"):\(message["content"]?.stringValue ?? "?")"]
            default:
                return ["other:\(message.jsonString())"]
            }
        }
    }
}
