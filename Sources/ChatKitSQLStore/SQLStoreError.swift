/// Why a ``SQLStore`` could not be created or could not do what was asked.
///
/// Missing rows are not reported here: they surface as the ChatKit store's not-found error, the same for
/// rows that do not exist and rows that belong to another user.
public enum SQLStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database URL could not be understood; the message says which part and why.
    case invalidURL(String)
    /// A table exists but lacks the columns this store needs (for example a table left by an older schema).
    case incompatibleSchema(table: String, reason: String)
    /// The store was shut down; no further queries are possible.
    case closed

    public var description: String {
        switch self {
        case .invalidURL(let reason):
            "invalid database URL: \(reason)"
        case .incompatibleSchema(let table, let reason):
            "table \(table) exists but does not have the layout this store needs (\(reason)); "
                + "rename or drop it, or point the store at another database"
        case .closed:
            "the store has been shut down"
        }
    }
}
