import AgentRuntime
import ChatKitWidgets
import JSONValue

/// `--json`: one JSON object per line on stdout, `{"type": …}`, ending with a `result` line.
struct NDJSONEventPrinter: EventPrinter {
    /// Whether `tool_started`/`tool_finished` lines are written (`tools call` runs one tool and omits them).
    let includesToolLifecycle: Bool

    func print(_ events: EventBus.Events) async {
        for await event in events {
            if !includesToolLifecycle, event.isToolLifecycle { continue }
            if let line = event.ndjson { Console.writeLine(line.jsonString()) }
        }
    }

    func printResult(_ result: StandaloneToolResult) {
        let line: JSONValue = switch result {
        case .succeeded(let output): ["type": "result", "ok": true, "output": output.value]
        default: ["type": "result", "ok": false, "error": .string(result.errorMessage ?? "failed")]
        }
        Console.writeLine(line.jsonString())
    }
}

extension AgentEvent {
    /// `toolStarted` or `toolFinished`.
    var isToolLifecycle: Bool {
        switch self {
        case .toolStarted, .toolFinished: true
        default: false
        }
    }

    /// The event as an NDJSON line; `nil` for events a tool-call transcript does not show.
    var ndjson: JSONValue? {
        switch self {
        case .assistantMessageStarted(let id):
            ["type": "assistant_message_started", "id": .string(id)]
        case .assistantTextDelta(let id, let delta):
            ["type": "assistant_text_delta", "id": .string(id), "delta": .string(delta)]
        case .assistantMessageDone(let id, let text):
            ["type": "assistant_message_done", "id": .string(id), "text": .string(text)]
        case .toolStarted(let call):
            ["type": "tool_started", "call_id": .string(call.callID), "name": .string(call.name), "arguments": .string(call.arguments)]
        case .toolFinished(let call, let duration, let outcome, _):
            [
                "type": "tool_finished", "call_id": .string(call.callID), "name": .string(call.name),
                "duration_ms": .double(duration.milliseconds), "outcome": .string(outcome.label),
            ]
        case .progress(let callID, let text, let icon):
            ["type": "progress", "call_id": .string(callID), "text": .string(text), "icon": icon.map { .string($0.rawValue) } ?? .null]
        case .widgetAdded(let id, let callID, let root, let copyText):
            [
                "type": "widget", "id": .string(id), "call_id": .string(callID),
                "widget": (try? JSONValue(encoding: root)) ?? .null, "copy_text": copyText.map(JSONValue.string) ?? .null,
            ]
        case .widgetUpdated(let id, let root):
            ["type": "widget_updated", "id": .string(id), "widget": (try? JSONValue(encoding: root)) ?? .null]
        case .widgetTextDelta(let id, let componentID, let delta):
            ["type": "widget_text_delta", "id": .string(id), "component_id": .string(componentID), "delta": .string(delta)]
        case .widgetDone(let id, let root):
            ["type": "widget_done", "id": .string(id), "widget": (try? JSONValue(encoding: root)) ?? .null]
        case .searchTaskStarted(let id, let callID, let title, let queries):
            ["type": "search_started", "id": .string(id), "call_id": .string(callID), "title": .string(title), "queries": .array(queries.map(JSONValue.string))]
        case .searchTaskSourceAdded(let id, let source):
            ["type": "search_source", "id": .string(id), "title": .string(source.title), "url": .string(source.url), "snippet": source.snippet.map(JSONValue.string) ?? .null]
        case .searchTaskFinished(let id, let succeeded):
            ["type": "search_finished", "id": .string(id), "ok": .bool(succeeded)]
        case .hiddenContext(let callID, let text):
            ["type": "hidden_context", "call_id": .string(callID), "text": .string(text)]
        case .clientToolCall(_, let callID, let name, let arguments):
            ["type": "client_tool_call", "call_id": .string(callID), "name": .string(name), "arguments": arguments]
        case .runFinished(let text):
            ["type": "run_finished", "text": .string(text)]
        case .runFailed(let message):
            ["type": "run_failed", "error": .string(message)]
        }
    }
}

extension ToolOutcome {
    /// A one-word label for transcripts.
    var label: String {
        switch self {
        case .succeeded: "succeeded"
        case .invalidArguments: "invalid_arguments"
        case .unknownTool: "unknown_tool"
        case .failed: "failed"
        case .timedOut: "timed_out"
        case .cancelled: "cancelled"
        }
    }
}

extension Duration {
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
