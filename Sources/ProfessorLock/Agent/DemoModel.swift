import AgentRuntime
import JSONValue

/// The offline demo model: a small deterministic planner, so the chat, widgets and tools can be
/// tried without an API key.
///
/// It maps the user's message to real tool calls (``DemoPlanner``) and then writes a plain
/// summary of what those tools actually returned (``DemoSummary``). It never invents data: when
/// no tool fits, it says so.
public struct DemoModel: ModelClient {
    public static let modelName = "offline-demo"
    public var label: String { "demo:\(Self.modelName)" }

    public init() {}

    public func streamResponse(
        to request: ModelRequest,
        onEvent: (ModelStreamEvent) async throws -> Void
    ) async throws -> ModelResponse {
        let turn = DemoTurn(request: request)
        switch turn.reply() {
        case .calls(let calls):
            for call in calls { try await onEvent(.functionCallDone(call)) }
            return ModelResponse(id: turn.responseID, output: calls.map(ModelOutputItem.functionCall))
        case .text(let text):
            let messageID = "msg_\(turn.responseID.dropFirst(5))"
            try await onEvent(.messageStarted(id: messageID))
            for piece in DemoSummary.chunks(of: text) {
                try await onEvent(.textDelta(messageID: messageID, delta: piece))
            }
            try await onEvent(.messageDone(id: messageID, text: text))
            return ModelResponse(id: turn.responseID, output: [.message(id: messageID, text: text)])
        }
    }
}

/// One request seen by the demo model.
struct DemoTurn {
    let request: ModelRequest

    enum Reply {
        case calls([FunctionCall])
        case text(String)
    }

    /// A stable id derived from the history length, so replays are deterministic.
    var responseID: String { "resp_demo\(request.input.count)" }

    func reply() -> Reply {
        // After tools ran: summarise their outputs (the last items are function call outputs).
        let outputs = request.input.reversed().prefix { if case .functionCallOutput = $0 { true } else { false } }
        if !outputs.isEmpty {
            return .text(DemoSummary(history: request.input, outputCount: outputs.count).text)
        }
        guard let message = request.input.last, case .userMessage(let text) = message else {
            return .text(DemoSummary.greeting)
        }
        let available = Dictionary(request.tools.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        guard let plan = DemoPlanner.plan(for: text), let definition = available[plan.tool] else {
            return .text(DemoSummary.noTool(for: text, available: request.tools.map(\.name)))
        }
        let arguments = DemoPlanner.completing(plan.arguments, schema: definition.parameters)
        let index = request.input.count
        return .calls([
            FunctionCall(id: "fc_demo\(index)", callID: "call_demo\(index)", name: plan.tool, arguments: arguments.jsonString())
        ])
    }
}
