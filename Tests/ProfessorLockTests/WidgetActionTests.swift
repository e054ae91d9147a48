import FakeModelServer
import Foundation
import JSONValue
import TestSupport
import Testing

/// Parlay card actions routed by namespace to the parlay module, streamed and synchronous.
@Suite("Professor Lock end to end: widget actions", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct WidgetActionTests {
    @Test("parlay.remove_leg and parlay.set_stake update the card in place, and the new state survives a reload", .timeLimit(.minutes(2)))
    func parlayActions() async throws {
        let script: [FakeReply] = [.functionCalls([Scripted.buildParlay()]), .text(["Priced."]), .text(["Noted."])]
        try await ProfessorLockTestApp.run(script: script) { app in
            let created = try await app.exchange(Body.createThread("Price this parlay"), expect: .sse)
            let threadID = try #require(created.createdThreadID)
            let card = try #require(created.doneItem(ofType: "widget"))
            let cardID = try #require(card["id"])
            #expect(card.mentions("3-Leg Parlay") && card.mentions("$10.00"))

            // Streamed action: the card is replaced in place, no new item appears.
            let removed = try await app.exchange(
                Body.request("threads.custom_action", [
                    "thread_id": .string(threadID), "item_id": cardID, "action": ["type": "parlay.remove_leg", "payload": ["index": 0]],
                ]),
                expect: .sse)
            let rootUpdates = removed.events.filter { $0["item_id"] == cardID && $0["update"]?["type"] == "widget.root.updated" }
            try #require(rootUpdates.count == 1, "\(removed.text)")
            let twoLegs = try #require(rootUpdates[0]["update"]?["widget"])
            #expect(twoLegs.mentions("2-Leg Parlay") && !twoLegs.mentions("Buffalo Bills -3"))
            #expect(!removed.eventTypes.contains("thread.item.added") && !removed.eventTypes.contains("error"))

            var items = try await app.listItems(threadID)
            #expect(items.compactMap { $0["type"]?.stringValue } == ["user_message", "widget", "assistant_message"])
            #expect(items.first { $0["id"] == cardID }?["widget"] == twoLegs)

            // Synchronous action: the updated item comes back in the response and is persisted.
            let restaked = try await app.exchange(
                Body.request("threads.sync_custom_action", [
                    "thread_id": .string(threadID), "item_id": cardID, "action": ["type": "parlay.set_stake", "payload": ["stake": "25"]],
                ]),
                expect: .syncAction)
            let updated = try #require(restaked.json?["updated_item"])
            #expect(updated["id"] == cardID)
            #expect(updated["widget"]?.mentions("2-Leg Parlay") == true && updated["widget"]?.mentions("$25.00") == true)
            items = try await app.listItems(threadID)
            #expect(items.first { $0["id"] == cardID }?["widget"] == updated["widget"])

            // What the user did reaches the model on the next turn, as hidden context.
            try await app.exchange(Body.addMessage(threadID, "Thoughts?"), expect: .sse)
            let model = try #require(app.model)
            let history = ReplayedInput.entries(try #require(model.requests.last))
            #expect(history.contains { $0.contains("Hidden context") && $0.contains("removed \"Buffalo Bills -3\"") }, "\(history)")
            #expect(history.contains { $0.contains("Hidden context") && $0.contains("stake to $25.00") }, "\(history)")
            #expect(history.last == "user:Thoughts?")
        }
    }

    @Test("an invalid payload and an action nobody owns end the stream with a clear error and change nothing", .timeLimit(.minutes(2)))
    func rejectedActions() async throws {
        try await ProfessorLockTestApp.run(script: [.functionCalls([Scripted.buildParlay()]), .text(["Priced."])]) { app in
            let created = try await app.exchange(Body.createThread("Price this parlay"), expect: .sse)
            let threadID = try #require(created.createdThreadID)
            let card = try #require(created.doneItem(ofType: "widget"))

            let badIndex = try await app.exchange(
                Body.request("threads.custom_action", [
                    "thread_id": .string(threadID), "item_id": try #require(card["id"]),
                    "action": ["type": "parlay.remove_leg", "payload": ["index": "first"]],
                ]),
                expect: .sse)
            #expect(badIndex.streamError != nil)
            #expect(badIndex.streamError?["message"]?.stringValue?.contains("index") == true, "\(badIndex.text)")

            let unknown = try await app.exchange(
                Body.request("threads.custom_action", [
                    "thread_id": .string(threadID), "item_id": try #require(card["id"]), "action": ["type": "casino.spin"],
                ]),
                expect: .sse)
            #expect(unknown.streamError != nil)
            #expect(unknown.streamError?["message"]?.stringValue?.contains("casino.spin") == true, "\(unknown.text)")

            let items = try await app.listItems(threadID)
            #expect(items.first { $0["id"] == card["id"] }?["widget"] == card["widget"])
        }
    }
}
