import ChatKitWidgets
import JSONValue

/// Everything that happens during one agent run, in the order it happened.
///
/// Tools, the loop and the model write these into the run's ``EventBus``; the ChatKit bridge,
/// the CLI printers and tests read them. Events of one tool call keep their order; events of
/// concurrent tool calls interleave.
///
/// Events wait in the bus by value, so the few cases with large payloads are `indirect`: the
/// enum stays a few words wide and an idle run's buffers stay small.
public enum AgentEvent: Sendable, Hashable {
    /// The model started an assistant message.
    case assistantMessageStarted(id: String)
    /// A fragment of assistant text.
    case assistantTextDelta(messageID: String, delta: String)
    /// The assistant message is complete.
    case assistantMessageDone(id: String, text: String)

    /// A tool call is about to run (its arguments are validated next). Every `toolStarted`
    /// is followed by exactly one `toolFinished` for the same call.
    case toolStarted(ToolCallInfo)
    /// A tool call ended (successfully or not); `duration` covers validation and the call.
    /// `output` is exactly what the model receives for the call (the JSON output or the error text),
    /// so a transport can persist the call for later turns.
    indirect case toolFinished(ToolCallInfo, duration: Duration, outcome: ToolOutcome, output: String)

    /// A short status line from a running tool.
    case progress(callID: String, text: String, icon: IconName?)

    /// A tool showed a widget. Later events with the same `widgetID` refer to it.
    case widgetAdded(widgetID: String, callID: String, root: WidgetRoot, copyText: String?)
    /// The widget's new full state.
    case widgetUpdated(widgetID: String, root: WidgetRoot)
    /// Text appended to the `Text`/`Markdown` component `componentID` of the widget.
    case widgetTextDelta(widgetID: String, componentID: String, delta: String)
    /// The widget reached its final state.
    case widgetDone(widgetID: String, root: WidgetRoot)

    /// A search started (shown by ChatKit as a workflow search task).
    case searchTaskStarted(taskID: String, callID: String, title: String, queries: [String])
    /// A source (URL) was found for the search.
    indirect case searchTaskSourceAdded(taskID: String, source: SearchSource)
    /// The search ended.
    case searchTaskFinished(taskID: String, succeeded: Bool)

    /// Context for the model that the user never sees.
    case hiddenContext(callID: String, text: String)

    /// The run stops so the client can run a tool; the client's result resumes the run.
    indirect case clientToolCall(id: String, callID: String, name: String, arguments: JSONValue)

    /// The run ended with the model's final answer.
    case runFinished(finalText: String)
    /// The run ended because of an error (the message is safe to show).
    case runFailed(message: String)
}

/// Which tool call an event belongs to.
public struct ToolCallInfo: Sendable, Hashable {
    public var callID: String
    public var name: String
    /// The raw argument JSON the model sent.
    public var arguments: String

    public init(callID: String, name: String, arguments: String) {
        self.callID = callID
        self.name = name
        self.arguments = arguments
    }
}

/// How a tool call ended.
public enum ToolOutcome: Sendable, Hashable {
    case succeeded
    /// The arguments did not decode or violated the schema; the tool never ran.
    case invalidArguments(String)
    /// No tool has this name.
    case unknownTool
    /// The tool threw.
    case failed(String)
    /// The tool did not finish within its timeout.
    case timedOut(Duration)
    /// The run was cancelled while the tool ran.
    case cancelled
}

/// A web source found by a search tool.
public struct SearchSource: Sendable, Hashable {
    public var title: String
    public var url: String
    public var snippet: String?

    public init(title: String, url: String, snippet: String? = nil) {
        self.title = title
        self.url = url
        self.snippet = snippet
    }
}
