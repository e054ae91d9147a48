import Foundation

/// The few text operations a parlay runs per leg, without Foundation's `NSString` bridging, which
/// made trimming and `String(format:)` a fifth of `build_parlay`'s time.
enum ParlayText {
    /// `text` without leading and trailing whitespace or newlines.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace
        else { return text }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// `value` with exactly `places` decimals. For a value already rounded to `places`, as the quote's
    /// money and odds are, the text is what `String(format: "%.<places>f")` writes.
    static func fixed(_ value: Double, places: Int) -> String {
        let scale = DecimalRounding.powerOfTen(places)
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 0x1p53 else { return String(format: "%.\(places)f", value) }
        let units = Int(scaled)
        let fraction = String(units % scale)
        let sign = value.sign == .minus ? "-" : ""
        return "\(sign)\(units / scale).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }
}
