import AgentRuntime
import ChatKitWidgets

/// `build_parlay`: prices a parlay exactly and shows it as an interactive parlay card.
public struct BuildParlayTool: Tool {
    public let name = "build_parlay"
    public let description = """
        Price a parlay from 2-12 legs with American odds: decimal and American combined odds, payout \
        (total return) and profit for the stake, implied probability, and, when every leg has a \
        win_probability, fair probability, expected value and a half-Kelly stake. Warns about legs on \
        the same event, duplicate legs and parlays over 6 legs. Shows a parlay card the user can edit \
        and lock in. Use it for every payout figure instead of doing the maths yourself.
        """

    public init() {}

    public func call(arguments: BuildParlayArguments, context: ToolContext) async throws -> ParlayQuote {
        let quote = try ParlayCalculator.quote(arguments)
        let handle = await context.showWidget(ParlayCard.open(quote, slip: ParlaySlip(arguments)), copyText: ParlayCard.copyText(quote))
        await handle.finish()
        return quote
    }
}
