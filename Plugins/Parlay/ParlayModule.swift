import AgentRuntime
import ToolSupport

/// The `parlay` module: the `build_parlay` tool and the `parlay.*` widget actions.
/// Pure computation: it needs no settings beyond `enabled`.
public struct ParlayModule: ToolModule {
    public static let name = "parlay"

    public init(settings: ToolSettings, environment: ToolEnvironment) throws {}

    public var tools: [any Tool] { [BuildParlayTool()] }
    public var actionHandlers: [any WidgetActionHandler] { [ParlayActionHandler()] }
}
