import AgentRuntime
import ChatKitWidgets
import JSONValue

/// Handles `odds.refresh`: repeats the board's query (read from the stored widget, never from
/// the incoming payload) and returns the refreshed board, or throws with a message for the user.
public struct OddsActionHandler: WidgetActionHandler {
    public let namespace = "odds"
    let service: OddsService

    public init(service: OddsService) {
        self.service = service
    }

    public func handle(_ action: WidgetAction, widget: WidgetRoot, context: ToolContext) async throws -> WidgetActionOutcome {
        guard action.type == OddsBoard.refreshAction else {
            throw OddsAPIError.invalidArgument("unknown odds action '\(action.type)'")
        }
        guard let query = Self.storedQuery(in: widget) else {
            throw OddsAPIError.invalidArgument("this widget is not an odds board, so it cannot be refreshed")
        }
        await context.progress("Refreshing \(query.sport.title) odds…", icon: .reload)
        let report = try await service.report(for: query)
        return WidgetActionOutcome(
            widget: OddsBoard.board(report, query: query, timeZone: service.timeZone),
            hiddenContext: "The user refreshed the \(query.sport.title) odds board (\(report.games.count) games, quota remaining \(report.quota.remaining.map(String.init) ?? "unknown"))."
        )
    }

    /// The query stored in the board's refresh button.
    static func storedQuery(in widget: WidgetRoot) -> GetOddsArguments? {
        guard case .card(let card) = widget else { return nil }
        var pending = card.children
        while !pending.isEmpty {
            let component = pending.removeFirst()
            switch component {
            case .button(let button) where button.onClickAction?.type == OddsBoard.refreshAction:
                return try? button.onClickAction?.payload?[OddsBoard.queryKey]?.decode(as: GetOddsArguments.self)
            case .row(let row): pending += row.children
            case .col(let col): pending += col.children
            case .box(let box): pending += box.children
            default: continue
            }
        }
        return nil
    }
}
