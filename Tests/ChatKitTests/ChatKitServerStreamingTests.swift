import ChatKit
import ChatKitWidgets
import Foundation
import JSONValue
import Testing

@Suite("ChatKitServer streaming requests")
struct ChatKitServerStreamingTests {
    @Test("creating a thread sends thread.created without a title, then the user message with its quoted text")
    func createsThread() async throws {
        let harness = ServerHarness()
        let request = ChatKitRequest(.threadsCreate(ThreadCreateParams(input: UserMessageInput(
            content: [.text("Hello, world!")], quotedText: "Quoted text"))))
        let events = try await harness.stream(request)
        #expect(events.map(\.kind) == [.threadCreated, .itemDone, .streamOptions])
        #expect(events[0].thread?.title == nil)
        guard case .userMessage(let message) = events[1].item else { return #expect(Bool(false)) }
        #expect(message.content == [.text("Hello, world!")])
        #expect(message.quotedText == "Quoted text")
        #expect(harness.store.calls == ["saveThread(\(message.threadID))", "addThreadItem(user_message:\(message.id))"])
    }

    @Test("the request context reaches respond and add_feedback")
    func contextFlowsToResponder() async throws {
        let seen = Recorder<RequestContext>()
        let harness = ServerHarness(ScriptedResponder(
            onRespond: { _, stream in seen.record(stream.context) },
            onFeedback: { _, _, _, context in seen.record(context) }))
        let context = RequestContext(userID: "u1", attributes: ["locale": "en"])
        let events = try await harness.stream(.create("Hi"), context: context)
        let threadID = try #require(events.first?.thread?.id)
        _ = try await harness.json(
            ChatKitRequest(.itemsFeedback(ItemFeedbackParams(threadID: threadID, itemIDs: ["x"], kind: .positive))),
            context: context)
        #expect(seen.all == [context, context])
    }

    @Test("a new thread's stream holds its items (the first user message); a later message's stream does not")
    func newThreadItems() async throws {
        let seen = Recorder<[ThreadItem]?>()
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in seen.record(stream.newThreadItems) }))
        let (events, thread) = try await harness.createThread("Hi")
        _ = try await harness.stream(.addMessage("Again", threadID: thread.id))
        let stored = try await harness.store.loadThreadItems(
            threadID: thread.id, after: nil, limit: 1, order: .asc, context: ServerHarness.context)
        #expect(events.compactMap(\.item) == stored.data)
        #expect(seen.all == [stored.data, nil])
    }

    @Test("a responder that opts in starts before a new thread is stored; opening the stream stores and announces it first")
    func newThreadStreamOpensWhenTheResponderAsks() async throws {
        let store = InMemoryStore()
        let callsSeen = Recorder<[String]>()
        var responder = ScriptedResponder(onRespond: { _, stream in
            callsSeen.record(store.calls)
            try await stream.open()
            callsSeen.record(store.calls)
            try await stream.send(.itemDone(.assistantMessage(AssistantMessageItem(id: "msg_answer", threadID: stream.thread.id, createdAt: Date()))))
        })
        responder.startsBeforeNewThreadIsStored = true
        let harness = ServerHarness(responder, store: store)
        let (events, thread) = try await harness.createThread("Hi")
        let message = try #require(events[1].item)
        #expect(events.map(\.kind) == [.threadCreated, .itemDone, .streamOptions, .itemDone])
        #expect(callsSeen.all == [[], ["saveThread(\(thread.id))", "addThreadItem(user_message:\(message.id))"]])

        // A later message's history is read from the store, so it is stored before the responder runs.
        _ = try await harness.stream(.addMessage("Again", threadID: thread.id))
        #expect(callsSeen.all[2].last?.hasPrefix("addThreadItem(user_message:") == true)
    }

    @Test("a responder that opts in and fails before opening still gets the thread announced, then the error")
    func earlyResponderFailureAnnouncesTheThreadFirst() async throws {
        struct Boom: Error {}
        var responder = ScriptedResponder(onRespond: { _, _ in throw Boom() })
        responder.startsBeforeNewThreadIsStored = true
        let harness = ServerHarness(responder)
        let (events, thread) = try await harness.createThread("Hi")
        #expect(events.map(\.kind) == [.threadCreated, .itemDone, .streamOptions, .error])
        #expect(try await harness.store.loadThread(thread.id, context: ServerHarness.context).id == thread.id)
    }

    @Test("by default a new thread and its first message are stored before the responder starts, as in the reference")
    func newThreadIsStoredBeforeTheResponderByDefault() async throws {
        let store = InMemoryStore()
        let callsSeen = Recorder<[String]>()
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, _ in callsSeen.record(store.calls) }), store: store)
        let (events, thread) = try await harness.createThread("Hi")
        let message = try #require(events[1].item)
        #expect(callsSeen.all == [["saveThread(\(thread.id))", "addThreadItem(user_message:\(message.id))"]])
    }

    @Test("a title set by the responder is saved and thread.updated is the last event", arguments: [
        "title", "metadata", "status", "allowed_image_domains",
    ])
    func threadChangesAreSavedAndAnnounced(field: String) async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            switch field {
            case "title": stream.thread.title = "Updated title"
            case "metadata": stream.thread.metadata["test_key"] = "test_value"
            case "status": stream.thread.status = .locked(reason: "Because")
            default: stream.thread.allowedImageDomains = ["example.com", "images.example.com"]
            }
        }))
        let (events, thread) = try await harness.createThread()
        let saved = try await harness.store.loadThread(thread.id, context: ServerHarness.context)
        #expect(events.last?.kind == .threadUpdated)
        let announced = try #require(events.last?.thread)
        switch field {
        case "title":
            #expect(saved.title == "Updated title")
            #expect(announced.title == "Updated title")
        case "metadata":
            #expect(saved.metadata["test_key"] == "test_value")
            #expect(announced.metadata == [:], "metadata is never sent")
        case "status":
            #expect(saved.status == .locked(reason: "Because"))
            #expect(announced.status == .locked(reason: "Because"))
        default:
            #expect(saved.allowedImageDomains == ["example.com", "images.example.com"])
            #expect(announced.allowedImageDomains == ["example.com", "images.example.com"])
        }
    }

    @Test("allowed_image_domains is omitted from thread.created and thread.updated when unset")
    func omitsUnsetAllowedImageDomains() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in stream.thread.title = "Updated title" }))
        let body = try await harness.streamBody(.create("Hello"))
        let frames = String(decoding: body, as: UTF8.self).components(separatedBy: "\n\n").dropLast()
        let threads = try frames.map { try JSONValue(parsing: Data($0.dropFirst(6).utf8)) }
            .filter { $0["type"] == "thread.created" || $0["type"] == "thread.updated" }
        #expect(threads.count == 2)
        for event in threads {
            #expect(event["thread"]?["allowed_image_domains"] == nil)
            #expect(event["thread"]?["metadata"] == [:])
        }
        #expect(threads[1]["thread"]?["title"] == "Updated title")
    }

    @Test("thread.updated follows the event during which the thread changed, and streaming continues")
    func threadUpdatedMidStream() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.itemDone(assistantMessage("assistant_a", "A", threadID: stream.thread.id)))
            stream.thread.title = "Mid-stream title"
            try await stream.send(.itemDone(assistantMessage("assistant_b", "B", threadID: stream.thread.id)))
            try await stream.send(.itemDone(assistantMessage("assistant_c", "C", threadID: stream.thread.id)))
        }))
        let (events, thread) = try await harness.createThread()
        let indexOfB = try #require(events.firstIndex { $0.item?.id == "assistant_b" })
        #expect(events[indexOfB + 1].thread?.title == "Mid-stream title")
        #expect(events[indexOfB + 2].item?.id == "assistant_c")
        #expect(events.filter { $0.kind == .threadUpdated }.count == 1)
        #expect(try await harness.store.loadThread(thread.id, context: ServerHarness.context).title == "Mid-stream title")
    }

    @Test("a client tool call pauses the stream and its output resumes the responder")
    func clientToolCallRoundTrip() async throws {
        let inputs = Recorder<String>()
        let harness = ServerHarness(ScriptedResponder(onRespond: { input, stream in
            inputs.record(input == nil ? "nil" : "user")
            if input != nil {
                try await stream.send(.itemDone(.clientToolCall(ClientToolCallItem(
                    id: "msg_1", threadID: stream.thread.id, createdAt: Date(), callID: "tool_call_1", name: "tool_call_1",
                    arguments: ["arg1": "val1", "arg2": false]))))
            } else {
                try await stream.send(.itemDone(assistantMessage("msg_2", "Glad the tool call succeeded!", threadID: stream.thread.id)))
            }
        }))
        let (events, thread) = try await harness.createThread("Hello, world!")
        #expect(events.map(\.kind) == [.threadCreated, .itemDone, .streamOptions, .itemDone])
        guard case .clientToolCall(let call) = events[3].item else { return #expect(Bool(false)) }
        #expect(call.arguments == ["arg1": "val1", "arg2": false])
        #expect(call.status == .pending)

        let resumed = try await harness.stream(ChatKitRequest(.threadsAddClientToolOutput(
            ThreadAddClientToolOutputParams(threadID: thread.id, result: ["text": "Wow!"]))))
        #expect(resumed.map(\.kind) == [.streamOptions, .itemDone])
        #expect(resumed[1].item?.kind == .assistantMessage)
        #expect(inputs.all == ["user", "nil"])
        guard case .clientToolCall(let completed) = try await harness.store.loadItem("msg_1", threadID: thread.id, context: ServerHarness.context)
        else { return #expect(Bool(false)) }
        #expect(completed.status == .completed)
        #expect(completed.output == ["text": "Wow!"])
    }

    @Test("client tool output without a pending call is a bad request before any frame")
    func clientToolOutputWithoutPendingCall() async throws {
        let harness = ServerHarness()
        let (_, thread) = try await harness.createThread()
        await #expect(throws: ChatKitError.badRequest("The last item of thread '\(thread.id)' is not a pending client tool call.")) {
            _ = try await harness.server.process(
                harness.encode(ChatKitRequest(.threadsAddClientToolOutput(ThreadAddClientToolOutputParams(threadID: thread.id, result: nil)))),
                context: ServerHarness.context)
        }
    }

    @Test("a progress update is forwarded between stream options and the answer")
    func progressUpdate() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.progressUpdate(icon: nil, text: "Tool status"))
            try await stream.send(.itemDone(assistantMessage("msg_4", "Hello, world!", threadID: stream.thread.id)))
        }))
        let (events, _) = try await harness.createThread()
        #expect(events.map(\.kind) == [.threadCreated, .itemDone, .streamOptions, .progressUpdate, .itemDone])
    }

    @Test("a custom action on a widget streams the action's events and passes the stored widget as sender")
    func customAction() async throws {
        let senders = Recorder<WidgetItem>()
        let replacement = WidgetRoot.card(Card { Text(value: "Email sent!") })
        let harness = ServerHarness(ScriptedResponder(
            onRespond: { _, stream in
                try await stream.send(.itemDone(.widget(WidgetItem(
                    id: "widget_1", threadID: stream.thread.id, createdAt: Date(),
                    widget: .card(Card { Text(value: "test", key: "text_1") })))))
            },
            onAction: { action, sender, stream in
                #expect(action == Action(type: "create_user", payload: ["user_id": "123"]))
                let sender = try #require(sender)
                senders.record(sender)
                try await stream.send(.itemUpdated(itemID: sender.id, update: .widgetRootUpdated(replacement)))
            }))
        let (events, thread) = try await harness.createThread("Show widget")
        guard case .widget(let widget) = events.last?.item else { return #expect(Bool(false)) }
        let actionEvents = try await harness.stream(ChatKitRequest(.threadsCustomAction(ThreadCustomActionParams(
            threadID: thread.id, itemID: widget.id, action: Action(type: "create_user", payload: ["user_id": "123"])))))
        #expect(actionEvents == [
            .streamOptions(StreamOptions(allowCancel: true)),
            .itemUpdated(itemID: "widget_1", update: .widgetRootUpdated(replacement)),
        ])
        #expect(senders.all.map(\.id) == [widget.id])
        #expect(senders.all.map(\.widget) == [widget.widget])
    }

    @Test("a custom action from a non-widget item streams exactly one stream.error frame")
    func customActionFromNonWidget() async throws {
        let harness = ServerHarness()
        let (events, thread) = try await harness.createThread()
        let userMessageID = try #require(events[1].item?.id)
        let body = try await harness.streamBody(ChatKitRequest(.threadsCustomAction(ThreadCustomActionParams(
            threadID: thread.id, itemID: userMessageID, action: Action(type: "x")))))
        #expect(try ServerHarness.frames(body) == [.error(ErrorEvent(code: .streamError, allowRetry: false))])
        #expect(try jsonObject(Data(String(decoding: body, as: UTF8.self).dropFirst(6).utf8)) == [
            "type": "error", "code": "stream.error", "allow_retry": false,
        ])
    }

    @Test("a thread.item.removed event deletes the item")
    func removedEventDeletesItem() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.itemDone(.userMessage(UserMessageItem(
                id: "msg_to_remove", threadID: stream.thread.id, createdAt: Date(), content: [.text("To be removed")]))))
            try await stream.send(.itemRemoved(itemID: "msg_to_remove"))
        }))
        let (events, thread) = try await harness.createThread("Trigger removal")
        #expect(events.contains(.itemRemoved(itemID: "msg_to_remove")))
        await #expect(throws: StoreError.notFound(.item, id: "msg_to_remove")) {
            try await harness.store.loadItem("msg_to_remove", threadID: thread.id, context: ServerHarness.context)
        }
    }

    @Test("an error thrown by the responder becomes a stream.error event and the stream ends")
    func responderErrorBecomesErrorEvent() async throws {
        struct Boom: Error {}
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.itemAdded(.assistantMessage(AssistantMessageItem(id: "msg_partial", threadID: stream.thread.id, createdAt: Date()))))
            throw Boom()
        }))
        let (events, thread) = try await harness.createThread("raise")
        #expect(events.map(\.kind) == [.threadCreated, .itemDone, .streamOptions, .itemAdded, .error])
        #expect(events.last == .error(ErrorEvent(code: .streamError, allowRetry: true)))
        await #expect(throws: StoreError.self) {
            try await harness.store.loadItem("msg_partial", threadID: thread.id, context: ServerHarness.context)
        }
    }

    @Test("custom and coded stream errors choose the error event's code, message and retry flag")
    func customAndCodedStreamErrors() async throws {
        let custom = ServerHarness(ScriptedResponder(onRespond: { _, _ in throw CustomStreamError("You are out of credits.") }))
        #expect(try await custom.createThread().events.last == .error(ErrorEvent(code: .custom, message: "You are out of credits.", allowRetry: false)))
        let coded = ServerHarness(ScriptedResponder(onRespond: { _, _ in throw StreamError(.streamError, allowRetry: false) }))
        #expect(try await coded.createThread().events.last == .error(ErrorEvent(code: .streamError, allowRetry: false)))
        let yielded = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.error(ErrorEvent(message: "We blocked that message for safety.")))
            try await stream.send(.notice(level: .info, message: "still here", title: nil))
        }))
        let events = try await yielded.createThread().events
        #expect(events.suffix(2).map(\.kind) == [.error, .notice])
    }

    @Test("a replaced event upserts the item, even when it changes the item's type")
    func replacedEventReplacesItem() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.itemDone(assistantMessage("msg_r", "first", threadID: stream.thread.id)))
            let widget = WidgetItem(id: "msg_r", threadID: stream.thread.id, createdAt: Date(),
                                    widget: .card(Card { Text(value: "replaced") }))
            try await stream.send(.itemReplaced(.widget(widget)))
        }))
        let (events, thread) = try await harness.createThread()
        #expect(events.last?.kind == .itemReplaced)
        let stored = try await harness.store.loadItem("msg_r", threadID: thread.id, context: ServerHarness.context)
        #expect(stored.kind == .widget)
        #expect(harness.store.calls.suffix(2) == ["addThreadItem(assistant_message:msg_r)", "saveItem(widget:msg_r)"])
    }

    @Test("workflow task updates do not duplicate tasks in the done item")
    func workflowTaskNotDuplicated() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            var workflow = WorkflowItem(id: "workflow-item", threadID: stream.thread.id, createdAt: Date(), workflow: Workflow(type: .custom))
            try await stream.send(.itemAdded(.workflow(workflow)))
            let task = WorkflowTask(.custom(title: "foo", icon: nil, content: "bar"))
            try await stream.send(.itemUpdated(itemID: workflow.id, update: .workflowTaskAdded(taskIndex: 0, task: task)))
            workflow.workflow.tasks.append(task)
            try await stream.send(.itemDone(.workflow(workflow)))
        }))
        let (events, thread) = try await harness.createThread()
        guard case .workflow(let done) = events.last?.item else { return #expect(Bool(false)) }
        #expect(done.workflow.tasks.count == 1)
        guard case .workflow(let stored) = try await harness.store.loadItem("workflow-item", threadID: thread.id, context: ServerHarness.context)
        else { return #expect(Bool(false)) }
        #expect(stored.workflow.tasks.count == 1)
    }

    @Test("hidden context done events are stored but not sent")
    func hiddenContextIsSwallowed() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.itemDone(.hiddenContext(HiddenContextItem(id: "hc_1", threadID: stream.thread.id, createdAt: Date(), content: "secret"))))
            try await stream.send(.itemDone(assistantMessage("msg_a", "visible", threadID: stream.thread.id)))
        }))
        let (events, thread) = try await harness.createThread()
        #expect(events.map(\.kind) == [.threadCreated, .itemDone, .streamOptions, .itemDone])
        #expect(try await harness.store.loadItem("hc_1", threadID: thread.id, context: ServerHarness.context).isHidden)
        let listed = try decodePage(try await harness.json(.itemsList(thread.id)))
        #expect(!listed.data.contains { $0.isHidden })
    }

    @Test("streaming a widget sends added, text deltas and done")
    func streamsWidgetDeltas() async throws {
        @Sendable func render(_ count: Int) -> WidgetRoot {
            .card(Card { Text(value: String("Hello, world".prefix(count)), id: "text") })
        }
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.streamWidget([0, 3, 6, 12].map(render).async)
        }))
        let events = Array(try await harness.createThread().events.dropFirst(3))
        #expect(events.map(\.kind) == [.itemAdded, .itemUpdated, .itemUpdated, .itemUpdated, .itemDone])
        let deltas = events.compactMap { event -> String? in
            guard case .itemUpdated(_, .widgetStreamingTextValueDelta("text", let delta, _)) = event else { return nil }
            return delta
        }
        #expect(deltas == ["Hel", "lo,", " world"])
        guard case .widget(let done) = events.last?.item else { return #expect(Bool(false)) }
        #expect(done.widget == render(12))
    }

    @Test("streaming a widget whose text is not an append sends a full root replace")
    func streamsWidgetFullReplace() async throws {
        let hello = WidgetRoot.card(Card { Text(value: "Hello", id: "text") })
        let world = WidgetRoot.card(Card { Text(value: "World", id: "text") })
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.streamWidget([hello, world].async)
            try await stream.streamWidget(world, copyText: "World")
        }))
        let events = Array(try await harness.createThread().events.dropFirst(3))
        #expect(events.map(\.kind) == [.itemAdded, .itemUpdated, .itemDone, .itemDone])
        guard case .itemUpdated(_, .widgetRootUpdated(let root)) = events[1] else { return #expect(Bool(false)) }
        #expect(root == world)
    }

    @Test("structured input answers replace the item and resume the responder")
    func structuredInputReplacesAndResumes() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { input, stream in
            if input != nil {
                try await stream.send(.itemDone(.structuredInput(StructuredInputItem(id: "si_1", threadID: stream.thread.id, createdAt: ChatKitDate.now(), inputs: [
                    StructuredInput(id: "subject", question: "Which subject?", kind: .multipleChoice(options: ["Math", "Science"], multiple: false)),
                    StructuredInput(id: "details", question: "Anything else?", kind: .freeform(description: nil)),
                ]))))
            } else {
                try await stream.send(.itemDone(assistantMessage("msg_after", "Thanks, continuing now.", threadID: stream.thread.id)))
            }
        }))
        let (_, thread) = try await harness.createThread("Plan a lesson")
        func submit(_ answers: [String: StructuredInputAnswer]) async throws -> StructuredInputItem {
            let events = try await harness.stream(ChatKitRequest(.threadsAddStructuredInput(ThreadAddStructuredInputParams(
                threadID: thread.id, itemID: "si_1", input: StructuredInputSubmission(answers: answers)))))
            #expect(events.map(\.kind) == [.streamOptions, .itemReplaced, .itemDone])
            guard case .structuredInput(let item) = events[1].item else { throw ChatKitError.internalError }
            #expect(try await harness.store.loadItem("si_1", threadID: thread.id, context: ServerHarness.context) == .structuredInput(item))
            return item
        }
        let item = try await submit([
            "subject": StructuredInputAnswer(values: ["Private class", "Extra"]),
            "unknown": StructuredInputAnswer(values: ["ignored"]),
        ])
        #expect(item.status == .answered)
        #expect(item.inputs[0].answer == StructuredInputAnswer(values: ["Private class"]), "single choice keeps the first value")
        #expect(item.inputs[1].answer == StructuredInputAnswer(skipped: true), "omitted answers become skipped")
        await #expect(throws: ChatKitError.badRequest("Structured input item 'si_1' is not pending.")) {
            _ = try await submit([:])
        }
    }

    @Test("retry after an item deletes the later items silently and responds to the same user message")
    func retryAfterItem() async throws {
        let inputs = Recorder<String>()
        let harness = ServerHarness(ScriptedResponder(onRespond: { input, stream in
            let text = input?.text ?? ""
            inputs.record(text)
            try await stream.send(.itemDone(assistantMessage(stream.generateItemID(.message), "Response to: \(text)", threadID: stream.thread.id)))
        }))
        let (_, thread) = try await harness.createThread("First message")
        _ = try await harness.stream(.addMessage("Second message", threadID: thread.id))
        let before = try decodePage(try await harness.json(.itemsList(thread.id)))
        #expect(before.data.count == 4)

        let retry = try await harness.stream(ChatKitRequest(.threadsRetryAfterItem(ThreadRetryAfterItemParams(threadID: thread.id, itemID: before.data[1].id))))
        #expect(retry.map(\.kind) == [.streamOptions, .itemDone])
        #expect(inputs.all == ["First message", "Second message", "Second message"])
        let after = try decodePage(try await harness.json(.itemsList(thread.id)))
        #expect(after.data.count == 4)
        #expect(Array(after.data[1...]) == Array(before.data[1...]))
        #expect(after.data[0].id != before.data[0].id)

        let unknown = try await harness.streamBody(ChatKitRequest(.threadsRetryAfterItem(ThreadRetryAfterItemParams(threadID: thread.id, itemID: "does_not_exist"))))
        #expect(unknown.isEmpty, "an unknown item gives an empty stream, as the reference")
    }

    @Test("retry after a non-user item is a bad request")
    func retryAfterAssistantItem() async throws {
        let harness = ServerHarness(ScriptedResponder(onRespond: { _, stream in
            try await stream.send(.itemDone(assistantMessage("assistant_msg_1", "Response", threadID: stream.thread.id)))
        }))
        let (_, thread) = try await harness.createThread()
        await #expect(throws: ChatKitError.badRequest("Item 'assistant_msg_1' is not a user message.")) {
            _ = try await harness.server.process(
                harness.encode(ChatKitRequest(.threadsRetryAfterItem(ThreadRetryAfterItemParams(threadID: thread.id, itemID: "assistant_msg_1")))),
                context: ServerHarness.context)
        }
    }

    @Test("the composer's tool choice reaches the responder on create and add message")
    func toolChoiceReachesResponder() async throws {
        let choices = Recorder<String?>()
        let harness = ServerHarness(ScriptedResponder(onRespond: { input, _ in choices.record(input?.inferenceOptions.toolChoice?.id) }))
        let options = InferenceOptions(toolChoice: ToolChoice(id: "web_search"), model: "gpt-4.1-mini")
        let (_, thread) = try await harness.createThread("Hello with tools", inferenceOptions: options)
        _ = try await harness.stream(.addMessage("Second", threadID: thread.id, inferenceOptions: options))
        #expect(choices.all == ["web_search", "web_search"])
    }

    @Test("custom id generators are used for threads and messages")
    func customIDGenerators() async throws {
        let counter = Recorder<Int>()
        let store = InMemoryStore(
            threadIDs: { counter.record(0); return "thr_custom_\(counter.all.count)" },
            itemIDs: { kind, threadID in counter.record(0); return "\(kind.rawValue)_custom_\(counter.all.count)_\(threadID)" })
        let harness = ServerHarness(store: store)
        let (events, thread) = try await harness.createThread()
        #expect(thread.id == "thr_custom_1")
        #expect(events[1].item?.id == "message_custom_2_thr_custom_1")
    }

    @Test("an unknown thread is a 404 before any frame")
    func unknownThreadIsNotFound() async throws {
        let harness = ServerHarness()
        await #expect(throws: ChatKitError.notFound("Thread 'thr_missing' was not found.")) {
            _ = try await harness.server.process(harness.encode(.addMessage("hi", threadID: "thr_missing")), context: ServerHarness.context)
        }
    }
}

extension Array where Element: Sendable {
    /// The elements as an async sequence (for widget streaming tests).
    var async: AsyncStream<Element> {
        AsyncStream { continuation in
            for element in self { continuation.yield(element) }
            continuation.finish()
        }
    }
}
