/// The widget actions of the `parlay` namespace (the wire contract between widgets and
/// ``ParlayActionHandler``).
///
/// - `parlay.remove_leg {index}`: drops leg `index` (0-based) from the card.
/// - `parlay.set_stake {stake}`: reprices the card for a new stake (a number, or the text of the
///   card's `stake` input).
/// - `parlay.lock_in`: freezes the card and tells the model what the user locked in.
/// - `parlay.add_leg {leg: {selection, odds, event, market}, selected}`: on any widget that offers
///   the leg as a button (the odds board), toggles that pick in the widget's slip.
/// - `parlay.build`: shows a parlay card for the picks selected in that widget.
public enum ParlayActionName: String, Sendable, CaseIterable {
    case removeLeg = "remove_leg"
    case setStake = "set_stake"
    case lockIn = "lock_in"
    case addLeg = "add_leg"
    case build

    public static let namespace = "parlay"

    /// The full action type, e.g. `"parlay.remove_leg"`.
    public var type: String { "\(Self.namespace).\(rawValue)" }
}
