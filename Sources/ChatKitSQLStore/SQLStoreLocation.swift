import Foundation

/// Where a ``SQLStore`` keeps its data, parsed from a database URL.
///
/// Accepted forms:
/// - `sqlite::memory:` — a private in-memory database that lives as long as the store;
/// - `sqlite:PATH` (also `sqlite://PATH`, `sqlite:///ABSOLUTE/PATH`) — a database file, created when missing;
/// - `postgres://USER[:PASSWORD]@HOST[:PORT][/DATABASE][?PARAMS]` (or `postgresql://`), see ``PostgresLocation``.
public enum SQLStoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqliteMemory
    case sqliteFile(path: String)
    case postgres(PostgresLocation)

    public init(url: String) throws {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if let rest = trimmed.dropPrefix("sqlite:") {
            let path = rest.hasPrefix("//") ? String(rest.dropFirst(2)) : rest
            switch path {
            case ":memory:": self = .sqliteMemory
            case "": throw SQLStoreError.invalidURL("'\(url)' names no SQLite file (use sqlite:PATH or sqlite::memory:)")
            default: self = .sqliteFile(path: path)
            }
        } else if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation(url: trimmed))
        } else {
            let scheme = trimmed.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            throw SQLStoreError.invalidURL(
                "unsupported scheme '\(scheme)'; expected sqlite:PATH, sqlite::memory:, postgres:// or postgresql://")
        }
    }

    /// The location with any password hidden, safe for logs.
    public var description: String {
        switch self {
        case .sqliteMemory: "sqlite::memory:"
        case .sqliteFile(let path): "sqlite:\(path)"
        case .postgres(let location): location.description
        }
    }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
