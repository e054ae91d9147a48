import ChatKit
import SQLKit

extension SQLStore {
    public func loadThreadItems(
        threadID: String, after: String?, limit: Int, order: PageOrder, context: RequestContext
    ) async throws -> Page<ThreadItem> {
        try await loadPage(
            KeysetPage(
                table: "chatkit_thread_items",
                scope: "user_id = \(bind: context.userID) AND thread_id = \(bind: threadID)"),
            kind: .item, after: after, limit: limit, order: order, id: \.id)
    }

    /// Upserts, so re-adding an id (the agent bridge does, see the Store contract) replaces the item.
    public func addThreadItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {
        try await upsertItem(item, threadID: threadID, context: context)
    }

    public func saveItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {
        try await upsertItem(item, threadID: threadID, context: context)
    }

    public func loadItem(_ itemID: String, threadID: String, context: RequestContext) async throws -> ThreadItem {
        try await loadRecord(
            table: "chatkit_thread_items", kind: .item, id: itemID,
            scope: "user_id = \(bind: context.userID) AND thread_id = \(bind: threadID)")
    }

    public func deleteThreadItem(_ itemID: String, threadID: String, context: RequestContext) async throws {
        try await execute(
            """
            DELETE FROM chatkit_thread_items
            WHERE user_id = \(bind: context.userID) AND thread_id = \(bind: threadID) AND id = \(bind: itemID)
            """
        )
    }

    /// One statement inserts or replaces the item, but only into a thread the user owns; when the thread is
    /// missing (or another user's) nothing is written and ``StoreError/notFound(_:id:)`` names the thread.
    private func upsertItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {
        let flavor = backend.flavor
        let written = try await executeReturningRow(
            """
            INSERT INTO chatkit_thread_items (user_id, id, thread_id, created_at, payload)
            SELECT \(bind: context.userID), \(bind: item.id), \(bind: threadID), \(flavor.timestamp(item.createdAt)), \
            \(flavor.json(try storagePayload(item)))
            WHERE EXISTS (SELECT 1 FROM chatkit_threads WHERE user_id = \(bind: context.userID) AND id = \(bind: threadID))
            ON CONFLICT (user_id, id) DO UPDATE
                SET thread_id = excluded.thread_id, created_at = excluded.created_at, payload = excluded.payload
            RETURNING id
            """
        )
        guard written else { throw StoreError.notFound(.thread, id: threadID) }
    }
}
