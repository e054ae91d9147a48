/// A `supabase_query` call the tool refuses before touching the database; the message tells the model
/// what is allowed.
public enum SupabaseQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownColumn(dataset: String, column: String, allowed: [String])
    case notFilterable(column: String, filterable: [String])
    case notOrderable(column: String, orderable: [String])
    case invalidValue(column: String, value: String, expected: String)
    case operatorNotSupported(op: String, column: String, reason: String)
    case emptyList(column: String)
    case tooManyFilters(maximum: Int)
    /// The module has no database (`SUPABASE_DB_URL` unset).
    case notConfigured

    public var description: String {
        switch self {
        case .unknownColumn(let dataset, let column, let allowed):
            "unknown column '\(column)' for dataset '\(dataset)'; allowed: \(allowed.joined(separator: ", "))"
        case .notFilterable(let column, let filterable):
            "column '\(column)' cannot be filtered on; filterable: \(filterable.joined(separator: ", "))"
        case .notOrderable(let column, let orderable):
            "column '\(column)' cannot be sorted on; sortable: \(orderable.joined(separator: ", "))"
        case .invalidValue(let column, let value, let expected):
            "value '\(value.prefix(60))' for column '\(column)' is not valid: expected \(expected)"
        case .operatorNotSupported(let op, let column, let reason):
            "operator '\(op)' cannot be used on column '\(column)': \(reason)"
        case .emptyList(let column):
            "the 'in' filter on '\(column)' has no values; give a comma-separated list"
        case .tooManyFilters(let maximum):
            "too many filters; at most \(maximum)"
        case .notConfigured:
            "the Supabase database is not configured (set SUPABASE_DB_URL)"
        }
    }
}
