import AgentRuntime
import ChatKitWidgets
import Synchronization

/// A tool context whose events are kept for inspection.
final class ToolEventRecorder: Sendable {
    private let events = Mutex<[AgentEvent]>([])

    var recorded: [AgentEvent] { events.withLock { $0 } }

    func context(tool: String = "build_parlay") -> ToolContext {
        ToolContext(callID: "call_test", toolName: tool, caller: .operator_, sink: EventSink { event in
            self.events.withLock { $0.append(event) }
        })
    }

    /// The roots of every widget shown, in order.
    var shownWidgets: [WidgetRoot] {
        recorded.compactMap { event in
            if case .widgetAdded(_, _, let root, _) = event { return root }
            return nil
        }
    }
}
