/// Renders replies as a Responses API stream (`event:` + `data:` frames, §4.2–4.4).
///
/// `sequence_number` starts at 0 and grows by one per event; snapshots echo the request's model
/// and instructions and use the fixed timestamps of the reference transcripts.
struct ResponsesStreamRenderer: WireFormatRenderer {
    static let createdAt = 1_767_225_600

    let model: String
    let instructions: String?
    private var sequenceNumber = 0

    init(model: String, instructions: String?) {
        self.model = model
        self.instructions = instructions
    }

    mutating func renderStream(_ reply: FakeReply, mint: inout IdentifierMint) throws(UnsupportedReply) -> StreamPlan {
        switch reply {
        case .text(let deltas, let usage):
            return answer(ScriptedOutput.message(deltas, mint: &mint), usage: usage, mint: &mint)
        case .functionCalls(let calls, let usage):
            return answer(ScriptedOutput.functionCalls(calls, mint: &mint), usage: usage, mint: &mint)
        case .onlyCompleted(let inner):
            let (outputs, usage) = try Self.outputs(of: inner, mint: &mint)
            let responseID = mint.next("resp_")
            return StreamPlan(frames: [], terminalFrames: [completed(responseID, outputs: outputs, usage: usage)])
        case .withoutEventLines(let inner):
            var stream = try renderStream(inner, mint: &mint)
            stream.frames = stream.frames.map(Self.removingEventLine)
            stream.terminalFrames = stream.terminalFrames.map(Self.removingEventLine)
            return stream
        case .responseFailed(let code, let message):
            let responseID = mint.next("resp_")
            let opening = opening(responseID)
            let failed = frame(
                "response.failed",
                [("response", snapshot(responseID, status: "failed", error: ["code": .string(code), "message": .string(message)]))]
            )
            return StreamPlan(frames: opening, terminalFrames: [failed])
        case .responseIncomplete(let reason):
            let responseID = mint.next("resp_")
            let opening = opening(responseID)
            let incomplete = frame(
                "response.incomplete",
                [("response", snapshot(responseID, status: "incomplete", incompleteDetails: ["reason": .string(reason)]))]
            )
            return StreamPlan(frames: opening, terminalFrames: [incomplete])
        case .flatErrorEvent(let code, let message, let param):
            let opening = opening(mint.next("resp_"))
            let error = frame("error", [("code", .string(code)), ("message", .string(message)), ("param", .optional(param))])
            return StreamPlan(frames: opening, terminalFrames: [error])
        case .nestedErrorEvent(let type, let code, let message, let param):
            let opening = opening(mint.next("resp_"))
            let details: WireJSON = [
                "type": .string(type), "code": .string(code), "message": .string(message), "param": .optional(param),
            ]
            return StreamPlan(frames: opening, terminalFrames: [frame("error", [("error", details)])])
        case .chatFunctionCalls, .chatErrorChunk:
            throw UnsupportedReply(message: "\(reply) is a Chat Completions reply, served on /v1/responses")
        case .httpError, .truncated, .paced, .heldOpen, .endDelayed:
            throw UnsupportedReply(message: "wrappers must be resolved by plan(_:mint:)")
        }
    }

    private static func removingEventLine(_ frame: SSEFrame) -> SSEFrame {
        var frame = frame
        frame.text = frame.text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("event: ") }
            .joined(separator: "\n")
        return frame
    }

    /// The outputs and usage of a text or function-call reply (for `onlyCompleted`).
    private static func outputs(of reply: FakeReply, mint: inout IdentifierMint) throws(UnsupportedReply) -> ([ScriptedOutput], FakeUsage?) {
        switch reply {
        case .text(let deltas, let usage): (ScriptedOutput.message(deltas, mint: &mint), usage)
        case .functionCalls(let calls, let usage): (ScriptedOutput.functionCalls(calls, mint: &mint), usage)
        default: throw UnsupportedReply(message: "onlyCompleted needs a text or functionCalls reply")
        }
    }

    // MARK: Streams

    private mutating func answer(_ outputs: [ScriptedOutput], usage: FakeUsage?, mint: inout IdentifierMint) -> StreamPlan {
        let responseID = mint.next("resp_")
        var frames = opening(responseID)
        for (index, output) in outputs.enumerated() {
            frames += itemFrames(output, outputIndex: index)
        }
        return StreamPlan(frames: frames, terminalFrames: [completed(responseID, outputs: outputs, usage: usage)])
    }

    private mutating func opening(_ responseID: String) -> [SSEFrame] {
        [
            frame("response.created", [("response", snapshot(responseID, status: "in_progress"))]),
            frame("response.in_progress", [("response", snapshot(responseID, status: "in_progress"))]),
        ]
    }

    private mutating func completed(_ responseID: String, outputs: [ScriptedOutput], usage: FakeUsage?) -> SSEFrame {
        let usage = ScriptedOutput.usage(usage, for: outputs)
        let response = snapshot(
            responseID,
            status: "completed",
            completedAt: Self.createdAt + 1,
            output: outputs.map { Self.item($0, completed: true) },
            usage: [
                "input_tokens": .int(usage.inputTokens),
                "input_tokens_details": ["cached_tokens": 0, "cache_write_tokens": 0],
                "output_tokens": .int(usage.outputTokens),
                "output_tokens_details": ["reasoning_tokens": 0],
                "total_tokens": .int(usage.inputTokens + usage.outputTokens),
            ]
        )
        return frame("response.completed", [("response", response)])
    }

    private mutating func itemFrames(_ output: ScriptedOutput, outputIndex: Int) -> [SSEFrame] {
        var frames = [frame("response.output_item.added", [("output_index", .int(outputIndex)), ("item", Self.item(output, completed: false))])]
        switch output {
        case .message(let id, let deltas):
            let location: [(String, WireJSON)] = [("item_id", .string(id)), ("output_index", .int(outputIndex)), ("content_index", 0)]
            frames.append(frame("response.content_part.added", location + [("part", Self.textPart(""))]))
            for delta in deltas {
                frames.append(frame("response.output_text.delta", location + [("delta", .string(delta)), ("logprobs", [])], isDelta: true))
            }
            frames.append(frame("response.output_text.done", location + [("text", .string(output.fullText)), ("logprobs", [])]))
            frames.append(frame("response.content_part.done", location + [("part", Self.textPart(output.fullText))]))
        case .functionCall(let id, _, let name, let fragments):
            let location: [(String, WireJSON)] = [("item_id", .string(id)), ("output_index", .int(outputIndex))]
            for fragment in fragments {
                frames.append(frame("response.function_call_arguments.delta", location + [("delta", .string(fragment))], isDelta: true))
            }
            frames.append(
                frame("response.function_call_arguments.done", location + [("name", .string(name)), ("arguments", .string(output.fullText))])
            )
        }
        frames.append(frame("response.output_item.done", [("output_index", .int(outputIndex)), ("item", Self.item(output, completed: true))]))
        return frames
    }

    // MARK: JSON pieces

    private mutating func frame(_ type: String, _ fields: [(String, WireJSON)], isDelta: Bool = false) -> SSEFrame {
        let payload = WireJSON.object([("type", .string(type))] + fields + [("sequence_number", .int(sequenceNumber))])
        sequenceNumber += 1
        return SSEFrame(text: "event: \(type)\ndata: \(payload.serialized)\n\n", isDelta: isDelta)
    }

    private func snapshot(
        _ responseID: String,
        status: String,
        completedAt: Int? = nil,
        error: WireJSON = .null,
        incompleteDetails: WireJSON = .null,
        output: [WireJSON] = [],
        usage: WireJSON = .null
    ) -> WireJSON {
        [
            "id": .string(responseID),
            "object": "response",
            "created_at": .int(Self.createdAt),
            "status": .string(status),
            "completed_at": completedAt.map(WireJSON.int) ?? .null,
            "error": error,
            "incomplete_details": incompleteDetails,
            "instructions": .optional(instructions),
            "max_output_tokens": nil,
            "model": .string(model),
            "output": .array(output),
            "parallel_tool_calls": true,
            "previous_response_id": nil,
            "reasoning": ["effort": nil, "summary": nil],
            "store": true,
            "temperature": 1.0,
            "text": ["format": ["type": "text"], "verbosity": "medium"],
            "tool_choice": "auto",
            "tools": [],
            "top_p": 1.0,
            "truncation": "disabled",
            "usage": usage,
            "user": nil,
            "metadata": [:],
        ]
    }

    private static func item(_ output: ScriptedOutput, completed: Bool) -> WireJSON {
        let status: WireJSON = completed ? "completed" : "in_progress"
        switch output {
        case .message(let id, _):
            return [
                "id": .string(id), "type": "message", "status": status, "role": "assistant",
                "content": completed ? [textPart(output.fullText)] : [],
            ]
        case .functionCall(let id, let callID, let name, _):
            return [
                "id": .string(id), "type": "function_call", "status": status,
                "arguments": .string(completed ? output.fullText : ""), "call_id": .string(callID), "name": .string(name),
            ]
        }
    }

    private static func textPart(_ text: String) -> WireJSON {
        ["type": "output_text", "annotations": [], "logprobs": [], "text": .string(text)]
    }
}
