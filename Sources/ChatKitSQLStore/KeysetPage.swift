import ChatKit
import SQLKit

/// Keyset pagination over rows ordered by `(created_at, id)`.
///
/// The cursor is a row id; the page starts strictly after that row's `(created_at, id)` in the requested
/// order, which the database finds through the same index it pages with, so any page costs the same as the
/// first, whatever the thread's length (no OFFSET). An unknown cursor yields an empty page.
struct KeysetPage {
    /// The table to page over.
    let table: String
    /// The rows in scope, e.g. `user_id = ? AND thread_id = ?`.
    let scope: SQLQueryString

    /// The SQL for one page; it fetches one row more than `limit` to learn whether more follow.
    func query(after: String?, limit: Int, order: PageOrder, flavor: SQLFlavor) -> SQLQueryString {
        let direction: SQLQueryString = order == .asc ? "ASC" : "DESC"
        let comparison: SQLQueryString = order == .asc ? ">" : "<"
        var sql: SQLQueryString = "SELECT id, \(flavor.payloadColumn) FROM \(ident: table) WHERE \(scope)"
        if let after {
            sql += """
                 AND (created_at, id) \(comparison) (SELECT created_at, id FROM \(ident: table) \
                WHERE \(scope) AND id = \(bind: after))
                """
        }
        sql += " ORDER BY created_at \(direction), id \(direction) LIMIT \(literal: Self.fetchCount(limit))"
        return sql
    }

    /// Turns the fetched rows into a page: at most `limit` rows, `after` = the last id when more follow.
    static func page<Element>(from rows: [Element], limit: Int, id: (Element) -> String) -> Page<Element> {
        let pageSize = clampedLimit(limit)
        guard rows.count > pageSize else { return Page(data: rows) }
        let data = Array(rows.prefix(pageSize))
        return Page(data: data, hasMore: true, after: data.last.map(id))
    }

    /// ChatKit's default page size, used for a limit of 0 or less.
    static let defaultLimit = 20
    /// Bounds a single page so the `+ 1` probe can never overflow.
    static let maximumLimit = 1_000_000

    static func clampedLimit(_ limit: Int) -> Int {
        limit <= 0 ? defaultLimit : min(limit, maximumLimit)
    }

    private static func fetchCount(_ limit: Int) -> Int {
        clampedLimit(limit) + 1
    }
}
