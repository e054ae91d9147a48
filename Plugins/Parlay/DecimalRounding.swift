import Foundation

/// Half-away-from-zero rounding of exact decimal values, so money and odds round the way a
/// person checks them by hand (2.5 cents → 3 cents), which binary doubles cannot promise.
enum DecimalRounding {
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    /// Rounded to `places` and converted for JSON output.
    static func double(_ value: Decimal, places: Int) -> Double {
        Double(rounded(value, places: places).description) ?? .nan
    }

    static func wholeNumber(_ value: Decimal) -> Int {
        Int(rounded(value, places: 0).description) ?? 0
    }

    /// 10 to the power `exponent` (0 or more), exactly: the scale of a value with `exponent` decimals.
    static func powerOfTen(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * 10 }
    }

    /// A money amount as exact cents: `10.05` (a binary double just below) becomes 10.05.
    static func cents(_ amount: Double) -> Decimal {
        Decimal(sign: .plus, exponent: -2, significand: Decimal(Int((amount * 100).rounded())))
    }
}
