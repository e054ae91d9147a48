import ChatKit
import ChatKitHummingbird
import Foundation
import HTTPTypes
import HummingbirdTesting
import JSONValue
import NIOCore
import Synchronization
import TestSupport
import Testing

/// Drives the server over real HTTP through every ChatKit request type and checks every response body
/// with the reference implementation (`Tests/Conformance/oracle.py`).
@Suite("ChatKit conformance over HTTP", .enabled(if: ExternalService.chatKitOracle.shouldRun))
struct ConformanceScenarioTests {
    /// Sends `body` (checked as a valid `ChatKitReq` first) and checks the response as `kind`.
    @discardableResult
    static func exchange(
        _ app: ChatKitTestApp, _ body: JSONValue, expect kind: ConformanceOracle.Kind,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestClient.Response {
        let oracle = try ConformanceOracle.shared()
        let request = try await oracle.check(.request, body.jsonString())
        #expect(request.conforms, "request body rejected: \(request)", sourceLocation: sourceLocation)
        let response = try await app.post(body)
        #expect(response.status == .ok, "\(response.status): \(response.text)", sourceLocation: sourceLocation)
        if kind == .sse {
            #expect(response.headers[.contentType] == "text/event-stream", sourceLocation: sourceLocation)
            #expect(response.headers[.cacheControl] == "no-cache", sourceLocation: sourceLocation)
        } else {
            #expect(response.headers[.contentType] == "application/json", sourceLocation: sourceLocation)
        }
        let verdict = try await oracle.check(kind, response.text)
        #expect(verdict.conforms, "\(verdict)", sourceLocation: sourceLocation)
        return response
    }

    static func types(_ response: TestClient.Response) -> [String] {
        response.events.compactMap { $0["type"]?.stringValue }
    }

    static func item(_ response: TestClient.Response, ofType type: String) -> JSONValue? {
        response.events.last { $0["type"] == "thread.item.done" && $0["item"]?["type"]?.stringValue == type }?["item"]
    }

    @Test("every request type, streamed and JSON, conforms to openai-chatkit 1.6.5")
    func everyRequestType() async throws {
        try await ChatKitTestApp.run { app in
            // threads.create: streamed assistant text and a title.
            let created = try await Self.exchange(app, Body.createThread("hello"), expect: .sse)
            #expect(Array(Self.types(created).prefix(4)) == ["thread.created", "thread.item.done", "stream_options", "thread.item.added"])
            #expect(Self.types(created).last == "thread.updated")
            let threadID = try #require(created.events.first?["thread"]?["id"]?.stringValue)
            let firstUserMessage = try #require(Self.item(created, ofType: "user_message")?["id"]?.stringValue)
            let thread = JSONValue.string(threadID)

            // threads.add_user_message: progress, a streamed widget, hidden context, effect, notice.
            let weather = try await Self.exchange(app, Body.addMessage(threadID, "weather"), expect: .sse)
            let weatherTypes = Self.types(weather)
            for expected in ["progress_update", "client_effect", "notice", "thread.item.updated"] {
                #expect(weatherTypes.contains(expected), "missing \(expected) in \(weatherTypes)")
            }
            let widgetID = try #require(Self.item(weather, ofType: "widget")?["id"])
            let deltas = weather.events.filter { $0["update"]?["type"] == "widget.streaming_text.value_delta" }
            #expect(deltas.compactMap { $0["update"]?["delta"]?.stringValue } == ["Sunny", ", 24°C"])

            // threads.custom_action from the widget, and from a non-widget item.
            let action = try await Self.exchange(
                app, Body.request("threads.custom_action", ["thread_id": thread, "item_id": widgetID, "action": ["type": "refresh"]]),
                expect: .sse)
            #expect(Self.types(action) == ["stream_options", "thread.item.updated", "thread.item.replaced"])
            let misdirected = try await Self.exchange(
                app,
                Body.request(
                    "threads.custom_action",
                    ["thread_id": thread, "item_id": .string(firstUserMessage), "action": ["type": "refresh"]]),
                expect: .sse)
            #expect(misdirected.events == [["type": "error", "code": "stream.error", "allow_retry": false]])

            // threads.sync_custom_action.
            let sync = try await Self.exchange(
                app, Body.request("threads.sync_custom_action", ["thread_id": thread, "item_id": widgetID, "action": ["type": "refresh"]]),
                expect: .syncAction)
            #expect(sync.json?["updated_item"]?["id"] == widgetID)

            // A reasoning workflow.
            let workflow = try await Self.exchange(app, Body.addMessage(threadID, "workflow"), expect: .sse)
            #expect(Self.item(workflow, ofType: "workflow") != nil)

            // The client tool pause and resume.
            let toolCall = try await Self.exchange(app, Body.addMessage(threadID, "client tool"), expect: .sse)
            #expect(Self.item(toolCall, ofType: "client_tool_call")?["status"] == "pending")
            let resumed = try await Self.exchange(
                app, Body.request("threads.add_client_tool_output", ["thread_id": thread, "result": ["nodes": [1, 2]]]),
                expect: .sse)
            #expect(Self.types(resumed).first == "stream_options")

            // Structured input: ask, then answer.
            let asked = try await Self.exchange(app, Body.addMessage(threadID, "structured"), expect: .sse)
            let questionID = try #require(Self.item(asked, ofType: "structured_input")?["id"])
            let answered = try await Self.exchange(
                app,
                Body.request(
                    "threads.add_structured_input",
                    ["thread_id": thread, "item_id": questionID, "input": ["answers": ["priority": ["values": ["High", "Low"]]]]]),
                expect: .sse)
            #expect(Self.types(answered).prefix(2) == ["stream_options", "thread.item.replaced"])

            // Errors inside the responder end the stream with an error event.
            let failed = try await Self.exchange(app, Body.addMessage(threadID, "fail"), expect: .sse)
            #expect(failed.events.last == ["type": "error", "code": "stream.error", "allow_retry": true])
            let custom = try await Self.exchange(app, Body.addMessage(threadID, "custom error"), expect: .sse)
            #expect(custom.events.last?["code"] == "custom")
            let yielded = try await Self.exchange(app, Body.addMessage(threadID, "error event"), expect: .sse)
            #expect(yielded.events.last?["message"] == "We blocked that message for safety.")

            // Reading and paging.
            try await Self.exchange(app, Body.request("threads.get_by_id", ["thread_id": thread]), expect: .thread)
            let page = try await Self.exchange(app, Body.request("items.list", ["thread_id": thread, "limit": 2]), expect: .itemsPage)
            #expect(page.json?["has_more"] == true)
            try await Self.exchange(app, Body.request("threads.list", [:]), expect: .threadsPage)
            let renamed = try await Self.exchange(
                app, Body.request("threads.update", ["thread_id": thread, "title": "Renamed"]), expect: .thread)
            #expect(renamed.json?["title"] == "Renamed")
            try await Self.exchange(
                app, Body.request("items.feedback", ["thread_id": thread, "item_ids": [widgetID], "kind": "positive"]), expect: .empty)
            #expect(app.signals.feedback.withLock { $0 } == [.positive])

            // Attachments and transcription.
            let attachment = try await Self.exchange(
                app, Body.request("attachments.create", ["name": "cat.png", "size": 3, "mime_type": "image/png"]),
                expect: .attachment)
            let attachmentID = try #require(attachment.json?["id"])
            try await Self.exchange(app, Body.request("attachments.delete", ["attachment_id": attachmentID]), expect: .empty)
            let transcript = try await Self.exchange(
                app, Body.request("input.transcribe", ["audio_base64": "aGVsbG8=", "mime_type": "audio/webm;codecs=opus"]),
                expect: .transcription)
            #expect(transcript.json?["text"] == "5 bytes of audio/webm")

            // Retry after the first message (later items are deleted), and after an unknown item.
            let retried = try await Self.exchange(
                app, Body.request("threads.retry_after_item", ["thread_id": thread, "item_id": .string(firstUserMessage)]),
                expect: .sse)
            #expect(Self.types(retried).first == "stream_options")
            let nothing = try await Self.exchange(
                app, Body.request("threads.retry_after_item", ["thread_id": thread, "item_id": "msg_unknown"]), expect: .sse)
            #expect(nothing.text.isEmpty)

            // threads.delete, after which the thread is gone.
            try await Self.exchange(app, Body.request("threads.delete", ["thread_id": thread]), expect: .empty)
            let gone = try await app.post(Body.request("threads.get_by_id", ["thread_id": thread]))
            #expect(gone.status == .notFound)
        }
    }

    @Test("a user message with an uploaded attachment carries it with its thread id")
    func messageWithAttachment() async throws {
        try await ChatKitTestApp.run { app in
            let (id, uploadPath, _) = try await AttachmentRouteTests.create(app, name: "cat.png", size: 3, mimeType: "image/png")
            _ = try await app.execute(uploadPath, method: .put, body: ByteBuffer(string: "png"))
            let created = try await Self.exchange(app, Body.createThread("hello", attachments: [id]), expect: .sse)
            let attachment = try #require(Self.item(created, ofType: "user_message")?["attachments"]?.arrayValue?.first)
            #expect(attachment["id"]?.stringValue == id)
            #expect(attachment["thread_id"] == created.events.first?["thread"]?["id"])
            #expect(attachment["type"] == "image")
            #expect(attachment["upload_descriptor"] == nil)
        }
    }

    @Test("the oracle rejects the bodies the server answers with 400")
    func rejectedBodiesAreInvalid() async throws {
        let oracle = try ConformanceOracle.shared()
        for body in ["{\"type\": \"threads.list\", ", "{\"type\":\"threads.explode\",\"params\":{}}", "{\"type\":\"threads.list\"}"] {
            let verdict = try await oracle.check(.request, body)
            #expect(!verdict.conforms, "the reference accepts \(body)")
        }
    }
}
