/// One scripted answer of the fake model server: what the next request receives.
///
/// Replies marked "Responses only" or "Chat only" describe failure modes that exist in one
/// format; served on the other endpoint they produce an HTTP 500 that names the mismatch,
/// so a wrong script fails loudly instead of silently.
public indirect enum FakeReply: Sendable {
    // MARK: Both APIs

    /// An assistant text answer streamed as the given deltas (§4.3 a, §5.3 a).
    case text([String], usage: FakeUsage? = nil)
    /// Parallel function calls, each streamed as its argument fragments (§4.3 b, §5.3 b).
    case functionCalls([FakeFunctionCall], usage: FakeUsage? = nil)
    /// An HTTP error response instead of a stream (use the `rateLimited`/`serverError`/`badRequest` helpers).
    case httpError(status: Int, headers: [String: String] = [:], body: String)
    /// The stream of `reply` without its terminal frames (no `response.completed`; no finish chunk,
    /// usage chunk or `[DONE]`), as when a connection drops mid-answer.
    case truncated(FakeReply)
    /// `reply` with one delta frame (text or argument fragment) every `perDelta`, on a fixed schedule.
    case paced(FakeReply, perDelta: Duration)
    /// The non-terminal frames of `reply`, then the connection stays open (SSE keep-alive comments
    /// every 100 ms) until the client goes away or the server stops.
    case heldOpen(FakeReply)
    /// The whole stream of `reply`, then the body ends only after `delay`, as behind a slow proxy:
    /// a client that stops reading at the terminal event leaves the connection unfinished.
    case endDelayed(FakeReply, by: Duration)

    // MARK: Responses only

    /// `response.created`, `response.in_progress`, then `response.failed` with `error: {code, message}` (§4.4).
    case responseFailed(code: String, message: String)
    /// `response.created`, `response.in_progress`, then `response.incomplete` with `incomplete_details.reason`.
    case responseIncomplete(reason: String)
    /// An `error` event in the documented flat shape (`code`, `message`, `param` at the top level).
    case flatErrorEvent(code: String, message: String, param: String? = nil)
    /// An `error` event in the shape the real API sends (fields nested under `error`).
    case nestedErrorEvent(type: String, code: String, message: String, param: String? = nil)
    /// Only the `response.completed` event of `reply`, carrying the full output.
    case onlyCompleted(FakeReply)
    /// `reply` with its `event:` lines removed; clients must dispatch on the JSON `type` (§4.2).
    case withoutEventLines(FakeReply)

    // MARK: Chat Completions only

    /// Function calls with local-server quirks (single chunk, `finish_reason: "stop"`, missing ids or names).
    case chatFunctionCalls([FakeFunctionCall], quirks: ChatToolCallQuirks)
    /// Text deltas, then a `data: {"error": {...}}` chunk, then the connection closes.
    case chatErrorChunk(afterDeltas: [String], message: String, type: String, code: String?)
}

/// A function call the fake model makes.
public struct FakeFunctionCall: Sendable, Hashable {
    public var name: String
    /// The argument JSON text in the fragments it is streamed as; joined they form `arguments`.
    public var argumentFragments: [String]
    /// The `call_id`; the server mints `call_0001`, `call_0002`, … when `nil`.
    public var callID: String?

    public init(name: String, argumentFragments: [String], callID: String? = nil) {
        self.name = name
        self.argumentFragments = argumentFragments
        self.callID = callID
    }

    /// A call whose arguments arrive in one fragment.
    public init(name: String, arguments: String, callID: String? = nil) {
        self.init(name: name, argumentFragments: [arguments], callID: callID)
    }

    public var arguments: String { argumentFragments.joined() }
}

/// Token counts reported in the terminal frame.
public struct FakeUsage: Sendable, Hashable {
    public var inputTokens: Int
    public var outputTokens: Int

    public init(inputTokens: Int, outputTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }
}

/// How OpenAI-compatible local servers deviate when streaming tool calls (§5.2).
public struct ChatToolCallQuirks: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Every call arrives complete (id, name, full arguments) in one chunk, as Ollama used to send.
    public static let singleChunk = ChatToolCallQuirks(rawValue: 1 << 0)
    /// The last chunk says `finish_reason: "stop"` instead of `"tool_calls"`.
    public static let finishWithStop = ChatToolCallQuirks(rawValue: 1 << 1)
    /// Tool calls carry no `id`.
    public static let omitCallIDs = ChatToolCallQuirks(rawValue: 1 << 2)
    /// Tool calls carry no function `name`.
    public static let omitNames = ChatToolCallQuirks(rawValue: 1 << 3)
}

// MARK: HTTP error helpers

extension FakeReply {
    /// 429 `rate_limit_exceeded`, optionally with `retry-after-ms` and/or `retry-after` (seconds or an HTTP date).
    public static func rateLimited(retryAfterMilliseconds: Int? = nil, retryAfter: String? = nil) -> FakeReply {
        var headers: [String: String] = [:]
        headers["retry-after-ms"] = retryAfterMilliseconds.map(String.init)
        headers["retry-after"] = retryAfter
        return .httpError(
            status: 429,
            headers: headers,
            body: openAIErrorBody(
                message: "Rate limit reached for gpt-4.1 on tokens per min (TPM). Please try again in 50ms.",
                type: "tokens",
                code: "rate_limit_exceeded"
            )
        )
    }

    /// A 5xx `server_error`; `shouldRetry` sets the `x-should-retry` header.
    public static func serverError(status: Int = 500, shouldRetry: Bool? = nil) -> FakeReply {
        var headers: [String: String] = [:]
        headers["x-should-retry"] = shouldRetry.map { $0 ? "true" : "false" }
        return .httpError(
            status: status,
            headers: headers,
            body: openAIErrorBody(
                message: "The server had an error while processing your request. Sorry about that!",
                type: "server_error",
                code: nil
            )
        )
    }

    /// A 400 `invalid_request_error` with the given message, code and param.
    public static func badRequest(message: String, code: String? = nil, param: String? = nil) -> FakeReply {
        .httpError(
            status: 400,
            body: openAIErrorBody(message: message, type: "invalid_request_error", code: code, param: param)
        )
    }

    /// The error body every OpenAI endpoint uses: `{"error": {"message", "type", "param", "code"}}`.
    public static func openAIErrorBody(message: String, type: String, code: String?, param: String? = nil) -> String {
        let error: WireJSON = [
            "message": .string(message),
            "type": .string(type),
            "param": .optional(param),
            "code": .optional(code),
        ]
        return WireJSON.object([("error", error)]).serialized
    }
}
