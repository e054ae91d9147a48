/// Why a parlay cannot be priced or changed, worded for the model and the user.
public enum ParlayError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Odds that are not valid American odds; `leg` is 1-based.
    case invalidOdds(leg: Int, written: String, problem: String)
    case invalidStake(written: String, problem: String)
    case invalidBankroll(written: String, problem: String)
    case legCount(Int)
    case emptySelection(leg: Int)
    /// A widget action that does not fit the card it was pressed on.
    case invalidAction(String)

    public var description: String {
        switch self {
        case .invalidOdds(let leg, let written, let problem):
            "leg \(leg): odds \(written) \(problem)"
        case .invalidStake(let written, let problem):
            "stake \(written) \(problem)"
        case .invalidBankroll(let written, let problem):
            "bankroll \(written) \(problem)"
        case .legCount(let count):
            "a parlay needs 2 to 12 legs, got \(count)"
        case .emptySelection(let leg):
            "leg \(leg): the selection is empty; name the pick (e.g. \"Bills -5.5\")"
        case .invalidAction(let message):
            message
        }
    }
}
