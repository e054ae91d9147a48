import JSONValue
import Synchronization

extension ToolContext {
    /// Hands this call to the client (for example reading the user's selection in the app).
    ///
    /// The agent run finishes the current batch of tool calls, emits
    /// ``AgentEvent/clientToolCall(id:callID:name:arguments:)`` for this call and ends with
    /// ``AgentRunResult/Ending/clientToolCall(_:)``; the client's result resumes the
    /// conversation in a new run. The tool's own return value is not sent to the model.
    /// Only one client tool call per batch is honoured: the first in call order. Outside a run
    /// (a context writing straight to ``EventBus/sink``, as `tools call` does) the request
    /// arrives as a `clientToolCall` event with an empty `id`.
    public func requestClientToolCall(arguments: JSONValue) async {
        await sink.send(.clientToolCall(id: "", callID: callID, name: toolName, arguments: arguments))
    }
}

/// Catches a tool's client tool call request on its way to the bus, so the loop can end the
/// run after the batch instead of the request reaching the consumer before the other tools finish.
final class ClientToolCallRecorder: Sendable {
    private let requested = Mutex<JSONValue?>(nil)

    var arguments: JSONValue? { requested.withLock { $0 } }

    /// A sink that records client tool call requests and forwards every other event to `bus`.
    func sink(forwardingTo bus: EventBus) -> EventSink {
        EventSink { [self] event in
            if case .clientToolCall(_, _, _, let arguments) = event {
                requested.withLock { $0 = arguments }
            } else {
                await bus.send(event)
            }
        }
    }
}
