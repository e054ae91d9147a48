import AgentRuntime

/// One betting capability packaged for the app: its tools and the widget actions it owns.
///
/// A module lives in its own folder under `Plugins/`, knows only the runtime and this target,
/// and is configured by its entry in `tools.json` (``ToolSettings``). The app builds every
/// enabled module once at start-up, registers its tools and routes its action namespace to it.
public protocol ToolModule: Sendable {
    /// The module's key in `tools.json` (`"odds"`, `"web_search"`).
    static var name: String { get }

    /// Builds the module from its resolved settings. Throw when the settings cannot work
    /// (a malformed base URL, an option of the wrong type): start-up stops with the message.
    init(settings: ToolSettings, environment: ToolEnvironment) throws

    /// The tools the model may call.
    var tools: [any Tool] { get }

    /// Handlers for the actions of the widgets this module shows.
    var actionHandlers: [any WidgetActionHandler] { get }

    /// Releases what the module holds (connection pools); called once at shutdown.
    func shutdown() async
}

extension ToolModule {
    public var actionHandlers: [any WidgetActionHandler] { [] }
    public func shutdown() async {}
}
