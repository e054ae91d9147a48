import AgentRuntime
import Synchronization

/// A tool context whose events are recorded, for tests that call tools through a `ToolRegistry`.
public final class RecordingEventSink: Sendable {
    private let recorded = Mutex<[AgentEvent]>([])

    public init() {}

    /// Every event sent so far, in order.
    public var events: [AgentEvent] { recorded.withLock { $0 } }

    /// A context for one call of `toolName` that records into this sink.
    public func context(toolName: String, callID: String = "call_test") -> ToolContext {
        ToolContext(callID: callID, toolName: toolName, caller: .operator_, sink: EventSink { event in
            self.recorded.withLock { $0.append(event) }
        })
    }
}
