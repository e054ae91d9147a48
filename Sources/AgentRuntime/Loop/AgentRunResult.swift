import JSONValue

/// What a completed agent run produced.
public struct AgentRunResult: Sendable, Hashable {
    /// Why the run stopped.
    public enum Ending: Sendable, Hashable {
        /// The model answered without calling tools; the text of its last message (`""` if none).
        case finalAnswer(String)
        /// A tool handed the call to the client; resume with a new run (see ``PendingClientToolCall``).
        case clientToolCall(PendingClientToolCall)
    }

    public var ending: Ending
    /// Every item this run added to the history, in replay order: each response's output items
    /// as received, then that turn's function-call outputs in call order. A pending client tool
    /// call's function call is included but its output is not (the client supplies it).
    public var newItems: [ModelInputItem]
    /// Model calls made.
    public var turns: Int
    /// Token usage summed over the turns that reported it.
    public var usage: TokenUsage?

    public init(ending: Ending, newItems: [ModelInputItem], turns: Int, usage: TokenUsage?) {
        self.ending = ending
        self.newItems = newItems
        self.turns = turns
        self.usage = usage
    }
}

/// A function call the client must run. The run ended after the batch that requested it.
///
/// To resume, start a new run whose history ends with
/// `.functionCall(id: id, callID: callID, name: name, arguments: arguments.jsonString())`
/// followed by `.functionCallOutput(callID: callID, output: <the client's result as JSON>)`.
public struct PendingClientToolCall: Sendable, Hashable {
    /// The function-call item id (ChatKit uses it as the client tool call item id).
    public var id: String
    /// The model's call id that the client's output must quote.
    public var callID: String
    public var name: String
    public var arguments: JSONValue

    public init(id: String, callID: String, name: String, arguments: JSONValue) {
        self.id = id
        self.callID = callID
        self.name = name
        self.arguments = arguments
    }
}
