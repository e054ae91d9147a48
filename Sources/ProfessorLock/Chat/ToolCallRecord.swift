import JSONValue

/// A server-side tool call as stored in the thread (a hidden context item): the model's call and
/// the output it received, so later turns replay the full history, not just the visible messages.
struct ToolCallRecord: Equatable {
    static let kind = "tool_call"

    var callID: String
    var name: String
    /// The argument JSON text exactly as the model sent it.
    var arguments: String
    /// The output text exactly as the model received it.
    var output: String

    var json: JSONValue {
        ["type": .string(Self.kind), "call_id": .string(callID), "name": .string(name), "arguments": .string(arguments), "output": .string(output)]
    }

    /// Reads a record back from a hidden context item's content; `nil` for other hidden context.
    init?(_ content: JSONValue) {
        guard content["type"] == .string(Self.kind),
            let callID = content["call_id"]?.stringValue, let name = content["name"]?.stringValue,
            let arguments = content["arguments"]?.stringValue, let output = content["output"]?.stringValue
        else { return nil }
        self.init(callID: callID, name: name, arguments: arguments, output: output)
    }

    init(callID: String, name: String, arguments: String, output: String) {
        self.callID = callID
        self.name = name
        self.arguments = arguments
        self.output = output
    }
}
