import AgentRuntime
import FakeModelServer
import JSONValue
import OpenAIModels
import Synchronization
import Testing

/// The two wire formats every integration test runs over.
enum ModelAPI: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case responses
    case chatCompletions

    var testDescription: String { rawValue }

    var endpoint: FakeEndpoint {
        switch self {
        case .responses: .responses
        case .chatCompletions: .chatCompletions
        }
    }
}

/// Records the retry delays a model client asks for and waits only a millisecond.
final class RetrySleeps: Sendable {
    private let delays = Mutex<[Duration]>([])

    var recorded: [Duration] { delays.withLock { $0 } }

    var sleep: @Sendable (Duration) async throws -> Void {
        { delay in
            self.delays.withLock { $0.append(delay) }
            try await Task.sleep(for: .milliseconds(1))
        }
    }
}

/// A real OpenAI-format client for `api`, pointed at the fake server.
func makeModelClient(_ api: ModelAPI, server: FakeModelServer, sleeps: RetrySleeps = RetrySleeps()) async throws -> any ModelClient {
    let configuration = OpenAIConfiguration(baseURL: try await server.baseURL(), apiKey: "sk-test", model: "gpt-4.1", api: api == .responses ? .responses : .chatCompletions)
    switch api {
    case .responses: return ResponsesModelClient(configuration: configuration, sleep: sleeps.sleep)
    case .chatCompletions: return ChatCompletionsModelClient(configuration: configuration, sleep: sleeps.sleep)
    }
}

/// What one agent run produced: every bus event in order and how `run` returned.
struct CollectedRun: Sendable {
    var events: [AgentEvent]
    var result: Result<AgentRunResult, any Error>
}

/// Runs the agent while reading its bus, calling `observe` on each event as it arrives (a test
/// can open latches from there); returns once the run returned and the bus drained.
func runCollecting(
    _ runner: AgentRunner,
    history: [ModelInputItem],
    observe: @Sendable (AgentEvent) -> Void = { _ in }
) async -> CollectedRun {
    let bus = EventBus()
    async let result: Result<AgentRunResult, any Error> = {
        do { return .success(try await runner.run(history: history, caller: .operator_, bus: bus)) } catch { return .failure(error) }
    }()
    var events: [AgentEvent] = []
    for await event in bus.events {
        events.append(event)
        observe(event)
    }
    return CollectedRun(events: events, result: await result)
}

extension AgentEvent {
    /// A short, stable label for order assertions (ids and durations left out).
    var label: String {
        switch self {
        case .assistantMessageStarted: "message.started"
        case .assistantTextDelta(_, let delta): "delta:\(delta)"
        case .assistantMessageDone(_, let text): "message.done:\(text)"
        case .toolStarted(let call): "started:\(call.name)"
        case .toolFinished(let call, _, let outcome, _): "finished:\(call.name):\(outcome)"
        case .progress(_, let text, _): "progress:\(text)"
        case .widgetAdded: "widget.added"
        case .widgetUpdated: "widget.updated"
        case .widgetTextDelta: "widget.delta"
        case .widgetDone: "widget.done"
        case .searchTaskStarted: "search.started"
        case .searchTaskSourceAdded: "search.source"
        case .searchTaskFinished: "search.finished"
        case .hiddenContext: "hidden"
        case .clientToolCall(_, _, let name, _): "client_tool_call:\(name)"
        case .runFinished(let text): "run.finished:\(text)"
        case .runFailed(let message): "run.failed:\(message)"
        }
    }

    /// The call id of a tool event; `nil` for other events.
    var toolCallID: String? {
        switch self {
        case .toolStarted(let call), .toolFinished(let call, _, _, _): call.callID
        case .progress(let callID, _, _): callID
        default: nil
        }
    }
}
