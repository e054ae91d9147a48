import ChatKit
import ChatKitWidgets
import Foundation
import JSONValue

/// Records shaped like those of the reference `tests/test_store.py`. Times are whole seconds (or whole
/// microseconds) so they survive the ChatKit timestamp format exactly and compare equal after a round trip.
enum Fixtures {
    static let epoch = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    static func time(_ seconds: Double) -> Date {
        epoch.addingTimeInterval(seconds)
    }

    static func thread(_ id: String = "test_thread", at seconds: Double = 0, title: String? = "Test Thread")
        -> ThreadMetadata
    {
        ThreadMetadata(id: id, createdAt: time(seconds), title: title, metadata: ["test": "test"])
    }

    static func userMessage(_ id: String, threadID: String = "test_thread", text: String, at seconds: Double)
        -> ThreadItem
    {
        .userMessage(UserMessageItem(id: id, threadID: threadID, createdAt: time(seconds), content: [.text(text)]))
    }

    /// The user message, assistant message and widget of `make_thread_items()`.
    static func threadItems(threadID: String = "test_thread") -> [ThreadItem] {
        let attachment = Attachment(
            id: "file_1", name: "test.txt", mimeType: "text/plain", metadata: ["source": "test"])
        return [
            .userMessage(
                UserMessageItem(
                    id: "msg_100000", threadID: threadID, createdAt: time(0), content: [.text("Hello!")],
                    attachments: [attachment])),
            .assistantMessage(
                AssistantMessageItem(
                    id: "msg_000001", threadID: threadID, createdAt: time(1),
                    content: [AssistantMessageContent(text: "Hi there!")])),
            .widget(
                WidgetItem(
                    id: "widget_1", threadID: threadID, createdAt: time(2),
                    widget: .card(Card { Text(value: "Title", weight: .medium); Text(value: "test") }))),
        ]
    }
}
