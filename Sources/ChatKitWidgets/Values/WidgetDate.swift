import Foundation

/// A date prop (`DatePicker`), written as ISO 8601 in UTC the way pydantic writes an aware datetime:
/// `2025-01-01T00:00:00Z`, with microseconds only when non-zero.
///
/// Input without a zone (`2025-01-01T00:00:00`, what Python's naive `datetime` produces) is read as UTC.
public struct WidgetDate: Sendable, Hashable {
    public var date: Date

    public init(_ date: Date) {
        self.date = date
    }
}

extension WidgetDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = Self.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an ISO 8601 date-time: '\(text)'")
        }
        self.date = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.format(date))
    }

    static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let microseconds = Int(((date.timeIntervalSince1970 - seconds) * 1_000_000).rounded())
        let whole = Date.ISO8601FormatStyle().format(Date(timeIntervalSince1970: seconds))
        guard microseconds > 0, microseconds < 1_000_000 else { return whole }
        let fraction = String(microseconds + 1_000_000).dropFirst()
        return whole.dropLast() + "." + fraction + "Z"
    }

    /// Parses whole seconds with Foundation and the fraction by hand, so microseconds survive exactly.
    static func parse(_ text: String) -> Date? {
        guard let match = text.wholeMatch(of: /(?<base>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?<fraction>\.\d+)?(?<zone>Z|[+-]\d\d:?\d\d)?/),
            let whole = try? Date.ISO8601FormatStyle().parse(String(match.base) + String(match.zone ?? "Z"))
        else { return nil }
        let fraction = match.fraction.flatMap { Double("0" + $0) } ?? 0
        return Date(timeIntervalSince1970: whole.timeIntervalSince1970 + fraction)
    }
}
