import AgentRuntime
import ChatKitWidgets
import JSONValue

/// What a parlay card is built from, carried inside the card itself (in the payload of its
/// "Lock it in" button), so an action on a stored card can rebuild it without any other state.
///
/// The handler reads the slip from the *stored* widget, never from the incoming payload.
public struct ParlaySlip: SchemaDescribed, Sendable, Hashable, Codable {
    public var legs: [ParlayLegInput]
    public var stake: Double
    public var bankroll: Double?

    public init(legs: [ParlayLegInput], stake: Double, bankroll: Double? = nil) {
        self.legs = legs
        self.stake = stake
        self.bankroll = bankroll
    }

    public init(_ arguments: BuildParlayArguments) {
        self.init(legs: arguments.legs, stake: arguments.stake ?? ParlayCalculator.defaultStake, bankroll: arguments.bankroll)
    }

    public func quote() throws(ParlayError) -> ParlayQuote {
        try ParlayCalculator.quote(legs: legs, stake: stake, bankroll: bankroll)
    }

    /// The slip stored in a parlay card, or `nil` when the widget is not an open parlay card.
    static func stored(in widget: WidgetRoot) -> ParlaySlip? {
        guard case .card(let card) = widget else { return nil }
        for action in WidgetActions.all(in: card.children) where action.type == ParlayActionName.lockIn.type {
            if let slip = try? action.payload?[ParlayCard.slipKey]?.decode(as: ParlaySlip.self) { return slip }
        }
        return nil
    }
}
