import Foundation

extension ChatKitServer {
    /// Runs a non-streaming operation and returns the exact response body.
    func respondJSON(_ operation: ChatKitRequest.Operation, context: RequestContext) async throws -> Data {
        let encoder = ChatKitCoding.wireEncoder()
        let empty = Data("{}".utf8)
        switch operation {
        case .threadsGetByID(let params):
            let thread = try await store.loadThread(params.threadID, context: context)
            // The reference returns the *oldest* page of items.
            let items = try await store.loadThreadItems(
                threadID: thread.id, after: nil, limit: Self.defaultPageSize, order: .asc, context: context)
            return try encoder.encode(ChatThread(thread, items: Self.withoutHiddenItems(items)))

        case .threadsList(let params):
            let threads = try await store.loadThreads(
                limit: Self.pageSize(params.limit), after: params.after, order: params.order, context: context)
            return try encoder.encode(threads.map { ChatThread($0) })

        case .threadsUpdate(let params):
            var thread = try await store.loadThread(params.threadID, context: context)
            thread.title = params.title
            try await store.saveThread(thread, context: context)
            return try encoder.encode(ChatThread(thread))

        case .threadsDelete(let params):
            // Another user's (or a missing) thread is a 404, not a silent no-op.
            _ = try await store.loadThread(params.threadID, context: context)
            try await store.deleteThread(params.threadID, context: context)
            return empty

        case .itemsList(let params):
            _ = try await store.loadThread(params.threadID, context: context)
            let items = try await store.loadThreadItems(
                threadID: params.threadID, after: params.after, limit: Self.pageSize(params.limit), order: params.order,
                context: context)
            // Filtered after paging, as the reference: a page may be short while `has_more` stays true.
            return try encoder.encode(Self.withoutHiddenItems(items))

        case .itemsFeedback(let params):
            // Feedback is about the caller's own thread: another user's (or a missing) thread is a 404.
            _ = try await store.loadThread(params.threadID, context: context)
            try await responder.addFeedback(
                threadID: params.threadID, itemIDs: params.itemIDs, kind: params.kind, context: context)
            return empty

        case .attachmentsCreate(let params):
            let attachmentStore = try requireAttachmentStore()
            let attachment = try await attachmentStore.createAttachment(params, context: context)
            try await store.saveAttachment(attachment, context: context)
            return try encoder.encode(attachment)

        case .attachmentsDelete(let params):
            let attachmentStore = try requireAttachmentStore()
            try await attachmentStore.deleteAttachment(params.attachmentID, context: context)
            try await store.deleteAttachment(params.attachmentID, context: context)
            return empty

        case .inputTranscribe(let params):
            guard let audio = Data(base64Encoded: params.audioBase64, options: .ignoreUnknownCharacters) else {
                throw ChatKitError.badRequest("params.audio_base64 is not valid base64.")
            }
            let result = try await responder.transcribe(AudioInput(data: audio, mimeType: params.mimeType), context: context)
            return try encoder.encode(result)

        case .threadsSyncCustomAction(let params):
            let thread = try await store.loadThread(params.threadID, context: context)
            var sender: WidgetItem?
            if let itemID = params.itemID {
                guard case .widget(let widget) = try await store.loadItem(itemID, threadID: thread.id, context: context) else {
                    throw ChatKitError.badRequest("threads.sync_custom_action requires a widget sender item.")
                }
                sender = widget
            }
            let response = try await responder.syncAction(params.action, thread: thread, sender: sender, context: context)
            return try encoder.encode(response)

        default:
            preconditionFailure("\(operation) is a streaming operation")
        }
    }

    /// `limit or 20`, as the reference.
    static func pageSize(_ limit: Int?) -> Int {
        guard let limit, limit != 0 else { return defaultPageSize }
        return limit
    }

    static func withoutHiddenItems(_ page: Page<ThreadItem>) -> Page<ThreadItem> {
        Page(data: page.data.filter { !$0.isHidden }, hasMore: page.hasMore, after: page.after)
    }

    private func requireAttachmentStore() throws -> any AttachmentStore {
        guard let attachmentStore else {
            throw ChatKitError.unsupported("Attachments are not supported: no attachment store is configured.")
        }
        return attachmentStore
    }
}
