import AgentRuntime
import ChatKitWidgets
import JSONValue

/// Terminal output for people: status lines on stderr as they happen, widgets as readable
/// text, the streamed answer on stdout.
struct HumanEventPrinter: EventPrinter {
    /// Whether to announce each tool call (`ask` does; `tools call` runs just one).
    let showsToolLifecycle: Bool

    func print(_ events: EventBus.Events) async {
        var widgets: [String: WidgetRoot] = [:]
        for await event in events {
            switch event {
            case .assistantMessageStarted:
                break
            case .assistantTextDelta(_, let delta):
                Console.write(delta)
            case .assistantMessageDone:
                Console.write("\n")
            case .toolStarted(let call) where showsToolLifecycle:
                Console.writeError("→ \(call.name) \(call.arguments)")
            case .toolFinished(let call, let duration, let outcome, _) where showsToolLifecycle:
                Console.writeError("← \(call.name) \(outcome.label) in \(Int(duration.milliseconds.rounded())) ms")
            case .toolStarted, .toolFinished:
                break
            case .progress(_, let text, _):
                Console.writeError("… \(text)")
            case .widgetAdded(let id, _, let root, _):
                widgets[id] = root
            case .widgetUpdated(let id, let root), .widgetDone(let id, let root):
                widgets[id] = root
                if case .widgetDone = event { Console.writeError(Self.box(root.textSummary)) }
            case .widgetTextDelta(let id, let componentID, let delta):
                widgets[id] = widgets[id]?.appendingText(delta, toComponent: componentID)
            case .searchTaskStarted(_, _, let title, let queries):
                Console.writeError("🔎 \(title): \(queries.joined(separator: " | "))")
            case .searchTaskSourceAdded(_, let source):
                Console.writeError("   · \(source.title) — \(source.url)")
            case .searchTaskFinished:
                break
            case .hiddenContext:
                break
            case .clientToolCall(_, _, let name, let arguments):
                Console.writeError("⇢ the client must run \(name) \(arguments.jsonString())")
            case .runFinished:
                break
            case .runFailed(let message):
                Console.writeError("✗ \(message)")
            }
        }
    }

    func printResult(_ result: StandaloneToolResult) {
        switch result {
        case .succeeded(let output):
            Console.writeLine(output.value.prettyJSONString())
        default:
            Console.writeError("✗ \(result.errorMessage ?? "failed")")
        }
    }

    /// Frames a widget's text so it stands apart from progress lines.
    static func box(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let width = min(lines.map(\.count).max() ?? 0, 100)
        let rule = String(repeating: "─", count: width + 2)
        return (["┌" + rule + "┐"] + lines.map { "│ " + $0 + String(repeating: " ", count: max(0, width - $0.count)) + " │" } + ["└" + rule + "┘"])
            .joined(separator: "\n")
    }
}
