import ChatKit
import ChatKitSQLStore
import Foundation
import JSONValue
import Testing

/// The Store contract (ported from the reference `tests/test_store.py`, plus the Swift server's extra
/// requirements), run against every enabled backend.
@Suite("SQL store contract")
struct StoreContractTests {
    static let backends = StoreBackendUnderTest.enabled

    // MARK: Threads

    @Test("a saved thread loads back with its title and metadata", arguments: backends)
    func savesAndLoadsThread(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            let thread = Fixtures.thread()
            try await store.saveThread(thread, context: users.main)
            let loaded = try await store.loadThread(thread.id, context: users.main)
            #expect(loaded == thread)
            #expect(loaded.metadata == ["test": "test"])
        }
    }

    @Test("a thread without a title loads back without one", arguments: backends)
    func nullTitle(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(title: nil), context: users.main)
            let loaded = try await store.loadThread("test_thread", context: users.main)
            #expect(loaded.title == nil)
            #expect(loaded.metadata == ["test": "test"])
        }
    }

    @Test("saving a thread again overwrites its metadata", arguments: backends)
    func overwritesThread(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            var thread = Fixtures.thread()
            try await store.saveThread(thread, context: users.main)
            thread.title = "Updated Title"
            thread.status = .locked(reason: "done")
            try await store.saveThread(thread, context: users.main)
            #expect(try await store.loadThread(thread.id, context: users.main) == thread)
            #expect(try await store.loadThreads(limit: 10, after: nil, order: .asc, context: users.main).data.count == 1)
        }
    }

    @Test("a missing thread is not found", arguments: backends)
    func missingThread(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            await #expect(throws: StoreError.notFound(.thread, id: "nope")) {
                try await store.loadThread("nope", context: TestUsers().main)
            }
        }
    }

    @Test("threads page in ascending order with an id cursor", arguments: backends)
    func threadsPageAscending(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            for (index, id) in ["thread1", "thread2", "thread3"].enumerated() {
                try await store.saveThread(Fixtures.thread(id, at: Double(index)), context: users.main)
            }
            let page1 = try await store.loadThreads(limit: 2, after: nil, order: .asc, context: users.main)
            #expect(page1.data.map(\.id) == ["thread1", "thread2"])
            #expect(page1.hasMore)
            #expect(page1.after == "thread2")
            let page2 = try await store.loadThreads(limit: 2, after: page1.after, order: .asc, context: users.main)
            #expect(page2.data.map(\.id) == ["thread3"])
            #expect(!page2.hasMore)
            #expect(page2.after == nil)
        }
    }

    @Test("25 threads page newest first: 20, then the last 5", arguments: backends)
    func threadsPageDescending(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            for index in 0..<25 {
                try await store.saveThread(Fixtures.thread("thr_\(index)", at: Double(index)), context: users.main)
            }
            let page1 = try await store.loadThreads(limit: 20, after: nil, order: .desc, context: users.main)
            #expect(page1.data.map(\.id) == (5..<25).reversed().map { "thr_\($0)" })
            #expect(page1.hasMore)
            #expect(page1.after == "thr_5")
            let page2 = try await store.loadThreads(limit: 20, after: page1.after, order: .desc, context: users.main)
            #expect(page2.data.map(\.id) == (0..<5).reversed().map { "thr_\($0)" })
            #expect(!page2.hasMore)
        }
    }

    // MARK: Items

    @Test("items round-trip in ascending order, attachment metadata included", arguments: backends)
    func itemsRoundTrip(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            let items = Fixtures.threadItems()
            for item in items {
                try await store.addThreadItem(item, threadID: "test_thread", context: users.main)
            }
            let page = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(page.data == items)
            #expect(!page.hasMore)
        }
    }

    @Test("items order by creation time both ways", arguments: backends)
    func itemsOrdering(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            for (index, text) in ["A", "B", "C"].enumerated() {
                try await store.addThreadItem(
                    Fixtures.userMessage("msg\(index + 1)", text: text, at: Double(index)), threadID: "test_thread",
                    context: users.main)
            }
            let asc = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 3, order: .asc, context: users.main)
            let desc = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 3, order: .desc, context: users.main)
            #expect(asc.data.map(\.id) == ["msg1", "msg2", "msg3"])
            #expect(desc.data.map(\.id) == ["msg3", "msg2", "msg1"])
        }
    }

    @Test("an item cursor starts the page after that item; has_more names the last id", arguments: backends)
    func itemsAfterCursor(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            for index in 0..<5 {
                try await store.addThreadItem(
                    Fixtures.userMessage("msg\(index)", text: "\(index)", at: Double(index)), threadID: "test_thread",
                    context: users.main)
            }
            let after = try await store.loadThreadItems(
                threadID: "test_thread", after: "msg1", limit: 3, order: .asc, context: users.main)
            #expect(after.data.map(\.id) == ["msg2", "msg3", "msg4"])
            #expect(!after.hasMore)
            #expect(after.after == nil)

            let limited = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 2, order: .asc, context: users.main)
            #expect(limited.data.map(\.id) == ["msg0", "msg1"])
            #expect(limited.hasMore)
            #expect(limited.after == "msg1")

            let descending = try await store.loadThreadItems(
                threadID: "test_thread", after: "msg3", limit: 2, order: .desc, context: users.main)
            #expect(descending.data.map(\.id) == ["msg2", "msg1"])
            #expect(descending.hasMore)
            #expect(descending.after == "msg1")
        }
    }

    @Test("a limit of 0 means the default page of 20", arguments: backends)
    func defaultLimit(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            for index in 0..<25 {
                try await store.addThreadItem(
                    Fixtures.userMessage("msg\(index)", text: "\(index)", at: Double(index)), threadID: "test_thread",
                    context: users.main)
            }
            let page = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 0, order: .asc, context: users.main)
            #expect(page.data.count == 20)
            #expect(page.hasMore)
            #expect(page.after == "msg19")
        }
    }

    @Test("paging visits every item once even when creation times are equal", arguments: backends)
    func keysetPagingWithEqualTimestamps(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            let ids = (0..<7).map { "msg_tie_\($0)" }
            for id in ids.shuffled() {
                try await store.addThreadItem(
                    Fixtures.userMessage(id, text: id, at: 5), threadID: "test_thread", context: users.main)
            }
            for order in [PageOrder.asc, .desc] {
                var seen: [String] = []
                var cursor: String?
                repeat {
                    let page = try await store.loadThreadItems(
                        threadID: "test_thread", after: cursor, limit: 3, order: order, context: users.main)
                    seen += page.data.map(\.id)
                    cursor = page.hasMore ? page.after : nil
                } while cursor != nil
                #expect(seen == (order == .asc ? ids : ids.reversed()), "order \(order)")
            }
        }
    }

    @Test("items one microsecond apart keep their order", arguments: backends)
    func microsecondOrdering(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            // Inserted newest first, with ids that sort against time, so only created_at can order them.
            for step in (0..<4).reversed() {
                try await store.addThreadItem(
                    Fixtures.userMessage("z\(3 - step)", text: "", at: 10 + Double(step) / 1_000_000),
                    threadID: "test_thread", context: users.main)
            }
            let page = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(page.data.map(\.id) == ["z3", "z2", "z1", "z0"])
        }
    }

    @Test("save_item updates an item in place", arguments: backends)
    func saveItemInPlace(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            var assistant = AssistantMessageItem(id: "msg_000001", threadID: "test_thread", createdAt: Fixtures.time(0))
            let widget = Fixtures.threadItems()[2]
            try await store.addThreadItem(.assistantMessage(assistant), threadID: "test_thread", context: users.main)
            try await store.addThreadItem(widget, threadID: "test_thread", context: users.main)

            assistant.content = [AssistantMessageContent(text: "This is an assistant message.")]
            try await store.saveItem(.assistantMessage(assistant), threadID: "test_thread", context: users.main)
            let loaded = try await store.loadItem("msg_000001", threadID: "test_thread", context: users.main)
            guard case .assistantMessage(let loadedAssistant) = loaded else {
                Issue.record("expected an assistant message, got \(loaded.kind)")
                return
            }
            #expect(loadedAssistant.content == [AssistantMessageContent(text: "This is an assistant message.")])

            try await store.saveItem(widget, threadID: "test_thread", context: users.main)
            #expect(try await store.loadItem("widget_1", threadID: "test_thread", context: users.main) == widget)
            let all = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(all.data.map(\.id) == ["msg_000001", "widget_1"])
        }
    }

    @Test("adding an item twice keeps one copy with the latest content", arguments: backends)
    func addThreadItemIsIdempotent(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            try await store.addThreadItem(
                Fixtures.userMessage("wf_0de2191f", text: "first", at: 1), threadID: "test_thread", context: users.main)
            let second = Fixtures.userMessage("wf_0de2191f", text: "second", at: 1)
            try await store.addThreadItem(second, threadID: "test_thread", context: users.main)
            let page = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(page.data == [second])
        }
    }

    @Test("loading a missing item is not found", arguments: backends)
    func missingItem(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            await #expect(throws: StoreError.notFound(.item, id: "does_not_exist")) {
                try await store.loadItem("does_not_exist", threadID: "test_thread", context: users.main)
            }
        }
    }

    @Test("adding an item to a missing thread is not found and writes nothing", arguments: backends)
    func itemIntoMissingThread(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            await #expect(throws: StoreError.notFound(.thread, id: "no_thread")) {
                try await store.addThreadItem(
                    Fixtures.userMessage("msg_1", threadID: "no_thread", text: "x", at: 0), threadID: "no_thread",
                    context: users.main)
            }
        }
    }

    @Test("deleting an item removes only that item", arguments: backends)
    func deleteItem(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            for item in Fixtures.threadItems() {
                try await store.addThreadItem(item, threadID: "test_thread", context: users.main)
            }
            try await store.deleteThreadItem("msg_000001", threadID: "test_thread", context: users.main)
            try await store.deleteThreadItem("msg_000001", threadID: "test_thread", context: users.main)
            let page = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(page.data.map(\.id) == ["msg_100000", "widget_1"])
        }
    }

    @Test("deleting a thread deletes its items", arguments: backends)
    func deleteThreadCascades(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            for item in Fixtures.threadItems() {
                try await store.addThreadItem(item, threadID: "test_thread", context: users.main)
            }
            try await store.deleteThread("test_thread", context: users.main)
            await #expect(throws: StoreError.notFound(.thread, id: "test_thread")) {
                try await store.loadThread("test_thread", context: users.main)
            }
            // A new thread with the same id starts empty.
            try await store.saveThread(Fixtures.thread(), context: users.main)
            let page = try await store.loadThreadItems(
                threadID: "test_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(page.data.isEmpty)
            await #expect(throws: StoreError.notFound(.item, id: "msg_100000")) {
                try await store.loadItem("msg_100000", threadID: "test_thread", context: users.main)
            }
        }
    }

    // MARK: Attachments

    @Test("a file attachment round-trips", arguments: backends)
    func fileAttachmentRoundTrip(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            let file = Attachment(id: "file_1", name: "test.txt", mimeType: "text/plain")
            try await store.saveAttachment(file, context: users.main)
            #expect(try await store.loadAttachment("file_1", context: users.main) == file)
        }
    }

    @Test("an image attachment round-trips with its server-side metadata", arguments: backends)
    func imageAttachmentRoundTrip(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            var image = Attachment(
                id: "image_1", name: "test.png", mimeType: "image/png",
                kind: .image(previewURL: "https://example.com/test.png"), metadata: ["source": "test"])
            try await store.saveAttachment(image, context: users.main)
            #expect(try await store.loadAttachment("image_1", context: users.main) == image)

            image.threadID = "thr_12345678"
            try await store.saveAttachment(image, context: users.main)
            #expect(try await store.loadAttachment("image_1", context: users.main) == image)
        }
    }

    @Test("deleted and missing attachments are not found", arguments: backends)
    func deleteAttachment(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveAttachment(
                Attachment(id: "atc_1", name: "a.txt", mimeType: "text/plain"), context: users.main)
            try await store.deleteAttachment("atc_1", context: users.main)
            await #expect(throws: StoreError.notFound(.attachment, id: "atc_1")) {
                try await store.loadAttachment("atc_1", context: users.main)
            }
        }
    }

    // MARK: Per-user isolation

    @Test("another user cannot read, list, overwrite or delete a thread", arguments: backends)
    func threadIsolation(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            let thread = Fixtures.thread("user1_thread")
            try await store.saveThread(thread, context: users.main)
            #expect(try await store.loadThread(thread.id, context: users.main).title == thread.title)
            await #expect(throws: StoreError.notFound(.thread, id: thread.id)) {
                try await store.loadThread(thread.id, context: users.other)
            }
            #expect(try await store.loadThreads(limit: 10, after: nil, order: .desc, context: users.other).data.isEmpty)

            // The other user's writes under the same id touch only their own namespace.
            try await store.saveThread(Fixtures.thread("user1_thread", title: "Intruder"), context: users.other)
            try await store.deleteThread(thread.id, context: users.other)
            #expect(try await store.loadThread(thread.id, context: users.main) == thread)
        }
    }

    @Test("another user cannot read, add, replace or delete a thread's items", arguments: backends)
    func itemIsolation(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread("shared_thread"), context: users.main)
            let items = Fixtures.threadItems(threadID: "shared_thread")
            for item in items {
                try await store.addThreadItem(item, threadID: "shared_thread", context: users.main)
            }
            let own = try await store.loadThreadItems(
                threadID: "shared_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(own.data == items)
            let foreign = try await store.loadThreadItems(
                threadID: "shared_thread", after: nil, limit: 10, order: .asc, context: users.other)
            #expect(foreign.data.isEmpty)
            await #expect(throws: StoreError.notFound(.item, id: items[0].id)) {
                try await store.loadItem(items[0].id, threadID: "shared_thread", context: users.other)
            }
            let replacement = Fixtures.userMessage(items[0].id, threadID: "shared_thread", text: "hijack", at: 0)
            await #expect(throws: StoreError.notFound(.thread, id: "shared_thread")) {
                try await store.saveItem(replacement, threadID: "shared_thread", context: users.other)
            }
            await #expect(throws: StoreError.notFound(.thread, id: "shared_thread")) {
                try await store.addThreadItem(replacement, threadID: "shared_thread", context: users.other)
            }
            try await store.deleteThreadItem(items[0].id, threadID: "shared_thread", context: users.other)
            let after = try await store.loadThreadItems(
                threadID: "shared_thread", after: nil, limit: 10, order: .asc, context: users.main)
            #expect(after.data == items)
        }
    }

    @Test("another user cannot read or delete an attachment", arguments: backends)
    func attachmentIsolation(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            let file = Attachment(id: "atc_private", name: "secret.txt", mimeType: "text/plain", metadata: ["k": "v"])
            try await store.saveAttachment(file, context: users.main)
            await #expect(throws: StoreError.notFound(.attachment, id: "atc_private")) {
                try await store.loadAttachment("atc_private", context: users.other)
            }
            try await store.deleteAttachment("atc_private", context: users.other)
            #expect(try await store.loadAttachment("atc_private", context: users.main) == file)
        }
    }

    // MARK: Ids, text, cancellation, health

    @Test("default ids carry the reference prefixes", arguments: backends)
    func idPrefixes(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let context = TestUsers().main
            let threadID = store.generateThreadID(context: context)
            #expect(threadID.hasPrefix("thr_"))
            let expected: [ItemIDKind: String] = [
                .message: "msg_", .toolCall: "tc_", .task: "tsk_", .workflow: "wf_", .sdkHiddenContext: "shcx_",
                .attachment: "atc_",
            ]
            for (kind, prefix) in expected {
                let id = store.generateItemID(kind, threadID: threadID, context: context)
                #expect(id.hasPrefix(prefix) && id.count == prefix.count + 8, "\(kind): \(id)")
            }
        }
    }

    @Test("unicode titles and payloads round-trip unchanged", arguments: backends)
    func unicodePayloads(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            let text = "Parlay 🏈🔥 — “quotes” \\ back\\slash \"json\" 日本語 עברית é (e\u{301}) \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} \n\t"
            var thread = Fixtures.thread(title: "Lakers −3½ 🏀 日本")
            thread.metadata = ["note": .string(text)]
            try await store.saveThread(thread, context: users.main)
            let item = Fixtures.userMessage("msg_unicode", text: text, at: 0)
            try await store.addThreadItem(item, threadID: thread.id, context: users.main)
            #expect(try await store.loadThread(thread.id, context: users.main) == thread)
            #expect(try await store.loadItem("msg_unicode", threadID: thread.id, context: users.main) == item)
        }
    }

    @Test("writes complete even when the calling task is cancelled", arguments: backends)
    func writesSurviveCancellation(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    withUnsafeCurrentTask { $0?.cancel() }
                    try await store.saveThread(Fixtures.thread(), context: users.main)
                    try await store.addThreadItem(
                        Fixtures.userMessage("msg_late", text: "partial", at: 1), threadID: "test_thread",
                        context: users.main)
                }
                try await group.waitForAll()
            }
            #expect(try await store.loadItem("msg_late", threadID: "test_thread", context: users.main).id == "msg_late")
        }
    }

    @Test("writes under way when the calling task is cancelled all complete", arguments: backends)
    func writesInFlightSurviveCancellation(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            let users = TestUsers()
            try await store.saveThread(Fixtures.thread(), context: users.main)
            let writer = Task {
                for index in 0..<100 {
                    try await store.addThreadItem(
                        Fixtures.userMessage("msg_\(index)", text: "partial", at: Double(index)), threadID: "test_thread",
                        context: users.main)
                }
            }
            try await Task.sleep(for: .milliseconds(5))
            writer.cancel()
            try await writer.value
            let items = try await store.loadThreadItems(threadID: "test_thread", after: nil, limit: 200, order: .asc, context: users.main)
            #expect(items.data.count == 100)
        }
    }

    @Test("health answers while the database is reachable", arguments: backends)
    func health(backend: StoreBackendUnderTest) async throws {
        try await backend.withStore { store in
            try await store.health()
        }
    }
}
