import AgentRuntime
import JSONValue

/// `parlay.remove_leg`: which leg, 0-based.
struct RemoveLegPayload: SchemaDescribed {
    var index: Int
    static let schemaFields: [String: SchemaField] = ["index": SchemaField("The 0-based leg to remove.", constraints: [.minimum(0), .maximum(11)])]
}

/// `parlay.set_stake`: the new stake, from a button (number) or the card's input (text).
struct SetStakePayload: SchemaDescribed {
    var stake: NumericInput
}

/// `parlay.add_leg`: a pick offered by another widget. Every field is non-null because widget
/// payloads drop nulls on the wire; unknown event or market are empty strings.
public struct BoardLegPayload: SchemaDescribed, Sendable, Hashable, Codable {
    public var leg: BoardLeg
    /// Whether the pick is currently in the widget's slip.
    public var selected: Bool

    public init(leg: BoardLeg, selected: Bool = false) {
        self.leg = leg
        self.selected = selected
    }
}

/// A pick as another widget offers it.
public struct BoardLeg: SchemaDescribed, Sendable, Hashable, Codable {
    public var selection: String
    /// American odds with sign, e.g. `"+150"`.
    public var odds: String
    public var event: String
    public var market: String

    public init(selection: String, odds: String, event: String, market: String) {
        self.selection = selection
        self.odds = odds
        self.event = event
        self.market = market
    }

    var legInput: ParlayLegInput {
        ParlayLegInput(
            selection: selection, odds: .text(odds),
            event: event.isEmpty ? nil : event, market: market.isEmpty ? nil : market
        )
    }
}
