import Foundation

/// The writer a responder uses to answer: send events, read or change the thread, make ids.
///
/// Every ``send(_:)`` runs the reference pipeline at once, in the caller's task: `done` items are
/// added to the store, `replaced` items saved, `removed` items deleted, `added` items tracked (with their
/// assistant-text and workflow-task updates applied) so they can be saved if the client disconnects, and
/// the frame is written before `send` returns. Done events for hidden items are stored but not sent.
/// Change ``thread`` (title, status, metadata) at any time; the change is saved and announced with
/// `thread.updated` after the next event or when the responder returns.
///
/// For a responder that starts before a new thread is stored (``ChatKitResponder/startsBeforeNewThreadIsStored``),
/// the server stores and announces the thread and its first message when the stream opens: at the
/// responder's first ``send(_:)``, earlier through ``open()``, or when the responder returns or fails.
/// Starting slow work first (a model request in a child task) and then opening the stream overlaps
/// the two; the frames and the store's order stay the reference's. A client that leaves before the
/// stream opens leaves nothing stored (the reference would have stored the thread and message).
///
/// Use it from one task at a time (it is deliberately not `Sendable`); to emit from concurrent child
/// tasks, funnel their events through an `AsyncStream` consumed by the responder's task.
public final class ThreadStream {
    /// The thread being answered. Mutate it to update the thread.
    public var thread: ThreadMetadata
    /// The caller's identity.
    public let context: RequestContext
    /// Every item of the thread when this request created it (its first user message), so a
    /// responder that needs the history does not read back what the server just stored; `nil`
    /// for an existing thread.
    public let newThreadItems: [ThreadItem]?

    let store: any Store
    let sink: FrameSink
    private var lastSavedThread: ThreadMetadata
    /// Items added but not yet done, keyed by id, kept up to date for cancellation cleanup.
    private(set) var pendingItems: [String: ThreadItem] = [:]
    /// Insertion order of `pendingItems`, so cleanup saves them in the order they appeared.
    private var pendingOrder: [String] = []
    private var opening: Opening

    /// Where the server's work before the responder's first frame is.
    private enum Opening {
        case pending(() async throws -> Void)
        case open
        case failed(any Error)
    }

    /// `opening` is what the server writes and sends before the responder's events (see ``open()``).
    init(
        thread: ThreadMetadata, context: RequestContext, store: any Store, sink: FrameSink, newThreadItems: [ThreadItem]? = nil,
        opening: @escaping () async throws -> Void
    ) {
        self.thread = thread
        self.lastSavedThread = thread
        self.context = context
        self.newThreadItems = newThreadItems
        self.store = store
        self.sink = sink
        self.opening = .pending(opening)
    }

    /// Lets the server finish what comes before the responder's first event (for a new thread:
    /// storing it and its first message, and their frames), once. ``send(_:)`` opens the stream
    /// itself; call this earlier only to overlap work already started with the server's.
    public func open() async throws {
        switch opening {
        case .open:
            return
        case .pending(let body):
            do {
                try await body()
                opening = .open
            } catch {
                opening = .failed(error)
                throw error
            }
        case .failed(let error):
            throw error
        }
    }

    /// Whether the stream opened: the server's frames before the responder's went out.
    var isOpen: Bool {
        if case .open = opening { true } else { false }
    }

    /// Whether nothing has tried to open the stream yet.
    var isUnopened: Bool {
        if case .pending = opening { true } else { false }
    }

    /// Persists (per event type) and sends one event, then announces any thread change.
    public func send(_ event: ThreadStreamEvent) async throws {
        try await open()
        var swallow = false
        switch event {
        case .itemAdded(let item):
            if pendingItems.updateValue(item, forKey: item.id) == nil { pendingOrder.append(item.id) }
        case .itemDone(let item):
            try await store.addThreadItem(item, threadID: thread.id, context: context)
            removePending(item.id)
            swallow = item.isHidden
        case .itemRemoved(let itemID):
            try await store.deleteThreadItem(itemID, threadID: thread.id, context: context)
            removePending(itemID)
        case .itemReplaced(let item):
            try await store.saveItem(item, threadID: thread.id, context: context)
            removePending(item.id)
        case .itemUpdated(let itemID, let update):
            if let pending = pendingItems[itemID] {
                pendingItems[itemID] = PendingItemUpdate.apply(update, to: pending)
            }
        default:
            break
        }
        if !swallow { try await sink.emit(event) }
        try await announceThreadChange()
    }

    /// A new id for an item of this thread, from the store's generator.
    public func generateItemID(_ kind: ItemIDKind) -> String {
        store.generateItemID(kind, threadID: thread.id, context: context)
    }

    /// Saves the thread and sends `thread.updated` if it changed since the last announcement.
    func announceThreadChange() async throws {
        guard thread != lastSavedThread else { return }
        lastSavedThread = thread
        try await store.saveThread(thread, context: context)
        try await sink.emit(.threadUpdated(ChatThread(thread)))
    }

    /// The pending items in the order they were added.
    var pendingItemsInOrder: [ThreadItem] {
        pendingOrder.compactMap { pendingItems[$0] }
    }

    private func removePending(_ itemID: String) {
        if pendingItems.removeValue(forKey: itemID) != nil {
            pendingOrder.removeAll { $0 == itemID }
        }
    }
}
