import ChatKit
import Synchronization

/// A store that keeps thread metadata and drops items: the ChatKit pipeline's cost without a database,
/// for the streaming-overhead test and the ChatKit stream micro-benchmark.
public final class DiscardingStore: Store {
    private let threads = Mutex<[String: ThreadMetadata]>([:])

    public init() {}

    public func loadThread(_ threadID: String, context: RequestContext) async throws -> ThreadMetadata {
        guard let thread = threads.withLock({ $0[threadID] }) else { throw StoreError.notFound(.thread, id: threadID) }
        return thread
    }
    public func saveThread(_ thread: ThreadMetadata, context: RequestContext) async throws {
        threads.withLock { $0[thread.id] = thread }
    }
    public func loadThreads(limit: Int, after: String?, order: PageOrder, context: RequestContext) async throws -> Page<ThreadMetadata> {
        Page()
    }
    public func loadThreadItems(
        threadID: String, after: String?, limit: Int, order: PageOrder, context: RequestContext
    ) async throws -> Page<ThreadItem> {
        Page()
    }
    public func addThreadItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {}
    public func saveItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {}
    public func loadItem(_ itemID: String, threadID: String, context: RequestContext) async throws -> ThreadItem {
        throw StoreError.notFound(.item, id: itemID)
    }
    public func deleteThread(_ threadID: String, context: RequestContext) async throws {
        threads.withLock { _ = $0.removeValue(forKey: threadID) }
    }
    public func deleteThreadItem(_ itemID: String, threadID: String, context: RequestContext) async throws {}
    public func saveAttachment(_ attachment: Attachment, context: RequestContext) async throws {}
    public func loadAttachment(_ attachmentID: String, context: RequestContext) async throws -> Attachment {
        throw StoreError.notFound(.attachment, id: attachmentID)
    }
    public func deleteAttachment(_ attachmentID: String, context: RequestContext) async throws {}
}
