/// The output items of a text or function-call reply with their ids minted, shared by both renderers.
enum ScriptedOutput {
    case message(id: String, deltas: [String])
    case functionCall(id: String, callID: String, name: String, fragments: [String])

    /// The text (message) or the arguments (function call) once every delta arrived.
    var fullText: String {
        switch self {
        case .message(_, let deltas): deltas.joined()
        case .functionCall(_, _, _, let fragments): fragments.joined()
        }
    }

    var deltaCount: Int {
        switch self {
        case .message(_, let deltas): deltas.count
        case .functionCall(_, _, _, let fragments): fragments.count
        }
    }

    static func message(_ deltas: [String], mint: inout IdentifierMint) -> [ScriptedOutput] {
        [.message(id: mint.next("msg_"), deltas: deltas)]
    }

    static func functionCalls(_ calls: [FakeFunctionCall], mint: inout IdentifierMint) -> [ScriptedOutput] {
        calls.map { call in
            .functionCall(
                id: mint.next("fc_"),
                callID: call.callID ?? mint.next("call_"),
                name: call.name,
                fragments: call.argumentFragments
            )
        }
    }

    /// The usage to report: the scripted one, or zero input tokens and one output token per delta.
    static func usage(_ scripted: FakeUsage?, for outputs: [ScriptedOutput]) -> FakeUsage {
        scripted ?? FakeUsage(inputTokens: 0, outputTokens: outputs.reduce(0) { $0 + $1.deltaCount })
    }
}
