import ChatKit
import ChatKitWidgets
import Foundation
import JSONValue
import Testing

@Suite("ChatKitServer JSON requests")
struct ChatKitServerJSONTests {
    @Test("threads.list pages newest first with a cursor, 20 per page by default")
    func listThreads() async throws {
        let harness = ServerHarness()
        for index in 0..<25 { try await harness.createThread("Thread \(index)") }
        let first = try ChatKitCoding.decoder().decode(
            Page<ChatThread>.self, from: try await harness.json(ChatKitRequest(.threadsList(ThreadListParams(limit: 0)))))
        #expect(first.data.count == 20)
        #expect(first.data[0].createdAt > first.data[1].createdAt)
        #expect(first.hasMore)
        #expect(first.after == first.data.last?.id)
        #expect(first.data.allSatisfy { $0.items == Page() })
        let second = try ChatKitCoding.decoder().decode(
            Page<ChatThread>.self,
            from: try await harness.json(ChatKitRequest(.threadsList(ThreadListParams(after: first.data.last?.id)))))
        #expect(second.data.count == 5)
        #expect(!second.hasMore)
        #expect(second.after == nil)
    }

    @Test("items.list pages newest first, 20 by default")
    func listItems() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            for index in 0..<25 {
                try await stream.send(.itemDone(.userMessage(UserMessageItem(
                    id: "msg_\(index)", threadID: stream.thread.id, createdAt: Date(), content: [.text("Message \(index)")]))))
            }
        }))
        let (_, thread) = try await harness.createThread("Thread 1")
        let first = try decodePage(try await harness.json(.itemsList(thread.id)))
        #expect(first.data.count == 20)
        #expect(first.data[0].id == "msg_24")
        #expect(first.hasMore)
        let second = try decodePage(try await harness.json(.itemsList(thread.id, after: first.data.last?.id)))
        #expect(second.data.count == 6)
        #expect(!second.hasMore)
    }

    @Test("threads.get_by_id returns the oldest 20 items without hidden ones and with metadata {}")
    func getThreadByID() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            stream.thread.metadata["secret"] = "kept server-side"
            try await stream.send(.itemDone(.sdkHiddenContext(SDKHiddenContextItem(id: "shcx_1", threadID: stream.thread.id, createdAt: Date(), content: "hidden"))))
            try await stream.send(.itemDone(assistantMessage("msg_a", "Hello", threadID: stream.thread.id)))
        }))
        let (_, thread) = try await harness.createThread()
        let body = try await harness.json(ChatKitRequest(.threadsGetByID(ThreadIDParams(threadID: thread.id))))
        let json = try jsonObject(body)
        #expect(json["metadata"] == [:])
        let fetched = try ChatKitCoding.decoder().decode(ChatThread.self, from: body)
        #expect(fetched.items.data.map(\.kind) == [.userMessage, .assistantMessage])
        #expect(fetched.id == thread.id)
    }

    @Test("threads.update renames the thread and returns it with empty items")
    func updateThread() async throws {
        let harness = ServerHarness()
        let (_, thread) = try await harness.createThread()
        let body = try await harness.json(ChatKitRequest(.threadsUpdate(ThreadUpdateParams(threadID: thread.id, title: "New Title"))))
        let updated = try ChatKitCoding.decoder().decode(ChatThread.self, from: body)
        #expect(updated.title == "New Title")
        #expect(updated.items == Page())
        #expect(try await harness.store.loadThread(thread.id, context: ServerHarness.context).title == "New Title")
    }

    @Test("threads.delete answers {} and the thread is gone (404)")
    func deleteThread() async throws {
        let harness = ServerHarness()
        let (_, thread) = try await harness.createThread("Thread to delete")
        #expect(try await harness.json(ChatKitRequest(.threadsDelete(ThreadIDParams(threadID: thread.id)))) == Data("{}".utf8))
        await #expect(throws: ChatKitError.notFound("Thread '\(thread.id)' was not found.")) {
            _ = try await harness.json(ChatKitRequest(.threadsGetByID(ThreadIDParams(threadID: thread.id))))
        }
    }

    @Test("items.feedback calls the responder and answers {}")
    func feedback() async throws {
        let seen = Recorder<String>()
        let harness = ServerHarness(ScriptedResponder(onFeedback: { threadID, itemIDs, kind, _ in
            seen.record("\(threadID) \(itemIDs) \(kind.rawValue)")
        }))
        let (_, thread) = try await harness.createThread()
        let body = try await harness.json(ChatKitRequest(.itemsFeedback(ItemFeedbackParams(threadID: thread.id, itemIDs: ["a", "b"], kind: .negative))))
        #expect(body == Data("{}".utf8))
        #expect(seen.all == ["\(thread.id) [\"a\", \"b\"] negative"])
    }

    @Test("a sync custom action returns the updated item without saving it")
    func syncAction() async throws {
        let harness = ServerHarness(ScriptedResponder(
            onRespond: { _, stream in
                try await stream.streamWidget(.card(Card { Text(value: "test", key: "text_1") }))
            },
            onSyncAction: { action, _, sender, _ in
                var sender = try #require(sender)
                #expect(action.type == "toggle")
                sender.widget = .card(Card { Text(value: "sync-updated") })
                return SyncCustomActionResponse(updatedItem: .widget(sender))
            }))
        let (events, thread) = try await harness.createThread()
        let widgetID = try #require(events.last?.item?.id)
        let body = try await harness.json(ChatKitRequest(.threadsSyncCustomAction(ThreadCustomActionParams(
            threadID: thread.id, itemID: widgetID, action: Action(type: "toggle")))))
        let response = try ChatKitCoding.decoder().decode(SyncCustomActionResponse.self, from: body)
        guard case .widget(let updated) = response.updatedItem else { return #expect(Bool(false)) }
        #expect(updated.widget == .card(Card { Text(value: "sync-updated") }))
        guard case .widget(let stored) = try await harness.store.loadItem(widgetID, threadID: thread.id, context: ServerHarness.context)
        else { return #expect(Bool(false)) }
        #expect(stored.widget == .card(Card { Text(value: "test", key: "text_1") }), "not persisted")
    }

    @Test("a sync custom action from a non-widget item is a bad request")
    func syncActionFromNonWidget() async throws {
        let harness = ServerHarness()
        let (events, thread) = try await harness.createThread()
        let messageID = try #require(events[1].item?.id)
        await #expect(throws: ChatKitError.badRequest("threads.sync_custom_action requires a widget sender item.")) {
            _ = try await harness.json(ChatKitRequest(.threadsSyncCustomAction(ThreadCustomActionParams(
                threadID: thread.id, itemID: messageID, action: Action(type: "x")))))
        }
    }

    @Test("attachments.create registers a two-phase upload, stores metadata and never sends it", arguments: ["text/plain", "image/png"])
    func createAttachment(mimeType: String) async throws {
        let files = InMemoryAttachmentStore()
        let harness = ServerHarness(attachments: files)
        let body = try await harness.json(ChatKitRequest(.attachmentsCreate(AttachmentCreateParams(name: "test-file-name", size: 1024, mimeType: mimeType))))
        let json = try jsonObject(body)
        #expect(json["metadata"] == nil)
        let attachment = try ChatKitCoding.decoder().decode(Attachment.self, from: body)
        #expect(attachment.uploadDescriptor == AttachmentUploadDescriptor(
            url: "https://example.com/\(attachment.id)/upload", method: .put, headers: ["X-My-Header": "my-value"]))
        if mimeType.hasPrefix("image/") {
            #expect(attachment.kind == .image(previewURL: "https://example.com/\(attachment.id)/preview"))
        } else {
            #expect(attachment.kind == .file)
        }
        #expect(try await harness.store.loadAttachment(attachment.id, context: ServerHarness.context).metadata == ["source": "test"])
    }

    @Test("attachments.delete removes the bytes and the metadata")
    func deleteAttachment() async throws {
        let files = InMemoryAttachmentStore()
        let harness = ServerHarness(attachments: files)
        let attachment = Attachment(id: "test-file-id", name: "a.txt", mimeType: "text/plain")
        files.put(attachment)
        try await harness.store.saveAttachment(attachment, context: ServerHarness.context)
        #expect(try await harness.json(ChatKitRequest(.attachmentsDelete(AttachmentDeleteParams(attachmentID: "test-file-id")))) == Data("{}".utf8))
        #expect(files.stored.isEmpty)
        await #expect(throws: StoreError.self) { try await harness.store.loadAttachment("test-file-id", context: ServerHarness.context) }
    }

    @Test("attachment requests without an attachment store are unsupported (501)")
    func attachmentsWithoutStore() async throws {
        let harness = ServerHarness()
        for request in [
            ChatKitRequest(.attachmentsCreate(AttachmentCreateParams(name: "a", size: 1, mimeType: "text/plain"))),
            ChatKitRequest(.attachmentsDelete(AttachmentDeleteParams(attachmentID: "atc_1"))),
        ] {
            await #expect(throws: ChatKitError.unsupported("Attachments are not supported: no attachment store is configured.")) {
                _ = try await harness.json(request)
            }
        }
        #expect(ChatKitError.unsupported("x").httpStatus == 501)
    }

    @Test("a user message's attachments get the thread id, are re-saved, and are sent without metadata")
    func userMessageAttachments() async throws {
        let harness = ServerHarness()
        let attachment = Attachment(id: "file_with_metadata", name: "test.txt", mimeType: "text/plain", metadata: ["source": "test"])
        try await harness.store.saveAttachment(attachment, context: ServerHarness.context)
        let body = try await harness.streamBody(.create("Message with file", attachments: [attachment.id]))
        #expect(!String(decoding: body, as: UTF8.self).contains("\"source\""))
        let thread = try #require(try ServerHarness.frames(body).first?.thread)
        let stored = try await harness.store.loadAttachment(attachment.id, context: ServerHarness.context)
        #expect(stored.threadID == thread.id)
        #expect(stored.metadata == ["source": "test"])

        let second = Attachment(id: "file_on_add", name: "b.txt", mimeType: "text/plain")
        try await harness.store.saveAttachment(second, context: ServerHarness.context)
        _ = try await harness.stream(.addMessage("Second", threadID: thread.id, attachments: [second.id]))
        #expect(try await harness.store.loadAttachment(second.id, context: ServerHarness.context).threadID == thread.id)
        let items = try jsonObject(try await harness.json(.itemsList(thread.id)))
        #expect(items["data"]?.arrayValue?.allSatisfy { $0["attachments"]?.arrayValue?.allSatisfy { $0["metadata"] == nil } ?? true } == true)
    }

    @Test("an unknown attachment id fails before the thread is created")
    func unknownAttachment() async throws {
        let harness = ServerHarness()
        await #expect(throws: ChatKitError.notFound("Attachment 'atc_missing' was not found.")) {
            _ = try await harness.server.process(harness.encode(.create("hi", attachments: ["atc_missing"])), context: ServerHarness.context)
        }
        #expect(harness.store.calls.isEmpty)
    }

    @Test("input.transcribe decodes base64 and exposes the media type without parameters")
    func transcribe() async throws {
        let seen = Recorder<AudioInput>()
        let harness = ServerHarness(ScriptedResponder(onTranscribe: { audio, _ in
            seen.record(audio)
            return TranscriptionResult(text: "ok")
        }))
        let body = try await harness.json(ChatKitRequest(.inputTranscribe(InputTranscribeParams(
            audioBase64: Data("hello audio".utf8).base64EncodedString(), mimeType: "audio/webm;codecs=opus"))))
        #expect(body == Data(#"{"text":"ok"}"#.utf8))
        #expect(seen.all.first?.data == Data("hello audio".utf8))
        #expect(seen.all.first?.mimeType == "audio/webm;codecs=opus")
        #expect(seen.all.first?.mediaType == "audio/webm")
    }

    @Test("input.transcribe without a transcriber is unsupported")
    func transcribeUnsupported() async throws {
        let harness = ServerHarness()
        await #expect(throws: ChatKitError.unsupported("This server does not support audio transcription.")) {
            _ = try await harness.json(ChatKitRequest(.inputTranscribe(InputTranscribeParams(audioBase64: "aGVsbG8=", mimeType: "audio/webm"))))
        }
    }

    @Test("malformed bodies are bad requests with a message naming the problem", arguments: [
        (#"{"type":"threads.nope","params":{}}"#, "Invalid ChatKit request: type: unknown request type 'threads.nope'"),
        (#"{"type":"threads.list"}"#, "Invalid ChatKit request: params is required"),
        (#"{"type":"threads.create","params":{"input":{"content":[],"attachments":[]}}}"#,
         "Invalid ChatKit request: params.input.inference_options is required"),
        (#"{"type":"threads.custom_action","params":{"thread_id":"t","action":{"payload":1}}}"#,
         "Invalid ChatKit request: params.action.type is required"),
        ("not json", "Invalid ChatKit request: the body is not valid JSON"),
    ])
    func malformedBodies(body: String, message: String) async throws {
        let harness = ServerHarness()
        await #expect(throws: ChatKitError.badRequest(message)) {
            _ = try await harness.server.process(Data(body.utf8), context: ServerHarness.context)
        }
    }
}
