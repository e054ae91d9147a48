/// Why a store call failed. The server maps `notFound` to a 404; the others stay internal (500).
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The record does not exist (or belongs to another user).
    case notFound(StoreRecordKind, id: String)
    /// A stored record could not be decoded.
    case corruptRecord(StoreRecordKind, id: String, reason: String)
    /// The backend failed (connection, constraint, I/O).
    case backend(String)

    public var description: String {
        switch self {
        case .notFound(let kind, let id): "\(kind.rawValue) '\(id)' not found"
        case .corruptRecord(let kind, let id, let reason): "stored \(kind.rawValue) '\(id)' is unreadable: \(reason)"
        case .backend(let message): "store failure: \(message)"
        }
    }
}

/// The kinds of records a store keeps.
public enum StoreRecordKind: String, Sendable, Hashable {
    case thread, item, attachment
}
