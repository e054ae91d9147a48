import ChatKit
import SQLKit

extension SQLStore {
    public func loadThread(_ threadID: String, context: RequestContext) async throws -> ThreadMetadata {
        try await loadRecord(
            table: "chatkit_threads", kind: .thread, id: threadID, scope: "user_id = \(bind: context.userID)")
    }

    public func saveThread(_ thread: ThreadMetadata, context: RequestContext) async throws {
        let flavor = backend.flavor
        try await execute(
            """
            INSERT INTO chatkit_threads (user_id, id, created_at, payload)
            VALUES (\(bind: context.userID), \(bind: thread.id), \(flavor.timestamp(thread.createdAt)), \
            \(flavor.json(try storagePayload(thread))))
            ON CONFLICT (user_id, id) DO UPDATE SET created_at = excluded.created_at, payload = excluded.payload
            """
        )
    }

    public func loadThreads(
        limit: Int, after: String?, order: PageOrder, context: RequestContext
    ) async throws -> Page<ThreadMetadata> {
        try await loadPage(
            KeysetPage(table: "chatkit_threads", scope: "user_id = \(bind: context.userID)"),
            kind: .thread, after: after, limit: limit, order: order, id: \.id)
    }

    /// Deletes the thread; its items go with it (`ON DELETE CASCADE`). Attachment metadata is kept, as in the
    /// reference store: its bytes belong to the ``AttachmentStore``.
    public func deleteThread(_ threadID: String, context: RequestContext) async throws {
        try await execute(
            "DELETE FROM chatkit_threads WHERE user_id = \(bind: context.userID) AND id = \(bind: threadID)")
    }
}
