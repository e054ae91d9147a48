import Foundation

/// The PostgreSQL type of an allowed column: how filter values are validated and cast.
enum ColumnType: Sendable, Hashable {
    case text, integer, numeric, boolean, timestamp, date, uuid
    /// Output only: JSON documents and arrays cannot be filtered or sorted on.
    case json

    /// The cast applied to bound filter values (`$1::integer`); never built from input.
    var sqlType: String? {
        switch self {
        case .text: "text"
        case .integer: "bigint"
        case .numeric: "numeric"
        case .boolean: "boolean"
        case .timestamp: "timestamptz"
        case .date: "date"
        case .uuid: "uuid"
        case .json: nil
        }
    }

    var isOrderable: Bool { self != .json && self != .boolean }

    /// The value in the canonical text form PostgreSQL parses for this type, or `nil` when it is not one.
    func canonical(_ raw: String) -> String? {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .text:
            return raw.count <= 200 ? raw : nil
        case .integer:
            return Int64(value).map(String.init)
        case .numeric:
            guard let number = Double(value), number.isFinite else { return nil }
            return value
        case .boolean:
            switch value.lowercased() {
            case "true", "t", "yes", "1": return "true"
            case "false", "f", "no", "0": return "false"
            default: return nil
            }
        case .timestamp:
            if Self.relativeKeywords.contains(value.lowercased()) { return value.lowercased() }
            return value.wholeMatch(of: Self.timestampPattern) != nil ? value : nil
        case .date:
            if Self.relativeKeywords.contains(value.lowercased()) { return value.lowercased() }
            return value.wholeMatch(of: Self.datePattern) != nil ? value : nil
        case .uuid:
            return UUID(uuidString: value)?.uuidString.lowercased()
        case .json:
            return nil
        }
    }

    /// PostgreSQL's own special date/time inputs, resolved by the server's clock.
    static let relativeKeywords: Set<String> = ["now", "today", "tomorrow", "yesterday"]
    nonisolated(unsafe) static let datePattern = /\d{4}-\d{2}-\d{2}/
    nonisolated(unsafe) static let timestampPattern =
        /\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?/

    /// What a valid value looks like, for error messages.
    var expectation: String {
        switch self {
        case .text: "text of at most 200 characters"
        case .integer: "a whole number"
        case .numeric: "a number"
        case .boolean: "true or false"
        case .timestamp: "an ISO 8601 date or timestamp (2025-11-16, 2025-11-16T19:30:00Z) or now/today/tomorrow/yesterday"
        case .date: "a date (2025-11-16) or today/tomorrow/yesterday"
        case .uuid: "a UUID"
        case .json: "nothing: this column cannot be filtered"
        }
    }
}
