import ChatKitWidgets
import Foundation
import JSONValue

/// The parlay card: numbered legs with odds, combined odds, stake, payout and profit, with
/// remove / change-stake / lock-in actions while open, and none once locked.
public enum ParlayCard {
    /// The key of the slip in the lock-in button's payload (see ``ParlaySlip``).
    static let slipKey = "slip"
    /// Stakes offered by the card's stake picker besides the current one.
    static let stakeChoices: [Double] = [5, 10, 25, 50, 100]

    public static func open(_ quote: ParlayQuote, slip: ParlaySlip) -> WidgetRoot {
        let slipPayload = (try? JSONValue(encoding: slip)) ?? .object([:])
        let canRemove = quote.legs.count > ParlayCalculator.legRange.lowerBound
        return .card(Card(size: .md, status: WidgetStatus(text: "Parlay builder", icon: .analytics)) {
            header(quote, badge: Badge(label: "\(quote.legs.count)-Leg", color: .info, variant: .soft))
            for (index, leg) in quote.legs.enumerated() {
                legRow(leg, number: index + 1) {
                    Button(
                        label: "Remove",
                        onClickAction: ActionConfig(type: ParlayActionName.removeLeg.type, payload: ["index": .int(index)]),
                        style: .secondary, variant: .ghost, size: .sm, disabled: !canRemove
                    )
                }
            }
            Divider()
            totals(quote)
            Form(onSubmitAction: ActionConfig(type: ParlayActionName.setStake.type), direction: .row, style: BoxStyle(align: .center, gap: 2)) {
                Select(
                    name: "stake", options: stakeOptions(current: quote.stake),
                    placeholder: "Stake", defaultValue: amountValue(quote.stake), size: .sm
                )
                Button(label: "Update stake", submit: true, style: .secondary, variant: .outline, size: .sm)
            }
            Button(
                label: "🔒 Lock It In",
                onClickAction: ActionConfig(type: ParlayActionName.lockIn.type, payload: [slipKey: slipPayload]),
                style: .primary, color: .success, block: true
            )
        })
    }

    /// The frozen card after "Lock it in": the same numbers, no actions.
    public static func locked(_ quote: ParlayQuote) -> WidgetRoot {
        .card(Card(size: .md, status: WidgetStatus(text: "Locked in", icon: .check)) {
            header(quote, badge: Badge(label: "LOCKED", color: .success, variant: .solid))
            for (index, leg) in quote.legs.enumerated() {
                legRow(leg, number: index + 1) {}
            }
            Divider()
            totals(quote)
        })
    }

    /// The short text the chat copies for the card.
    public static func copyText(_ quote: ParlayQuote) -> String {
        let legs = quote.legs.enumerated().map { "\($0.offset + 1). \($0.element.selection) \($0.element.americanOdds)" }
        return (["\(quote.legs.count)-leg parlay"] + legs + [
            "Combined \(quote.combinedAmericanOdds) (\(decimalText(quote.combinedDecimalOdds))), stake \(dollars(quote.stake)), payout \(dollars(quote.payout)), profit \(dollars(quote.profit))",
        ]).joined(separator: "\n")
    }

    // MARK: Parts

    private static func header(_ quote: ParlayQuote, badge: Badge) -> Row {
        Row(style: BoxStyle(align: .center, gap: 2)) {
            Title(value: "\(quote.legs.count)-Leg Parlay", size: .sm)
            badge
            Spacer()
            Title(value: quote.combinedAmericanOdds, size: .sm)
        }
    }

    private static func legRow(_ leg: ParlayQuote.Leg, number: Int, @WidgetBuilder trailing: () -> [WidgetComponent]) -> Row {
        let detail = [leg.event, leg.market].compactMap { $0 }.joined(separator: " · ")
        return Row(style: BoxStyle(align: .center, gap: 3)) {
            Badge(label: "\(number)", color: .secondary, variant: .outline, pill: true)
            Col(style: BoxStyle(flex: 1)) {
                Text(value: leg.selection, weight: .semibold, truncate: true)
                if !detail.isEmpty { Caption(value: detail, truncate: true) }
            }
            Text(value: leg.americanOdds, weight: .semibold)
            trailing()
        }
    }

    private static func totals(_ quote: ParlayQuote) -> Col {
        Col(style: BoxStyle(gap: 1)) {
            line("Combined odds", "\(quote.combinedAmericanOdds) (\(decimalText(quote.combinedDecimalOdds)))")
            line("Stake", dollars(quote.stake))
            line("Payout", dollars(quote.payout))
            line("Profit", dollars(quote.profit))
        }
    }

    private static func line(_ label: String, _ value: String) -> Row {
        Row {
            Caption(value: label)
            Spacer()
            Text(value: value, weight: .semibold)
        }
    }

    private static func stakeOptions(current: Double) -> [Select.Option] {
        Set(stakeChoices + [current]).sorted().map { Select.Option(value: amountValue($0), label: dollars($0)) }
    }

    static func dollars(_ amount: Double) -> String { "$" + ParlayText.fixed(amount, places: 2) }
    private static func amountValue(_ amount: Double) -> String { ParlayText.fixed(amount, places: 2) }
    private static func decimalText(_ odds: Double) -> String { ParlayText.fixed(odds, places: 4) }
}
