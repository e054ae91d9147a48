import Foundation
import SQLKit

/// The few places where SQLite and PostgreSQL need different SQL; every query is otherwise shared.
///
/// PostgreSQL stores payloads as `jsonb` and times as `timestamptz`; SQLite stores JSON text and integer
/// microseconds since 1970. Either way times keep microsecond precision, and ids compare bytewise (`COLLATE "C"`
/// on PostgreSQL, SQLite's default) so both backends order ties identically.
enum SQLFlavor: Sendable {
    case sqlite
    case postgres

    var idType: String {
        switch self {
        case .sqlite: "TEXT"
        case .postgres: "TEXT COLLATE \"C\""
        }
    }

    var timestampType: String {
        switch self {
        case .sqlite: "INTEGER"
        case .postgres: "TIMESTAMPTZ"
        }
    }

    var jsonType: String {
        switch self {
        case .sqlite: "TEXT"
        case .postgres: "JSONB"
        }
    }

    /// A timestamp parameter, exact to the microsecond (PostgresNIO's own `Date` encoding truncates).
    func timestamp(_ date: Date) -> SQLQueryString {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        switch self {
        case .sqlite: return "\(bind: micros)"
        case .postgres: return "(TIMESTAMPTZ 'epoch' + \(bind: micros) * INTERVAL '1 microsecond')"
        }
    }

    /// A JSON document parameter.
    func json(_ text: String) -> SQLQueryString {
        switch self {
        case .sqlite: "\(bind: text)"
        case .postgres: "CAST(\(bind: text) AS JSONB)"
        }
    }

    /// The `payload` column as JSON text, named `payload` in the result.
    var payloadColumn: SQLQueryString {
        switch self {
        case .sqlite: "payload"
        case .postgres: "payload::text AS payload"
        }
    }
}
