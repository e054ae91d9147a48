import JSONValue

/// How the fake server answers when its script queue is empty, so benchmarks can run an agent
/// loop without scripting every turn.
///
/// The rule looks at the end of the conversation: a user message with tools offered gets a call to
/// a tool; anything else (a tool output, or no tools) gets an answer of `answerTokenCount` deltas.
public struct DeterministicReplies: Sendable, Hashable {
    /// The tool to call; `nil` calls the first tool offered.
    public var toolName: String?
    /// Argument JSON per tool name; tools not listed get `"{}"`.
    public var toolArguments: [String: String]
    /// Number of text deltas in an answer.
    public var answerTokenCount: Int
    /// Time between deltas (on a fixed schedule from the response start); zero streams at full speed.
    public var delayPerDelta: Duration

    public init(
        toolName: String? = nil,
        toolArguments: [String: String] = [:],
        answerTokenCount: Int = 16,
        delayPerDelta: Duration = .zero
    ) {
        self.toolName = toolName
        self.toolArguments = toolArguments
        self.answerTokenCount = answerTokenCount
        self.delayPerDelta = delayPerDelta
    }

    /// The reply for a request, decided by the conversation's last item and the tools offered.
    func reply(to conversation: ConversationSummary) -> FakeReply {
        let reply: FakeReply
        if conversation.lastItem == .userMessage, let tool = toolName ?? conversation.toolNames.first {
            reply = .functionCalls([FakeFunctionCall(name: tool, arguments: toolArguments[tool] ?? "{}")])
        } else {
            reply = .text((0..<max(1, answerTokenCount)).map { $0 == 0 ? "Token0" : " token\($0)" })
        }
        return delayPerDelta == .zero ? reply : .paced(reply, perDelta: delayPerDelta)
    }
}

/// What the renderers and the deterministic rule need to know about a request body.
struct ConversationSummary: Sendable {
    enum LastItem: Sendable { case userMessage, toolOutput, other }

    var model: String
    var instructions: String?
    var toolNames: [String]
    var lastItem: LastItem
    /// Chat Completions `stream_options.include_usage`.
    var includeUsage: Bool

    init(body: JSONValue, endpoint: FakeEndpoint) {
        model = body["model"]?.stringValue ?? "unknown-model"
        switch endpoint {
        case .responses:
            instructions = body["instructions"]?.stringValue
            toolNames = body["tools"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            let last = body["input"]?.arrayValue?.last
            lastItem =
                if last?["type"]?.stringValue == "function_call_output" { .toolOutput }
                else if last?["role"]?.stringValue == "user" || body["input"]?.stringValue != nil { .userMessage }
                else { .other }
            includeUsage = false
        case .chatCompletions:
            let messages = body["messages"]?.arrayValue ?? []
            instructions = messages.first { $0["role"]?.stringValue == "system" }?["content"]?.stringValue
            toolNames = body["tools"]?.arrayValue?.compactMap { $0["function"]?["name"]?.stringValue } ?? []
            lastItem =
                switch messages.last?["role"]?.stringValue {
                case "user": .userMessage
                case "tool": .toolOutput
                default: .other
                }
            includeUsage = body["stream_options"]?["include_usage"] == .bool(true)
        }
    }
}
