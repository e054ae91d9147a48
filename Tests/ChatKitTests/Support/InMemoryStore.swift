import ChatKit
import Foundation
import Synchronization

/// A user-scoped in-memory ``Store`` with the reference test store's semantics (id cursors, limit+1
/// paging, creation-time order), plus a log of write calls for pipeline assertions.
final class InMemoryStore: Store {
    private struct Row<Value> {
        var value: Value
        var sequence: Int
    }

    private struct State {
        var threads: [String: [String: Row<ThreadMetadata>]] = [:]  // user → thread id → row
        var items: [String: [String: [Row<ThreadItem>]]] = [:]  // user → thread id → rows
        var attachments: [String: [String: Attachment]] = [:]  // user → attachment id → attachment
        var sequence = 0
        var calls: [String] = []

        mutating func nextSequence() -> Int {
            sequence += 1
            return sequence
        }

        mutating func upsert(_ item: ThreadItem, threadID: String, userID: String) {
            var rows = items[userID]?[threadID] ?? []
            if let index = rows.firstIndex(where: { $0.value.id == item.id }) {
                rows[index].value = item
            } else {
                rows.append(.init(value: item, sequence: nextSequence()))
            }
            items[userID, default: [:]][threadID] = rows
        }
    }

    private let state = Mutex(State())
    private let threadIDs: (@Sendable () -> String)?
    private let itemIDs: (@Sendable (ItemIDKind, String) -> String)?

    init(
        threadIDs: (@Sendable () -> String)? = nil, itemIDs: (@Sendable (ItemIDKind, String) -> String)? = nil
    ) {
        self.threadIDs = threadIDs
        self.itemIDs = itemIDs
    }

    /// Write calls in order, e.g. `addThreadItem(assistant_message:msg_1)`.
    var calls: [String] { state.withLock { $0.calls } }

    func generateThreadID(context: RequestContext) -> String {
        threadIDs?() ?? ItemIDKind.thread.generateID()
    }

    func generateItemID(_ kind: ItemIDKind, threadID: String, context: RequestContext) -> String {
        itemIDs?(kind, threadID) ?? kind.generateID()
    }

    func loadThread(_ threadID: String, context: RequestContext) async throws -> ThreadMetadata {
        try state.withLock { state in
            guard let row = state.threads[context.userID]?[threadID] else { throw StoreError.notFound(.thread, id: threadID) }
            return row.value
        }
    }

    func saveThread(_ thread: ThreadMetadata, context: RequestContext) async throws {
        state.withLock { state in
            state.calls.append("saveThread(\(thread.id))")
            let sequence = state.threads[context.userID]?[thread.id]?.sequence ?? state.nextSequence()
            state.threads[context.userID, default: [:]][thread.id] = Row(value: thread, sequence: sequence)
        }
    }

    func loadThreads(limit: Int, after: String?, order: PageOrder, context: RequestContext) async throws
        -> Page<ThreadMetadata>
    {
        state.withLock { state in
            let rows = (state.threads[context.userID] ?? [:]).values.sorted {
                ($0.value.createdAt, $0.sequence) < ($1.value.createdAt, $1.sequence)
            }
            return Self.page(rows.map(\.value), id: \.id, limit: limit, after: after, order: order)
        }
    }

    func loadThreadItems(
        threadID: String, after: String?, limit: Int, order: PageOrder, context: RequestContext
    ) async throws -> Page<ThreadItem> {
        state.withLock { state in
            let rows = (state.items[context.userID]?[threadID] ?? []).sorted {
                ($0.value.createdAt, $0.sequence) < ($1.value.createdAt, $1.sequence)
            }
            return Self.page(rows.map(\.value), id: \.id, limit: limit, after: after, order: order)
        }
    }

    func addThreadItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {
        state.withLock { state in
            state.calls.append("addThreadItem(\(item.kind.rawValue):\(item.id))")
            state.upsert(item, threadID: threadID, userID: context.userID)
        }
    }

    func saveItem(_ item: ThreadItem, threadID: String, context: RequestContext) async throws {
        state.withLock { state in
            state.calls.append("saveItem(\(item.kind.rawValue):\(item.id))")
            state.upsert(item, threadID: threadID, userID: context.userID)
        }
    }

    func loadItem(_ itemID: String, threadID: String, context: RequestContext) async throws -> ThreadItem {
        try state.withLock { state in
            guard let row = state.items[context.userID]?[threadID]?.first(where: { $0.value.id == itemID }) else {
                throw StoreError.notFound(.item, id: itemID)
            }
            return row.value
        }
    }

    func deleteThread(_ threadID: String, context: RequestContext) async throws {
        state.withLock { state in
            state.calls.append("deleteThread(\(threadID))")
            state.threads[context.userID]?[threadID] = nil
            state.items[context.userID]?[threadID] = nil
        }
    }

    func deleteThreadItem(_ itemID: String, threadID: String, context: RequestContext) async throws {
        state.withLock { state in
            state.calls.append("deleteThreadItem(\(itemID))")
            state.items[context.userID]?[threadID]?.removeAll { $0.value.id == itemID }
        }
    }

    func saveAttachment(_ attachment: Attachment, context: RequestContext) async throws {
        state.withLock { state in
            state.calls.append("saveAttachment(\(attachment.id))")
            state.attachments[context.userID, default: [:]][attachment.id] = attachment
        }
    }

    func loadAttachment(_ attachmentID: String, context: RequestContext) async throws -> Attachment {
        try state.withLock { state in
            guard let attachment = state.attachments[context.userID]?[attachmentID] else {
                throw StoreError.notFound(.attachment, id: attachmentID)
            }
            return attachment
        }
    }

    func deleteAttachment(_ attachmentID: String, context: RequestContext) async throws {
        state.withLock { state in
            state.calls.append("deleteAttachment(\(attachmentID))")
            state.attachments[context.userID]?[attachmentID] = nil
        }
    }

    private static func page<Value>(
        _ ascending: [Value], id: (Value) -> String, limit: Int, after: String?, order: PageOrder
    ) -> Page<Value> {
        var rows = order == .asc ? ascending : ascending.reversed()
        if let after, let index = rows.firstIndex(where: { id($0) == after }) {
            rows = Array(rows[(index + 1)...])
        }
        let hasMore = rows.count > limit
        let data = Array(rows.prefix(limit))
        return Page(data: data, hasMore: hasMore, after: hasMore ? data.last.map(id) : nil)
    }
}
