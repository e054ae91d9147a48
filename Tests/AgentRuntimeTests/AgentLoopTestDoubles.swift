@testable import AgentRuntime
import JSONValue
import Synchronization

/// A model that plays back one scripted turn per request and records every request.
final class ScriptedModelClient: ModelClient {
    enum Turn: Sendable {
        /// Streams `events`, then returns `response`.
        case respond(ModelResponse, events: [ModelStreamEvent] = [])
        /// Throws `error`.
        case fail(ModelError)
        /// Suspends until the calling task is cancelled, then throws `CancellationError`.
        case hangUntilCancelled
    }

    let label = "scripted"
    private let turns: [Turn]
    private let recorded = Mutex<[ModelRequest]>([])

    init(_ turns: [Turn]) {
        self.turns = turns
    }

    var requests: [ModelRequest] { recorded.withLock { $0 } }

    func streamResponse(
        to request: ModelRequest,
        onEvent: (ModelStreamEvent) async throws -> Void
    ) async throws -> ModelResponse {
        let index = recorded.withLock { requests in
            requests.append(request)
            return requests.count - 1
        }
        guard index < turns.count else {
            throw ModelError.malformedStream("the script has no turn \(index + 1)")
        }
        switch turns[index] {
        case .respond(let response, let events):
            for event in events { try await onEvent(event) }
            return response
        case .fail(let error):
            throw error
        case .hangUntilCancelled:
            try await Task.sleep(for: .seconds(3600))
            throw ModelError.connection("the hanging turn was never cancelled")
        }
    }
}

/// Tools defined by closures; names without a closure are unknown.
struct ClosureTools: ToolInvoking {
    typealias Body = @Sendable (_ arguments: String, _ context: ToolContext) async -> ToolInvocation

    private let bodies: [String: Body]

    init(_ bodies: [String: Body]) {
        self.bodies = bodies
    }

    var definitions: [ToolDefinition] {
        bodies.keys.sorted().map { ToolDefinition(name: $0, description: "Test tool \($0).", parameters: ["type": "object"]) }
    }

    func invoke(name: String, arguments: String, context: ToolContext) async -> ToolInvocation {
        guard let body = bodies[name] else { return .failed(.unknownTool(name: name)) }
        return await body(arguments, context)
    }
}

/// A one-shot signal tasks can wait for (no sleeping, no polling).
final class Latch: Sendable {
    private let state = Mutex<(isOpen: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func open() {
        let waiters = state.withLock { state in
            state.isOpen = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            let isOpen = state.withLock { state in
                if !state.isOpen { state.waiters.append(continuation) }
                return state.isOpen
            }
            if isOpen { continuation.resume() }
        }
    }
}

/// A thread-safe counter/recorder for tests.
final class Recorder<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])

    func append(_ value: Value) { values.withLock { $0.append(value) } }

    var all: [Value] { values.withLock { $0 } }
}

func functionCall(_ name: String, callID: String, arguments: String = "{}") -> ModelOutputItem {
    .functionCall(FunctionCall(id: "fc_\(callID)", callID: callID, name: name, arguments: arguments))
}

/// Runs `runner` while collecting every bus event; returns the events and the run's outcome.
func runCollecting(
    _ runner: AgentRunner,
    history: [ModelInputItem] = [.userMessage("hi")],
    bus: EventBus = EventBus()
) async -> (events: [AgentEvent], result: Result<AgentRunResult, any Error>) {
    async let outcome: Result<AgentRunResult, any Error> = {
        do { return .success(try await runner.run(history: history, caller: .operator_, bus: bus)) } catch { return .failure(error) }
    }()
    var events: [AgentEvent] = []
    for await event in bus.events { events.append(event) }
    return (events, await outcome)
}

/// A successful invocation whose output is `text`.
func output(_ text: String) -> ToolInvocation {
    .succeeded(ToolOutput(text: text, value: .string(text)))
}
