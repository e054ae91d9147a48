import ChatKit
import Synchronization

/// A store that keeps thread metadata and drops items: the ChatKit pipeline's cost without a database.
final class DiscardingStore: Store {
    private let threads = Mutex<[String: ThreadMetadata]>([:])

    func loadThread(_ threadID: String, context: RequestContext) async throws -> ThreadMetadata {
        guard let thread = threads.withLock({ $0[threadID] }) else { throw StoreError.notFound(.thread, id: threadID) }
        return thread
    }
    func saveThread(_ thread: ThreadMetadata, context: RequestContext) async throws {
        threads.withLock { $0[thread.id] = thread }
    }
    func loadThreads(limit: Int, after: String?, order: PageOrder, context: RequestContext) async throws -> Page<ThreadMetadata> {
        Page()
    }
    func loadThreadItems(
        threadID: String, after: String?, limit: Int, order: PageOrder, context: RequestContext
    ) async throws -> Page<ThreadItem> {
        Page()
    }
    func addThreadItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {}
    func saveItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {}
    func loadItem(_ itemID: String, threadID: String, context: RequestContext) async throws -> ThreadItem {
        throw StoreError.notFound(.item, id: itemID)
    }
    func deleteThread(_ threadID: String, context: RequestContext) async throws {
        threads.withLock { _ = $0.removeValue(forKey: threadID) }
    }
    func deleteThreadItem(_ itemID: String, threadID: String, context: RequestContext) async throws {}
    func saveAttachment(_ attachment: Attachment, context: RequestContext) async throws {}
    func loadAttachment(_ attachmentID: String, context: RequestContext) async throws -> Attachment {
        throw StoreError.notFound(.attachment, id: attachmentID)
    }
    func deleteAttachment(_ attachmentID: String, context: RequestContext) async throws {}
}
