import AgentRuntime
import ChatKitWidgets
import Foundation

/// `get_odds`: live lines from The Odds API, shopped across books, shown as an odds board.
public struct GetOddsTool: Tool {
    public let name = "get_odds"
    public let description = """
        Get current betting odds from The Odds API for a league's games (default: today and tomorrow, \
        US Eastern): per game and market (h2h = moneyline, spreads, totals) the consensus line, the best \
        American price per outcome with the book offering it, and no-vig fair probabilities. With \
        player_props, returns one game's props (line, best over and under). Shows an odds board whose \
        prices can be added to a parlay. Every call may spend API quota; the result says how much is left. \
        Never quote odds that this tool did not return.
        """

    let service: OddsService

    public init(service: OddsService) {
        self.service = service
    }

    public func call(arguments: GetOddsArguments, context: ToolContext) async throws -> OddsReport {
        await context.progress("Fetching \(arguments.sport.title) odds…", icon: .chart)
        let handle = await context.showWidget(OddsBoard.loading(arguments))
        do {
            let report = try await service.report(for: arguments)
            await handle.finish(OddsBoard.board(report, query: arguments, timeZone: service.timeZone))
            return report
        } catch {
            await handle.finish(OddsBoard.failure("\(error)", query: arguments))
            throw error
        }
    }
}
