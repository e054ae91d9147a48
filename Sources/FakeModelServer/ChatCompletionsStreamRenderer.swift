/// Renders replies as a Chat Completions stream (data-only frames ending with `data: [DONE]`, §5.2–5.3).
///
/// Chunks carry `"usage": null` and a final usage chunk only when the request asked for
/// `stream_options.include_usage`, as the real API does.
struct ChatCompletionsStreamRenderer: WireFormatRenderer {
    let model: String
    let includeUsage: Bool

    mutating func renderStream(_ reply: FakeReply, mint: inout IdentifierMint) throws(UnsupportedReply) -> StreamPlan {
        let completionID = mint.next("chatcmpl-")
        switch reply {
        case .text(let deltas, let usage):
            var frames = [chunk(completionID, delta: ["role": "assistant", "content": "", "refusal": nil])]
            frames += deltas.map { chunk(completionID, delta: ["content": .string($0)], isDelta: true) }
            let outputs = ScriptedOutput.message(deltas, mint: &mint)
            return StreamPlan(frames: frames, terminalFrames: ending(completionID, finishReason: "stop", usage: usage, outputs: outputs))
        case .functionCalls(let calls, let usage):
            return functionCalls(completionID, calls: calls, quirks: [], usage: usage, mint: &mint)
        case .chatFunctionCalls(let calls, let quirks):
            return functionCalls(completionID, calls: calls, quirks: quirks, usage: nil, mint: &mint)
        case .chatErrorChunk(let deltas, let message, let type, let code):
            var frames = [chunk(completionID, delta: ["role": "assistant", "content": "", "refusal": nil])]
            frames += deltas.map { chunk(completionID, delta: ["content": .string($0)], isDelta: true) }
            let error: WireJSON = ["message": .string(message), "type": .string(type), "code": .optional(code)]
            frames.append(SSEFrame(text: "data: \(WireJSON.object([("error", error)]).serialized)\n\n"))
            return StreamPlan(frames: frames, terminalFrames: [])
        case .responseFailed, .responseIncomplete, .flatErrorEvent, .nestedErrorEvent, .onlyCompleted, .withoutEventLines:
            throw UnsupportedReply(message: "\(reply) is a Responses reply, served on /v1/chat/completions")
        case .httpError, .truncated, .paced, .heldOpen, .endDelayed:
            throw UnsupportedReply(message: "wrappers must be resolved by plan(_:mint:)")
        }
    }

    private func functionCalls(
        _ completionID: String,
        calls: [FakeFunctionCall],
        quirks: ChatToolCallQuirks,
        usage: FakeUsage?,
        mint: inout IdentifierMint
    ) -> StreamPlan {
        let outputs = ScriptedOutput.functionCalls(calls, mint: &mint)
        var frames = [chunk(completionID, delta: ["role": "assistant", "content": nil, "refusal": nil])]
        func opening(_ index: Int, _ output: ScriptedOutput, arguments: String) -> WireJSON {
            guard case .functionCall(_, let callID, let name, _) = output else { return nil }
            var function: [(String, WireJSON)] = quirks.contains(.omitNames) ? [] : [("name", .string(name))]
            function.append(("arguments", .string(arguments)))
            var call: [(String, WireJSON)] = [("index", .int(index))]
            if !quirks.contains(.omitCallIDs) { call.append(("id", .string(callID))) }
            call += [("type", "function"), ("function", .object(function))]
            return .object(call)
        }
        if quirks.contains(.singleChunk) {
            let all = outputs.enumerated().map { opening($0.offset, $0.element, arguments: $0.element.fullText) }
            frames.append(chunk(completionID, delta: ["tool_calls": .array(all)], isDelta: true))
        } else {
            for (index, output) in outputs.enumerated() {
                frames.append(chunk(completionID, delta: ["tool_calls": [opening(index, output, arguments: "")]]))
                guard case .functionCall(_, _, _, let fragments) = output else { continue }
                for fragment in fragments {
                    let call: WireJSON = ["index": .int(index), "function": ["arguments": .string(fragment)]]
                    frames.append(chunk(completionID, delta: ["tool_calls": [call]], isDelta: true))
                }
            }
        }
        let finishReason = quirks.contains(.finishWithStop) ? "stop" : "tool_calls"
        return StreamPlan(frames: frames, terminalFrames: ending(completionID, finishReason: finishReason, usage: usage, outputs: outputs))
    }

    /// The finish chunk, the usage chunk when requested, and `[DONE]`.
    private func ending(_ completionID: String, finishReason: String, usage: FakeUsage?, outputs: [ScriptedOutput]) -> [SSEFrame] {
        var frames = [chunk(completionID, delta: [:], finishReason: finishReason)]
        if includeUsage {
            let usage = ScriptedOutput.usage(usage, for: outputs)
            let report: WireJSON = [
                "prompt_tokens": .int(usage.inputTokens),
                "completion_tokens": .int(usage.outputTokens),
                "total_tokens": .int(usage.inputTokens + usage.outputTokens),
                "prompt_tokens_details": ["cached_tokens": 0, "audio_tokens": 0],
                "completion_tokens_details": [
                    "reasoning_tokens": 0, "audio_tokens": 0, "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0,
                ],
            ]
            frames.append(frame(completionID, choices: [], usage: report))
        }
        frames.append(SSEFrame(text: "data: [DONE]\n\n"))
        return frames
    }

    private func chunk(_ completionID: String, delta: WireJSON, finishReason: String? = nil, isDelta: Bool = false) -> SSEFrame {
        let choice: WireJSON = ["index": 0, "delta": delta, "logprobs": nil, "finish_reason": .optional(finishReason)]
        var frame = frame(completionID, choices: [choice], usage: nil)
        frame.isDelta = isDelta
        return frame
    }

    private func frame(_ completionID: String, choices: [WireJSON], usage: WireJSON) -> SSEFrame {
        var members: [(String, WireJSON)] = [
            ("id", .string(completionID)),
            ("object", "chat.completion.chunk"),
            ("created", .int(ResponsesStreamRenderer.createdAt)),
            ("model", .string(model)),
            ("system_fingerprint", "fp_fake"),
            ("service_tier", "default"),
            ("choices", .array(choices)),
        ]
        if includeUsage { members.append(("usage", usage)) }
        return SSEFrame(text: "data: \(WireJSON.object(members).serialized)\n\n")
    }
}
