import AgentRuntime
import JSONValue

/// Decodes a Responses API stream (§4), mirroring how the Agents SDK reads it (§3.7).
///
/// The turn is built from `response.completed`'s `output`, falling back to the items collected
/// from `response.output_item.done` when that is empty. Text is reported as it arrives; a message
/// whose text arrived only in a done item or the completed snapshot still gets its started, delta
/// and done events, so listeners always see deltas that add up to the final text.
struct ResponsesStreamDecoder: ModelStreamDecoder {
    private struct MessageProgress {
        var reportedText = ""
        var isDone = false
    }

    private var messages: [String: MessageProgress] = [:]
    private var reportedCallIDs: Set<String> = []
    private var doneItems: [(outputIndex: Int, item: ModelOutputItem)] = []
    private var responseID: String?
    private var completed: ModelResponse?

    var isComplete: Bool { completed != nil }

    /// Event types whose payload nothing here reads; named by the SSE `event:` field, they are not parsed.
    /// (`response.in_progress` repeats the whole request: instructions and tools.)
    private static let unreadEvents: Set<String> = [
        "response.in_progress", "response.content_part.added", "response.content_part.done", "response.output_text.done",
        "response.function_call_arguments.delta", "response.function_call_arguments.done",
    ]

    mutating func consume(_ event: ServerSentEvent) throws(ModelError) -> [ModelStreamEvent] {
        if let name = event.event, Self.unreadEvents.contains(name) { return [] }
        let payload = try event.jsonPayload()
        switch payload["type"]?.stringValue ?? event.event {
        case "response.created":
            responseID = payload["response"]?["id"]?.stringValue ?? responseID
            return []
        case "response.output_item.added":
            guard payload["item"]?["type"]?.stringValue == "message", let id = payload["item"]?["id"]?.stringValue else { return [] }
            return startMessage(id)
        case "response.output_text.delta":
            guard let id = payload["item_id"]?.stringValue, let delta = payload["delta"]?.stringValue else {
                throw .malformedStream("response.output_text.delta without item_id or delta")
            }
            var events = startMessage(id)
            messages[id, default: MessageProgress()].reportedText += delta
            events.append(.textDelta(messageID: id, delta: delta))
            return events
        case "response.output_item.done":
            guard let json = payload["item"], let item = try Self.outputItem(json) else { return [] }
            doneItems.append((payload["output_index"]?.asInt ?? doneItems.count, item))
            return report(item)
        case "response.completed":
            let response = payload["response"]
            responseID = response?["id"]?.stringValue ?? responseID
            var output: [ModelOutputItem] = []
            for json in response?["output"]?.arrayValue ?? [] {
                if let item = try Self.outputItem(json) { output.append(item) }
            }
            if output.isEmpty {
                output = doneItems.sorted { $0.outputIndex < $1.outputIndex }.map(\.item)
            }
            completed = ModelResponse(id: responseID, output: output, usage: Self.usage(response?["usage"]))
            return output.flatMap { report($0) }
        case "response.failed":
            let error = payload["response"]?["error"]
            throw .streamFailed(
                code: error?["code"]?.asCode,
                message: error?["message"]?.stringValue ?? "The response failed without an error message."
            )
        case "response.incomplete":
            let reason = payload["response"]?["incomplete_details"]?["reason"]?.stringValue
            throw .streamFailed(code: reason, message: "The response is incomplete (reason: \(reason ?? "unknown")).")
        case "error":
            throw Self.errorEventFailure(payload)
        default:
            if let error = payload["error"], error != .null { throw Self.errorEventFailure(payload) }
            return []
        }
    }

    mutating func finish() throws(ModelError) -> (events: [ModelStreamEvent], response: ModelResponse) {
        guard let completed else {
            throw .malformedStream(
                "The Responses stream ended without a terminal event (response.completed, response.failed, response.incomplete or error)."
            )
        }
        return ([], completed)
    }

    // MARK: Reporting

    private mutating func startMessage(_ id: String) -> [ModelStreamEvent] {
        guard messages[id] == nil else { return [] }
        messages[id] = MessageProgress()
        return [.messageStarted(id: id)]
    }

    /// The events still owed for a finished item: any missing start and text, then its done event.
    private mutating func report(_ item: ModelOutputItem) -> [ModelStreamEvent] {
        switch item {
        case .message(let id, let text):
            guard messages[id]?.isDone != true else { return [] }
            var events = startMessage(id)
            let reported = messages[id]?.reportedText ?? ""
            if text.count > reported.count, text.hasPrefix(reported) {
                events.append(.textDelta(messageID: id, delta: String(text.dropFirst(reported.count))))
            }
            messages[id] = MessageProgress(reportedText: text, isDone: true)
            events.append(.messageDone(id: id, text: text))
            return events
        case .functionCall(let call):
            guard reportedCallIDs.insert(call.callID).inserted else { return [] }
            return [.functionCallDone(call)]
        }
    }

    // MARK: Parsing

    /// A message or function call item; other item types (reasoning, hosted tools) are skipped.
    private static func outputItem(_ json: JSONValue) throws(ModelError) -> ModelOutputItem? {
        switch json["type"]?.stringValue {
        case "message":
            guard let id = json["id"]?.stringValue else { throw .malformedStream("A message item has no id.") }
            let parts = json["content"]?.arrayValue ?? []
            let text = parts.compactMap { part in
                switch part["type"]?.stringValue {
                case "output_text": part["text"]?.stringValue
                case "refusal": part["refusal"]?.stringValue
                default: nil
                }
            }
            return .message(id: id, text: text.joined())
        case "function_call":
            guard let callID = json["call_id"]?.stringValue else { throw .malformedStream("A function_call item has no call_id.") }
            guard let name = json["name"]?.stringValue else { throw .malformedStream("The function_call \(callID) has no name.") }
            return .functionCall(
                FunctionCall(
                    id: json["id"]?.stringValue ?? callID,
                    callID: callID,
                    name: name,
                    arguments: json["arguments"]?.stringValue ?? ""
                )
            )
        default:
            return nil
        }
    }

    private static func usage(_ json: JSONValue?) -> TokenUsage? {
        guard let input = json?["input_tokens"]?.asInt, let output = json?["output_tokens"]?.asInt else { return nil }
        return TokenUsage(inputTokens: input, outputTokens: output)
    }

    /// Reads both shapes of the `error` event: flat (`code`, `message`) and nested under `error`.
    private static func errorEventFailure(_ payload: JSONValue) -> ModelError {
        let nested = payload["error"]
        let code = payload["code"]?.asCode ?? nested?["code"]?.asCode ?? nested?["type"]?.stringValue
        let message = payload["message"]?.stringValue ?? nested?["message"]?.stringValue ?? "The stream reported an error without a message."
        return .streamFailed(code: code, message: message)
    }
}
