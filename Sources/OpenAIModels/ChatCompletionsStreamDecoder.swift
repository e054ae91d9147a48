import AgentRuntime
import JSONValue

/// Decodes a Chat Completions stream (§5.2), following the Agents SDK's rules and its known quirks.
///
/// Tool-call deltas are buffered by `index`: `id` and `name` are taken when present (the name is
/// replaced, never appended) and `arguments` are appended; calls are recognised by their deltas, not
/// by `finish_reason`, so servers that finish tool calls with `"stop"` still work.
///
/// Ids: chat messages and calls have no item ids, so the decoder mints unique message ids and
/// function-call item ids (the Python SDK uses the shared placeholder `__fake_id__`, which makes
/// consecutive messages collide). It never mints a `call_id`: that id is the only link between a
/// call and its output, so a call that arrives without one (or without a name) is an error, exactly
/// as in the SDK.
struct ChatCompletionsStreamDecoder: ModelStreamDecoder {
    private struct BufferedCall {
        var callID: String?
        var name: String?
        var arguments = ""
    }

    private let makeID: @Sendable (_ prefix: String) -> String
    private var completionID: String?
    private var messageID: String?
    private var text = ""
    private var calls: [Int: BufferedCall] = [:]
    private var finishReason: String?
    private var sawDone = false
    private var usage: TokenUsage?

    /// - Parameter makeID: mints a unique id with the given prefix (`msg_`, `fc_`).
    init(makeID: @escaping @Sendable (_ prefix: String) -> String) {
        self.makeID = makeID
    }

    var isComplete: Bool { sawDone }

    mutating func consume(_ event: ServerSentEvent) throws(ModelError) -> [ModelStreamEvent] {
        if event.data == "[DONE]" {
            sawDone = true
            return []
        }
        let chunk = try event.jsonPayload()
        if let error = chunk["error"], error != .null {
            throw .streamFailed(
                code: error["code"]?.asCode ?? error["type"]?.stringValue,
                message: error["message"]?.stringValue ?? error.stringValue ?? "The stream reported an error without a message."
            )
        }
        completionID = completionID ?? chunk["id"]?.stringValue
        if let usage = chunk["usage"], let input = usage["prompt_tokens"]?.asInt, let output = usage["completion_tokens"]?.asInt {
            self.usage = TokenUsage(inputTokens: input, outputTokens: output)
        }
        let choices = chunk["choices"]?.arrayValue ?? []
        guard let choice = choices.first(where: { ($0["index"]?.asInt ?? 0) == 0 }) else { return [] }
        if let reason = choice["finish_reason"]?.stringValue {
            finishReason = reason
        }
        guard let delta = choice["delta"] else { return [] }
        for (position, call) in (delta["tool_calls"]?.arrayValue ?? []).enumerated() {
            let index = call["index"]?.asInt ?? position
            var buffered = calls[index] ?? BufferedCall()
            if let id = call["id"]?.stringValue, !id.isEmpty { buffered.callID = id }
            if let name = call["function"]?["name"]?.stringValue, !name.isEmpty { buffered.name = name }
            buffered.arguments += call["function"]?["arguments"]?.stringValue ?? ""
            calls[index] = buffered
        }
        let fragment = (delta["content"]?.stringValue ?? "") + (delta["refusal"]?.stringValue ?? "")
        guard !fragment.isEmpty else { return [] }
        var events: [ModelStreamEvent] = []
        let id: String
        if let messageID {
            id = messageID
        } else {
            id = makeID("msg_")
            messageID = id
            events.append(.messageStarted(id: id))
        }
        text += fragment
        events.append(.textDelta(messageID: id, delta: fragment))
        return events
    }

    mutating func finish() throws(ModelError) -> (events: [ModelStreamEvent], response: ModelResponse) {
        guard sawDone || finishReason != nil else {
            throw .malformedStream("The Chat Completions stream ended before a finish_reason or [DONE]; the response is incomplete.")
        }
        var functionCalls: [FunctionCall] = []
        for (_, call) in calls.sorted(by: { $0.key < $1.key }) {
            guard let callID = call.callID else {
                throw .malformedStream("Buffered Chat Completions tool call stream ended without a tool call id.")
            }
            guard let name = call.name else {
                throw .malformedStream("Buffered Chat Completions tool call stream ended without a function name.")
            }
            functionCalls.append(FunctionCall(id: makeID("fc_"), callID: callID, name: name, arguments: call.arguments))
        }
        if finishReason == "tool_calls" && functionCalls.isEmpty {
            throw .malformedStream("The stream finished with finish_reason \"tool_calls\" but streamed no tool call.")
        }
        if finishReason == "length" && messageID == nil && functionCalls.isEmpty {
            throw .streamFailed(code: "length", message: "The model reached its output token limit before producing any output.")
        }
        var events: [ModelStreamEvent] = []
        var output: [ModelOutputItem] = []
        if let messageID {
            events.append(.messageDone(id: messageID, text: text))
            output.append(.message(id: messageID, text: text))
        }
        events += functionCalls.map(ModelStreamEvent.functionCallDone)
        output += functionCalls.map(ModelOutputItem.functionCall)
        return (events, ModelResponse(id: completionID, output: output, usage: usage))
    }
}
