/// Persistence for threads, items and attachment metadata (the reference `Store` contract).
///
/// Every method receives the caller's ``RequestContext``; implementations scope all data by
/// `context.userID` (another user's records are `notFound`). Pagination: `after` is an id cursor and a
/// page holds the rows strictly after it in `order` (by creation time); `Page.after` is the id of the last
/// row when `hasMore` is true. Writes should complete even when the calling task is cancelled: the server
/// saves partial output from inside a cancelled stream.
public protocol Store: Sendable {
    /// A new thread id. Default: `thr_` + 8 hex characters.
    func generateThreadID(context: RequestContext) -> String
    /// A new id for something inside `threadID`. Default: the kind's prefix + `_` + 8 hex characters.
    func generateItemID(_ kind: ItemIDKind, threadID: String, context: RequestContext) -> String

    /// The thread's metadata; throws ``StoreError/notFound(_:id:)`` when missing.
    func loadThread(_ threadID: String, context: RequestContext) async throws -> ThreadMetadata
    /// Inserts or updates the thread's metadata (never its items).
    func saveThread(_ thread: ThreadMetadata, context: RequestContext) async throws
    /// A page of the user's threads.
    func loadThreads(limit: Int, after: String?, order: PageOrder, context: RequestContext) async throws
        -> Page<ThreadMetadata>
    /// A page of a thread's items, **including** hidden ones (the server filters them).
    func loadThreadItems(
        threadID: String, after: String?, limit: Int, order: PageOrder, context: RequestContext
    ) async throws -> Page<ThreadItem>
    /// Adds an item. Must be idempotent: adding an existing id replaces it (the agent bridge re-adds
    /// a workflow left open across a client tool call).
    func addThreadItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws
    /// Inserts or replaces an item by id.
    func saveItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws
    /// One item; throws ``StoreError/notFound(_:id:)`` when missing.
    func loadItem(_ itemID: String, threadID: String, context: RequestContext) async throws -> ThreadItem
    /// Deletes the thread and all of its items.
    func deleteThread(_ threadID: String, context: RequestContext) async throws
    /// Deletes one item (no error when it is already gone).
    func deleteThreadItem(_ itemID: String, threadID: String, context: RequestContext) async throws

    /// Inserts or updates attachment metadata (it is saved again once its message has a thread).
    func saveAttachment(_ attachment: Attachment, context: RequestContext) async throws
    /// Attachment metadata; throws ``StoreError/notFound(_:id:)`` when missing.
    func loadAttachment(_ attachmentID: String, context: RequestContext) async throws -> Attachment
    /// Deletes attachment metadata.
    func deleteAttachment(_ attachmentID: String, context: RequestContext) async throws
}

extension Store {
    public func generateThreadID(context: RequestContext) -> String {
        ItemIDKind.thread.generateID()
    }

    public func generateItemID(_ kind: ItemIDKind, threadID: String, context: RequestContext) -> String {
        kind.generateID()
    }
}
