import ChatKit
import Foundation
import SQLKit

extension SQLStore {
    /// Upserts the attachment, including its server-side `metadata` (storage encoding). `created_at` records
    /// the first save.
    public func saveAttachment(_ attachment: Attachment, context: RequestContext) async throws {
        let flavor = backend.flavor
        try await execute(
            """
            INSERT INTO chatkit_attachments (user_id, id, thread_id, created_at, payload)
            VALUES (\(bind: context.userID), \(bind: attachment.id), \(bind: attachment.threadID), \
            \(flavor.timestamp(.now)), \(flavor.json(try storagePayload(attachment))))
            ON CONFLICT (user_id, id) DO UPDATE SET thread_id = excluded.thread_id, payload = excluded.payload
            """
        )
    }

    public func loadAttachment(_ attachmentID: String, context: RequestContext) async throws -> Attachment {
        try await loadRecord(
            table: "chatkit_attachments", kind: .attachment, id: attachmentID,
            scope: "user_id = \(bind: context.userID)")
    }

    public func deleteAttachment(_ attachmentID: String, context: RequestContext) async throws {
        try await execute(
            "DELETE FROM chatkit_attachments WHERE user_id = \(bind: context.userID) AND id = \(bind: attachmentID)")
    }
}
