/// One server-sent event frame exactly as written on the wire (including its blank line).
struct SSEFrame: Sendable {
    var text: String
    /// Whether the frame carries a text or argument delta; pacing delays apply to these only.
    var isDelta: Bool = false
}

/// What one scripted reply turns into on the wire.
enum ReplyPlan: Sendable {
    case stream(StreamPlan)
    case httpError(status: Int, headers: [String: String], body: String)
}

/// The frames of a streamed reply and how to pace them.
struct StreamPlan: Sendable {
    var frames: [SSEFrame]
    /// Frames that end the stream (terminal event, finish chunk, usage chunk, `[DONE]`).
    var terminalFrames: [SSEFrame]
    var delayPerDelta: Duration?
    var holdOpen = false
    /// A pause between the last frame and the end of the body.
    var endDelay: Duration?
}

/// A reply that the endpoint's format cannot express (a script mistake).
struct UnsupportedReply: Error, Sendable {
    var message: String
}

/// Renders the format-specific cases of ``FakeReply`` for one endpoint.
protocol WireFormatRenderer {
    /// Renders a reply that is not one of the format-independent wrappers.
    mutating func renderStream(_ reply: FakeReply, mint: inout IdentifierMint) throws(UnsupportedReply) -> StreamPlan
}

extension WireFormatRenderer {
    /// Turns a reply into a plan, resolving the wrappers that mean the same on every endpoint.
    mutating func plan(_ reply: FakeReply, mint: inout IdentifierMint) throws(UnsupportedReply) -> ReplyPlan {
        switch reply {
        case .httpError(let status, let headers, let body):
            return .httpError(status: status, headers: headers, body: body)
        case .truncated(let inner):
            var stream = try streamPlan(inner, mint: &mint)
            stream.terminalFrames = []
            return .stream(stream)
        case .paced(let inner, let delay):
            var stream = try streamPlan(inner, mint: &mint)
            stream.delayPerDelta = delay
            return .stream(stream)
        case .heldOpen(let inner):
            var stream = try streamPlan(inner, mint: &mint)
            stream.terminalFrames = []
            stream.holdOpen = true
            return .stream(stream)
        case .endDelayed(let inner, let delay):
            var stream = try streamPlan(inner, mint: &mint)
            stream.endDelay = delay
            return .stream(stream)
        default:
            return .stream(try renderStream(reply, mint: &mint))
        }
    }

    private mutating func streamPlan(_ reply: FakeReply, mint: inout IdentifierMint) throws(UnsupportedReply) -> StreamPlan {
        guard case .stream(let stream) = try plan(reply, mint: &mint) else {
            throw UnsupportedReply(message: "an HTTP error reply cannot be truncated, paced, held open or end late")
        }
        return stream
    }
}

/// Mints sequential, deterministic ids per prefix (`resp_0001`, `msg_0001`, `chatcmpl-0001`, …).
struct IdentifierMint: Sendable {
    private var counters: [String: Int] = [:]

    mutating func next(_ prefix: String) -> String {
        let number = (counters[prefix] ?? 0) + 1
        counters[prefix] = number
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
