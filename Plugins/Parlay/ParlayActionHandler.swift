import AgentRuntime
import ChatKitWidgets
import Foundation
import JSONValue

/// Handles `parlay.*` actions (see ``ParlayActionName``): recomputes the card from the slip
/// stored in the widget and returns the new state, which the server shows in place and persists.
///
/// Incoming payloads are untrusted: they are validated against their schema and only select
/// *what* to do (an index, a stake, a pick the stored widget offers); legs and prices always
/// come from the stored widget.
public struct ParlayActionHandler: WidgetActionHandler {
    public let namespace = ParlayActionName.namespace

    public init() {}

    public func handle(_ action: WidgetAction, widget: WidgetRoot, context: ToolContext) async throws -> WidgetActionOutcome {
        guard action.namespace == namespace, let name = ParlayActionName(rawValue: String(action.name)) else {
            throw ParlayError.invalidAction("unknown parlay action '\(action.type)'")
        }
        switch name {
        case .removeLeg:
            let payload = try action.decodePayload(as: RemoveLegPayload.self)
            var slip = try openSlip(in: widget)
            guard slip.legs.indices.contains(payload.index) else {
                throw ParlayError.invalidAction("there is no leg \(payload.index + 1) on this parlay (it has \(slip.legs.count))")
            }
            guard slip.legs.count > ParlayCalculator.legRange.lowerBound else {
                throw ParlayError.invalidAction("a parlay needs at least 2 legs, so no leg can be removed from this one")
            }
            let removed = slip.legs.remove(at: payload.index)
            let quote = try slip.quote()
            return WidgetActionOutcome(
                widget: ParlayCard.open(quote, slip: slip),
                hiddenContext: "The user removed \"\(removed.selection)\" from the parlay. Now: \(Self.summary(quote))"
            )
        case .setStake:
            let payload = try action.decodePayload(as: SetStakePayload.self)
            var slip = try openSlip(in: widget)
            slip.stake = try Self.stake(from: payload.stake)
            let quote = try slip.quote()
            return WidgetActionOutcome(
                widget: ParlayCard.open(quote, slip: slip),
                hiddenContext: "The user changed the parlay stake to \(ParlayCard.dollars(quote.stake)). Now: \(Self.summary(quote))"
            )
        case .lockIn:
            let quote = try openSlip(in: widget).quote()
            return WidgetActionOutcome(
                widget: ParlayCard.locked(quote),
                hiddenContext: "The user locked in this parlay: \(Self.summary(quote))"
            )
        case .addLeg:
            return try toggle(try action.decodePayload(as: BoardLegPayload.self).leg, in: widget)
        case .build:
            let legs = ParlayPicks.selected(in: widget).map(\.legInput)
            guard legs.count >= ParlayCalculator.legRange.lowerBound else {
                throw ParlayError.invalidAction("pick at least 2 outcomes with \"Add to parlay\" first (\(legs.count) picked)")
            }
            let slip = ParlaySlip(legs: Array(legs.prefix(ParlayCalculator.legRange.upperBound)), stake: ParlayCalculator.defaultStake)
            let quote = try slip.quote()
            let handle = await context.showWidget(ParlayCard.open(quote, slip: slip), copyText: ParlayCard.copyText(quote))
            await handle.finish()
            return WidgetActionOutcome(hiddenContext: "The user built a parlay from the odds board: \(Self.summary(quote))")
        }
    }

    /// Toggles a pick the stored widget offers; a pick it does not offer is rejected.
    private func toggle(_ leg: BoardLeg, in widget: WidgetRoot) throws -> WidgetActionOutcome {
        guard let wasSelected = ParlayPicks.offered(in: widget)[leg] else {
            throw ParlayError.invalidAction("this widget does not offer \"\(leg.selection)\" \(leg.odds); refresh it and try again")
        }
        let updated = ParlayPicks.marking(leg, selected: !wasSelected, in: widget)
        let picks = ParlayPicks.selected(in: updated)
        let verb = wasSelected ? "removed" : "added"
        let list = picks.map { "\($0.selection) \($0.odds)" }.joined(separator: "; ")
        return WidgetActionOutcome(
            widget: updated,
            hiddenContext: "The user \(verb) \"\(leg.selection)\" \(leg.odds) \(wasSelected ? "from" : "to") their parlay picks. Picks now (\(picks.count)): \(list.isEmpty ? "none" : list)."
        )
    }

    private func openSlip(in widget: WidgetRoot) throws(ParlayError) -> ParlaySlip {
        guard let slip = ParlaySlip.stored(in: widget) else {
            throw .invalidAction("this parlay is locked in or is not a parlay card, so it cannot be changed")
        }
        return slip
    }

    /// A stake from a number or a form's text (`"25"`, `"$25.00"`).
    static func stake(from input: NumericInput) throws(ParlayError) -> Double {
        switch input {
        case .number(let value):
            return value
        case .text(let text):
            let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "$", with: "").replacingOccurrences(of: ",", with: "")
            guard let value = Double(cleaned) else {
                throw .invalidStake(written: "\"\(text)\"", problem: "is not an amount of dollars")
            }
            return value
        }
    }

    /// One line the model can repeat: legs, combined odds, stake, payout.
    static func summary(_ quote: ParlayQuote) -> String {
        let legs = quote.legs.enumerated().map { "\($0.offset + 1)) \($0.element.selection) \($0.element.americanOdds)" }.joined(separator: ", ")
        return "\(legs); combined \(quote.combinedAmericanOdds) (decimal \(quote.combinedDecimalOdds)), stake \(ParlayCard.dollars(quote.stake)), payout \(ParlayCard.dollars(quote.payout)), profit \(ParlayCard.dollars(quote.profit))."
    }
}
