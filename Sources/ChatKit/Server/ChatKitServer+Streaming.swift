import Foundation
import Logging

extension ChatKitServer {
    /// Validates a streaming request and does every lookup that can fail, then returns the stream that
    /// performs the writes and runs the responder (see the deviation notes on ``ChatKitServer``).
    func prepareStream(_ operation: ChatKitRequest.Operation, context: RequestContext) async throws -> ChatKitEventStream {
        switch operation {
        case .threadsCreate(let params):
            let attachments = try await loadAttachments(params.input.attachments, context: context)
            return ChatKitEventStream { sink in
                let thread = ThreadMetadata(id: store.generateThreadID(context: context), createdAt: ChatKitDate.now())
                try await addUserMessageAndRespond(
                    params.input, attachments: attachments, thread: thread, isNewThread: true, context: context, sink: sink)
            }

        case .threadsAddUserMessage(let params):
            let thread = try await store.loadThread(params.threadID, context: context)
            let attachments = try await loadAttachments(params.input.attachments, context: context)
            return ChatKitEventStream { sink in
                try await addUserMessageAndRespond(
                    params.input, attachments: attachments, thread: thread, isNewThread: false, context: context, sink: sink)
            }

        case .threadsAddClientToolOutput(let params):
            let thread = try await store.loadThread(params.threadID, context: context)
            let latest = try await store.loadThreadItems(threadID: thread.id, after: nil, limit: 1, order: .desc, context: context)
            guard case .clientToolCall(var toolCall) = latest.data.first, toolCall.status == .pending else {
                throw ChatKitError.badRequest("The last item of thread '\(thread.id)' is not a pending client tool call.")
            }
            toolCall.output = params.result
            toolCall.status = .completed
            return ChatKitEventStream { [toolCall] sink in
                try await store.saveItem(.clientToolCall(toolCall), threadID: thread.id, context: context)
                try await deleteDanglingClientToolCalls(threadID: thread.id, context: context)
                try await runResponder(thread: thread, context: context, sink: sink) { stream in
                    try await responder.respond(to: nil, stream: stream)
                }
            }

        case .threadsAddStructuredInput(let params):
            let thread = try await store.loadThread(params.threadID, context: context)
            guard case .structuredInput(let item) = try await store.loadItem(params.itemID, threadID: thread.id, context: context)
            else {
                throw ChatKitError.badRequest("Item '\(params.itemID)' is not a structured input item.")
            }
            let answered = try StructuredInputAnswering.apply(params.input, to: item, logger: logger)
            return ChatKitEventStream { sink in
                try await runResponder(thread: thread, context: context, sink: sink) { stream in
                    try await stream.send(.itemReplaced(.structuredInput(answered)))
                    try await responder.respond(to: nil, stream: stream)
                }
            }

        case .threadsRetryAfterItem(let params):
            let thread = try await store.loadThread(params.threadID, context: context)
            guard let (userMessage, newerItems) = try await findRetryPoint(params.itemID, threadID: thread.id, context: context)
            else { return .empty }
            return ChatKitEventStream { sink in
                for item in newerItems {
                    try await store.deleteThreadItem(item.id, threadID: thread.id, context: context)
                }
                try await runResponder(thread: thread, context: context, sink: sink) { stream in
                    try await responder.respond(to: userMessage, stream: stream)
                }
            }

        case .threadsCustomAction(let params):
            let thread = try await store.loadThread(params.threadID, context: context)
            var sender: WidgetItem?
            if let itemID = params.itemID {
                guard case .widget(let widget) = try await store.loadItem(itemID, threadID: thread.id, context: context) else {
                    // Reference behaviour: exactly one error frame, no stream options.
                    return ChatKitEventStream { sink in
                        try await sink.emit(.error(ErrorEvent(code: .streamError, allowRetry: false)))
                    }
                }
                sender = widget
            }
            return ChatKitEventStream { [sender] sink in
                try await runResponder(thread: thread, context: context, sink: sink) { stream in
                    try await responder.action(params.action, sender: sender, stream: stream)
                }
            }

        default:
            preconditionFailure("\(operation) is not a streaming operation")
        }
    }

    /// Resolves attachment ids to their stored metadata (404 for an unknown id).
    private func loadAttachments(_ ids: [String], context: RequestContext) async throws -> [Attachment] {
        var attachments: [Attachment] = []
        attachments.reserveCapacity(ids.count)
        for id in ids {
            attachments.append(try await store.loadAttachment(id, context: context))
        }
        return attachments
    }

    /// Builds, stores and sends the user message (for a new thread, the thread first), then runs the
    /// responder on it. A responder that opts in (``ChatKitResponder/startsBeforeNewThreadIsStored``)
    /// starts on a new thread while the thread and message are stored and announced.
    private func addUserMessageAndRespond(
        _ input: UserMessageInput, attachments: [Attachment], thread: ThreadMetadata, isNewThread: Bool,
        context: RequestContext, sink: FrameSink
    ) async throws {
        let attachments = attachments.map { attachment in
            var attachment = attachment
            attachment.threadID = thread.id
            return attachment
        }
        let message = UserMessageItem(
            id: store.generateItemID(.message, threadID: thread.id, context: context), threadID: thread.id,
            createdAt: ChatKitDate.now(), content: input.content, attachments: attachments, quotedText: input.quotedText,
            inferenceOptions: input.inferenceOptions)
        let storeAndAnnounce = { [store] in
            if isNewThread {
                try await store.saveThread(thread, context: context)
                try await sink.emit(.threadCreated(ChatThread(thread)))
            }
            for attachment in attachments {
                try await store.saveAttachment(attachment, context: context)
            }
            try await store.addThreadItem(.userMessage(message), threadID: thread.id, context: context)
            try await sink.emit(.itemDone(.userMessage(message)))
        }
        let startsEarly = isNewThread && responder.startsBeforeNewThreadIsStored
        if !startsEarly { try await storeAndAnnounce() }
        try await runResponder(
            thread: thread, context: context, sink: sink, newThreadItems: isNewThread ? [.userMessage(message)] : nil,
            preamble: startsEarly ? storeAndAnnounce : nil
        ) { stream in
            try await responder.respond(to: message, stream: stream)
        }
    }

    /// Safety net from the reference: pending client tool calls among the latest items are deleted.
    private func deleteDanglingClientToolCalls(threadID: String, context: RequestContext) async throws {
        let recent = try await store.loadThreadItems(
            threadID: threadID, after: nil, limit: Self.defaultPageSize, order: .desc, context: context)
        for case .clientToolCall(let call) in recent.data where call.status == .pending {
            logger.warning("client tool call was not completed, deleting it", metadata: ["call_id": "\(call.callID)"])
            try await store.deleteThreadItem(call.id, threadID: threadID, context: context)
        }
    }

    /// Pages newest-first until `itemID`; returns it (must be a user message) and every newer item, or
    /// `nil` when the id is not in the thread.
    private func findRetryPoint(
        _ itemID: String, threadID: String, context: RequestContext
    ) async throws -> (UserMessageItem, [ThreadItem])? {
        var newer: [ThreadItem] = []
        var after: String?
        while true {
            let page = try await store.loadThreadItems(
                threadID: threadID, after: after, limit: Self.defaultPageSize, order: .desc, context: context)
            for item in page.data {
                guard item.id == itemID else {
                    newer.append(item)
                    continue
                }
                guard case .userMessage(let message) = item else {
                    throw ChatKitError.badRequest("Item '\(itemID)' is not a user message.")
                }
                return (message, newer)
            }
            guard page.hasMore, let next = page.after else { return nil }
            after = next
        }
    }
}
