import FakeModelServer
import Foundation
import JSONValue
import TestSupport
import Testing

/// New threads, parallel tools, streamed answers, titles, persistence and history replay, over real HTTP.
@Suite("Professor Lock end to end: conversations", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct ConversationTests {
    static let firstMessage = "Build me a parlay for Sunday and scout the Bills"
    static let answer = ["Three legs at ", "**+596**", ", and the Bills line moved late."]

    @Test("a new thread: two tools in parallel, progress and widgets in order, the streamed answer, a title, all persisted", .timeLimit(.minutes(2)))
    func newThreadWithParallelTools() async throws {
        let script: [FakeReply] = [
            .functionCalls([Scripted.buildParlay(), Scripted.scoutReport()]),
            .text(Self.answer),
            .text(["Done."]),
        ]
        try await ProfessorLockTestApp.run(script: script) { app in
            let created = try await app.exchange(Body.createThread(Self.firstMessage), expect: .sse)
            let types = created.eventTypes
            #expect(Array(types.prefix(3)) == ["thread.created", "thread.item.done", "stream_options"])
            #expect(created.doneItem(ofType: "user_message")?["content"]?[0]?["text"] == .string(Self.firstMessage))
            #expect(!created.events.contains { $0["item"]?["type"] == "hidden_context_item" }, "hidden tool-call records reached the client")
            let threadID = try #require(created.createdThreadID)

            // Progress, then the scout widget: added, its note streamed in pieces, done.
            let events = created.events
            let progressIndex = try #require(events.firstIndex { $0["type"] == "progress_update" && $0["text"] == "Scouting Bills" })
            let scoutAdded = try #require(events.firstIndex { $0["type"] == "thread.item.added" && $0["item"]?.mentions("Scout: Bills") == true })
            #expect(progressIndex < scoutAdded)
            let scoutID = try #require(events[scoutAdded]["item"]?["id"])
            let noteDeltas = events.filter { $0["item_id"] == scoutID && $0["update"]?["type"] == "widget.streaming_text.value_delta" }
            #expect(noteDeltas.compactMap { $0["update"]?["delta"]?.stringValue } == ["Line ", "moved ", "late."])
            let scoutDone = try #require(events.firstIndex { $0["type"] == "thread.item.done" && $0["item"]?["id"] == scoutID })
            #expect(events[scoutDone]["item"]?.mentions("Line moved late.") == true)
            let lastNoteDelta = try #require(events.lastIndex { $0["item_id"] == scoutID && $0["type"] == "thread.item.updated" })
            #expect(scoutAdded < lastNoteDelta && lastNoteDelta < scoutDone)

            // The parlay card.
            let widgets = created.doneItems(ofType: "widget")
            #expect(widgets.count == 2)
            let parlay = try #require(widgets.first { $0.mentions("3-Leg Parlay") })
            let parlayDone = try #require(events.firstIndex { $0["type"] == "thread.item.done" && $0["item"]?["id"] == parlay["id"] })

            // Then the answer streams as content-part deltas after both widgets are done.
            let messageAdded = try #require(events.firstIndex { $0["type"] == "thread.item.added" && $0["item"]?["type"] == "assistant_message" })
            #expect(scoutDone < messageAdded && parlayDone < messageAdded)
            let messageID = try #require(events[messageAdded]["item"]?["id"])
            let deltas = events.filter { $0["item_id"] == messageID && $0["update"]?["type"] == "assistant_message.content_part.text_delta" }
            #expect(deltas.compactMap { $0["update"]?["delta"]?.stringValue } == Self.answer)
            let finalText = Self.answer.joined()
            #expect(created.doneItem(ofType: "assistant_message")?["content"]?[0]?["text"] == .string(finalText))

            // The title arrives once, as thread.updated (right after the first event of the
            // responder, as the reference announces a thread change).
            let titleUpdates = events.indices.filter { events[$0]["type"]?.stringValue == "thread.updated" }
            try #require(titleUpdates.count == 1, "\(types)")
            let title = try #require(events[titleUpdates[0]]["thread"]?["title"]?.stringValue)
            #expect(!title.isEmpty && Self.firstMessage.hasPrefix(title))

            // Everything reloads; the hidden tool-call records are not listed.
            let thread = try await app.loadThread(threadID)
            #expect(thread["title"] == .string(title))
            let items = try await app.listItems(threadID)
            #expect(items.compactMap { $0["type"]?.stringValue } == ["user_message", "widget", "widget", "assistant_message"])
            #expect(Set(items.compactMap { $0["id"] }) == Set([created.doneItem(ofType: "user_message")?["id"], scoutID, parlay["id"], messageID].compactMap { $0 }))
            #expect(items.last?["content"]?[0]?["text"] == .string(finalText))
            #expect(items.first { $0["id"] == parlay["id"] }?["widget"] == parlay["widget"])

            // Request 2 replays the user message, both calls as received, then both outputs in call order.
            let model = try #require(app.model)
            var requests = model.requests
            try #require(requests.count == 2)
            let replay = ReplayedInput.entries(requests[1])
            try #require(replay.count == 5, "\(replay)")
            #expect(Array(replay.prefix(3)) == [
                "user:\(Self.firstMessage)",
                "call:call_parlay:build_parlay:\(Scripted.parlayArguments)",
                #"call:call_scout:scout_report:{"team":"Bills"}"#,
            ])
            #expect(replay[3].hasPrefix("output:call_parlay:{") && replay[3].contains("\"legs\""))
            #expect(replay[4] == #"output:call_scout:{"note":"Line moved late.","team":"Bills"}"#)

            // A second message replays the whole first turn from the store: the calls with their
            // exact arguments and outputs, the widgets as summaries, the answer, then the new message.
            try await app.exchange(Body.addMessage(threadID, "Lock it in"), expect: .sse)
            requests = model.requests
            try #require(requests.count == 3)
            let history = ReplayedInput.entries(requests[2])
            #expect(history.first == "user:\(Self.firstMessage)")
            #expect(Array(history.suffix(2)) == ["assistant:\(finalText)", "user:Lock it in"])
            #expect(ReplayedInput.callsArePaired(history), "\(history)")
            for entry in replay.dropFirst() {
                #expect(history.contains(entry), "the first turn's \(entry) was not replayed: \(history)")
            }
            #expect(history.filter { $0.hasPrefix("user:The following graphical UI widget") }.count == 2)
        }
    }

    @Test("a model 429 with retry-after is retried and the turn streams normally", .timeLimit(.minutes(2)))
    func rateLimitedThenSuccess() async throws {
        try await ProfessorLockTestApp.run(script: [.rateLimited(retryAfterMilliseconds: 40), .text(["Bills ", "**-3**."])]) { app in
            let created = try await app.exchange(Body.createThread("Bills line?"), expect: .sse)
            #expect(created.doneItem(ofType: "assistant_message")?["content"]?[0]?["text"] == "Bills **-3**.")
            #expect(!created.eventTypes.contains("error"))
            #expect(app.retrySleeps.recorded == [.milliseconds(40)])
            let model = try #require(app.model)
            #expect(model.requests.count == 2)
            #expect(model.requests[0].body == model.requests[1].body)
            let threadID = try #require(created.createdThreadID)
            #expect(try await app.listItems(threadID).compactMap { $0["type"]?.stringValue } == ["user_message", "assistant_message"])
        }
    }

    @Test("the demo model (no model configured) calls the real parlay tool and summarises its result", .timeLimit(.minutes(2)))
    func demoModel() async throws {
        try await ProfessorLockTestApp.runDemo { app in
            let created = try await app.exchange(
                Body.createThread("Build a parlay: Buffalo Bills -3 +110, Kansas City Chiefs ML -150, stake $20"), expect: .sse)
            let widget = try #require(created.doneItem(ofType: "widget"))
            #expect(widget.mentions("2-Leg Parlay"))
            #expect(widget.mentions("Buffalo Bills -3") && widget.mentions("Kansas City Chiefs ML"))
            #expect(widget.mentions("$20.00"))
            let summary = try #require(created.doneItem(ofType: "assistant_message")?["content"]?[0]?["text"]?.stringValue)
            #expect(summary.contains("Demo mode") && summary.contains("build_parlay"))
            let threadID = try #require(created.createdThreadID)
            #expect(try await app.listItems(threadID).compactMap { $0["type"]?.stringValue } == ["user_message", "widget", "assistant_message"])
        }
    }
}
