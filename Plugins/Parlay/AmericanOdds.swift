import Foundation

/// A price in American format: `+150` wins 150 per 100 staked, `-110` needs 110 to win 100.
///
/// Valid prices are whole numbers at or beyond even money (≥ +100 or ≤ −100). An unsigned
/// value is positive: `"150"` is +150 (the app's old parser read it as −150).
public struct AmericanOdds: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The signed price, e.g. `-110`; never in (−100, +100).
    public let value: Int

    /// Validates a signed price.
    public init?(_ value: Int) {
        guard value >= 100 || value <= -100 else { return nil }
        self.value = value
    }

    /// Reads odds as sent: a number or text such as `"+150"`, `"-110"`, `"150"` or `"even"`.
    /// - Throws: a problem description (without the leg number) saying what is wrong.
    public static func parse(_ input: NumericInput) throws(OddsProblem) -> AmericanOdds {
        let number: Double
        switch input {
        case .number(let value):
            number = value
        case .text(let raw):
            var text = ParlayText.trimmed(raw).replacingOccurrences(of: "\u{2212}", with: "-")
            if ["even", "ev", "evens"].contains(text.lowercased()) { text = "+100" }
            let unsigned = text.hasPrefix("+") || text.hasPrefix("-") ? String(text.dropFirst()) : text
            guard !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  let parsed = Double(text.hasPrefix("+") ? unsigned : text)
            else {
                throw OddsProblem("are not a number; give American odds such as \"+150\" or \"-110\"")
            }
            number = parsed
        }
        guard number.isFinite else { throw OddsProblem("are not a finite number") }
        guard number != 0 else { throw OddsProblem("are 0, which is not a price; American odds are at least +100 or at most -100") }
        guard number == number.rounded() else {
            let hint = number > 1 && number < 100 ? " (decimal odds? convert them to American first)" : ""
            throw OddsProblem("are not a whole number; American odds look like +150 or -110\(hint)")
        }
        guard abs(number) <= 1_000_000, let odds = AmericanOdds(Int(number)) else {
            if abs(number) > 1_000_000 { throw OddsProblem("are out of range (at most ±1000000)") }
            throw OddsProblem("are between -100 and +100, which American odds never are; use at least +100 or at most -100")
        }
        return odds
    }

    /// What a winning unit stake returns in total (stake included).
    public var decimal: Decimal {
        value > 0 ? 1 + Decimal(value) / 100 : 1 + 100 / Decimal(-value)
    }

    /// The break-even win probability the price implies (vig included).
    public var impliedProbability: Decimal {
        value > 0 ? 100 / Decimal(value + 100) : Decimal(-value) / Decimal(-value + 100)
    }

    /// ``decimal`` rounded to `places` (at most 6) half away from zero, for output.
    public func roundedDecimal(places: Int) -> Double {
        let (numerator, denominator) = decimalFraction
        return Self.rounded(numerator, over: denominator, places: places)
    }

    /// ``impliedProbability`` rounded to `places` (at most 6) half away from zero, for output.
    public func roundedImpliedProbability(places: Int) -> Double {
        let (numerator, denominator) = decimalFraction
        return Self.rounded(denominator, over: numerator, places: places)
    }

    /// The decimal odds as a fraction of whole numbers: (v + 100) / 100 above even money, (|v| + 100) / |v| below.
    private var decimalFraction: (numerator: Int, denominator: Int) {
        value > 0 ? (value + 100, 100) : (100 - value, -value)
    }

    /// `numerator / denominator` rounded half up in integers, which is exact and, per leg, far cheaper than
    /// rounding a `Decimal`. The quotient of two exact doubles is the double nearest the rounded value.
    private static func rounded(_ numerator: Int, over denominator: Int, places: Int) -> Double {
        let scale = DecimalRounding.powerOfTen(places)
        let units = (2 * numerator * scale + denominator) / (2 * denominator)
        return Double(units) / Double(scale)
    }

    /// The price whose decimal odds are `decimal` (> 1), rounded to a whole number half away
    /// from zero: `+round((d−1)·100)` from even money up, `−round(100/(d−1))` below it.
    public init(decimal exact: Decimal) {
        precondition(exact > 1, "decimal odds must exceed 1")
        // A product of inexact quotients lands a hair off even money (1.999…95 for −200 × −300);
        // 20 places is far below any price difference and puts it back on 2.
        let decimal = DecimalRounding.rounded(exact, places: 20)
        if decimal >= 2 {
            value = max(100, DecimalRounding.wholeNumber((decimal - 1) * 100))
        } else {
            value = -max(100, DecimalRounding.wholeNumber(100 / (decimal - 1)))
        }
    }

    /// With its sign: `"+150"`, `"-110"` (even money is `"+100"`).
    public var description: String { value > 0 ? "+\(value)" : "\(value)" }

    public static func < (lhs: AmericanOdds, rhs: AmericanOdds) -> Bool { lhs.decimal < rhs.decimal }
}

/// What is wrong with a price, completed with the leg number by the caller.
public struct OddsProblem: Error, Sendable, Hashable {
    public let problem: String
    init(_ problem: String) { self.problem = problem }
}
