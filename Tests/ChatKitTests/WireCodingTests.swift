@testable import ChatKit
import Foundation
import ChatKitWidgets
import JSONValue
import Testing

@Suite("Wire coding")
struct WireCodingTests {
    @Test("a text delta frame written directly has the bytes of the generic encoding", arguments: [
        "Hello", "", "quote \" backslash \\ slash /", "line\nbreak\ttab\r\u{08}\u{0C}\u{01}\u{1F}", "é 🎲 −110 «»", "\u{7F}\u{2028}",
    ])
    func textDeltaFastPath(delta: String) throws {
        let event = ThreadStreamEvent.itemUpdated(itemID: "msg_\"1\"", update: .contentPartTextDelta(contentIndex: 12, delta: delta))
        let direct = try CompactJSONEncoder().encode(event, prefix: Array("data: ".utf8), suffix: Array("\n\n".utf8))
        func throughContainers<Value: Encodable>(_ value: Value) throws -> [UInt8] {
            try CompactJSONEncoder().encode(value, prefix: Array("data: ".utf8), suffix: Array("\n\n".utf8))
        }
        let generic = try throughContainers(event)
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: generic, as: UTF8.self))
        let wire = try ChatKitCoding.wireEncoder().encode(event)
        #expect(try JSONValue(parsing: Data(direct.dropFirst(6).dropLast(2))) == JSONValue(parsing: wire))
    }

    @Test("timestamps are naive UTC ISO-8601 with microseconds only when non-zero")
    func encodesTimestamps() {
        #expect(ChatKitDate.string(from: Date(timeIntervalSince1970: 1_735_689_600)) == "2025-01-01T00:00:00")
        #expect(ChatKitDate.string(from: Date(timeIntervalSince1970: 1_795_698_834.886416)) == "2026-11-26T13:13:54.886416")
        #expect(ChatKitDate.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59")
    }

    @Test("timestamps decode from naive (as UTC), Z, offsets, a space separator and epoch numbers", arguments: [
        ("2025-01-01T00:00:00", 1_735_689_600.0),
        ("2025-01-01T00:00:00Z", 1_735_689_600.0),
        ("2025-01-01T02:00:00+02:00", 1_735_689_600.0),
        ("2024-12-31T19:00:00.500-05:00", 1_735_689_600.5),
        ("2025-01-01 00:00:00", 1_735_689_600.0),
        ("2025-01-01", 1_735_689_600.0),
    ])
    func decodesTimestamps(text: String, epoch: Double) throws {
        let date = try #require(ChatKitDate.date(from: text))
        #expect(abs(date.timeIntervalSince1970 - epoch) < 0.000_001)
    }

    @Test("a timestamp from ChatKitDate.now() equals its own round trip")
    func nowRoundTrips() throws {
        for _ in 0..<100 {
            let now = ChatKitDate.now()
            #expect(ChatKitDate.date(from: ChatKitDate.string(from: now)) == now)
        }
    }

    @Test("malformed timestamps are rejected", arguments: ["", "2025-13-01T00:00:00", "yesterday", "2025-01-01T00:00:00+"])
    func rejectsTimestamps(text: String) {
        #expect(ChatKitDate.date(from: text) == nil)
    }

    @Test("epoch numbers decode as seconds, or milliseconds above 2e10")
    func decodesEpochNumbers() throws {
        let seconds = try ChatKitCoding.decoder().decode(ThreadMetadata.self, from: Data(#"{"id":"t","created_at":1735689600}"#.utf8))
        let millis = try ChatKitCoding.decoder().decode(ThreadMetadata.self, from: Data(#"{"id":"t","created_at":1735689600000}"#.utf8))
        #expect(seconds.createdAt == Date(timeIntervalSince1970: 1_735_689_600))
        #expect(millis.createdAt == Date(timeIntervalSince1970: 1_735_689_600))
    }

    /// Frames recorded from the reference server (chatkit-protocol.md §12): decoding and re-encoding must give
    /// the same JSON (nulls omitted, defaults present, same keys).
    @Test("reference frames round-trip to identical JSON", arguments: [
        #"{"type":"thread.created","thread":{"id":"thr_27e48512","created_at":"2026-11-26T13:13:54.886416","status":{"type":"active"},"metadata":{},"items":{"data":[],"has_more":false}}}"#,
        #"{"type":"thread.item.done","item":{"id":"msg_78255587","thread_id":"thr_27e48512","created_at":"2026-11-26T13:13:54.904652","type":"user_message","content":[{"type":"input_text","text":"Again, streamed"}],"attachments":[],"quoted_text":"Hello, world!","inference_options":{"tool_choice":{"id":"search"},"model":"gpt-4.1-mini"}}}"#,
        #"{"type":"stream_options","stream_options":{"allow_cancel":true}}"#,
        #"{"type":"thread.item.updated","item_id":"msg_bb22f365","update":{"type":"assistant_message.content_part.added","content_index":0,"content":{"annotations":[],"text":"","type":"output_text"}}}"#,
        #"{"type":"thread.item.updated","item_id":"msg_bb22f365","update":{"type":"assistant_message.content_part.text_delta","content_index":0,"delta":"Hel"}}"#,
        #"{"type":"thread.updated","thread":{"title":"Greeting","id":"thr_27e48512","created_at":"2026-11-26T13:13:54.886416","status":{"type":"active"},"metadata":{},"items":{"data":[],"has_more":false}}}"#,
        #"{"type":"progress_update","icon":"search","text":"Looking up the forecast…"}"#,
        #"{"type":"thread.item.updated","item_id":"msg_5382882d","update":{"type":"widget.streaming_text.value_delta","component_id":"forecast","delta":"Sunny","done":false}}"#,
        #"{"type":"client_effect","name":"highlight","data":{"index":3}}"#,
        #"{"type":"notice","level":"info","message":"Data from **example.com**"}"#,
        #"{"type":"thread.item.done","item":{"id":"wf_3e59d7c9","thread_id":"thr_6d4b74a0","created_at":"2026-11-26T13:15:19.801261","type":"workflow","workflow":{"type":"reasoning","tasks":[{"status_indicator":"none","type":"thought","content":"Thinking about it"},{"status_indicator":"none","type":"thought","content":"Second thought"}],"summary":{"duration":0},"expanded":false}}}"#,
        #"{"type":"thread.item.updated","item_id":"msg_resp_2","update":{"type":"assistant_message.content_part.annotation_added","content_index":0,"annotation_index":0,"annotation":{"type":"annotation","source":{"title":"Example","type":"url","url":"https://example.com"},"index":15}}}"#,
        #"{"type":"thread.item.done","item":{"id":"tc_82679ae2","thread_id":"thr_4311f7de","created_at":"2026-11-26T13:14:11.201638","type":"client_tool_call","status":"pending","call_id":"call_abc","name":"get_selection","arguments":{"project":"p1"}}}"#,
        #"{"type":"error","code":"stream.error","allow_retry":true}"#,
        #"{"type":"error","code":"custom","message":"You are out of credits.","allow_retry":false}"#,
        #"{"type":"thread.item.added","item":{"id":"wf_1","thread_id":"thr_16008785","created_at":"2026-11-26T13:14:29.901920","type":"workflow","workflow":{"type":"custom","tasks":[],"expanded":false}}}"#,
        #"{"type":"thread.item.updated","item_id":"wf_1","update":{"type":"workflow.task.added","task_index":0,"task":{"status_indicator":"none","type":"custom","title":"Step 1"}}}"#,
        #"{"type":"thread.item.done","item":{"id":"si_1","thread_id":"thr_752fb948","created_at":"2026-11-26T13:16:00.894066","type":"structured_input","status":"pending","inputs":[{"id":"priority","question":"Priority?","type":"multiple_choice","options":[{"value":"Low"},{"value":"High"}],"multiple":false},{"id":"notes","question":"Notes?","type":"freeform","description":"Optional"}]}}"#,
        #"{"type":"thread.item.done","item":{"id":"msg_e1bcb56d","thread_id":"thr_752fb948","created_at":"2026-11-26T13:16:00.887940","type":"user_message","content":[{"type":"input_text","text":"ask"},{"type":"input_tag","id":"doc_1","text":"Q3 plan","data":{"kind":"doc"},"interactive":true}],"attachments":[{"id":"atc_img1","name":"cat.jpg","mime_type":"image/jpeg","thread_id":"thr_752fb948","type":"image","preview_url":"https://cdn.example.com/cat.jpg"}],"inference_options":{}}}"#,
        #"{"type":"thread.item.replaced","item":{"id":"si_1","thread_id":"thr_752fb948","created_at":"2026-11-26T13:16:00.894066","type":"structured_input","status":"answered","inputs":[{"id":"priority","question":"Priority?","answer":{"values":["High"],"skipped":false},"type":"multiple_choice","options":[{"value":"Low"},{"value":"High"}],"multiple":false},{"id":"notes","question":"Notes?","answer":{"values":[],"skipped":true},"type":"freeform","description":"Optional"}]}}"#,
        #"{"type":"thread.item.done","item":{"id":"tsk_1","thread_id":"thr_752fb948","created_at":"2026-11-26T13:16:00.902878","type":"task","task":{"status_indicator":"complete","type":"custom","title":"Saved answers","icon":"check"}}}"#,
        #"{"type":"thread.item.done","item":{"id":"eot_1","thread_id":"thr_752fb948","created_at":"2026-11-26T13:16:00.904445","type":"end_of_turn"}}"#,
        #"{"type":"thread.item.done","item":{"id":"msg_5382882d","thread_id":"thr_4311f7de","created_at":"2026-11-26T13:14:11.165957","type":"widget","widget":{"type":"Card","children":[{"type":"Title","value":"Weather"},{"id":"forecast","type":"Text","value":"Sunny, 24°C","streaming":true},{"type":"Button","label":"Refresh","onClickAction":{"type":"refresh","payload":{"city":"Paris"},"handler":"server","loadingBehavior":"auto","streaming":true}}]},"copy_text":"Sunny, 24°C"}}"#,
    ])
    func roundTripsReferenceFrames(frame: String) throws {
        let event = try ChatKitCoding.decoder().decode(ThreadStreamEvent.self, from: Data(frame.utf8))
        let encoded = try ChatKitCoding.wireEncoder().encode(event)
        #expect(try JSONValue(parsing: encoded) == JSONValue(parsing: Data(frame.utf8)))
        // The stream's fast writer produces the same JSON as JSONEncoder.
        let streamed = try CompactJSONEncoder().encode(event)
        #expect(try JSONValue(parsing: Data(streamed)) == JSONValue(parsing: Data(frame.utf8)))
    }

    @Test("reference JSON bodies round-trip: a page of items and an attachment with its upload descriptor")
    func roundTripsReferenceBodies() throws {
        let page = #"{"data":[{"id":"msg_bb22f365","thread_id":"thr_27e48512","created_at":"2026-11-26T13:13:54.904791","type":"assistant_message","content":[{"annotations":[],"text":"Hello!","type":"output_text"}]}],"has_more":true,"after":"msg_78255587"}"#
        let attachment = #"{"id":"atc_5be37f19","name":"a.txt","mime_type":"text/plain","upload_descriptor":{"url":"https://uploads.example.com/atc_5be37f19","method":"PUT","headers":{"x-amz-acl":"private"}},"type":"file"}"#
        let encoder = ChatKitCoding.wireEncoder()
        let decodedPage = try ChatKitCoding.decoder().decode(Page<ThreadItem>.self, from: Data(page.utf8))
        #expect(try JSONValue(parsing: encoder.encode(decodedPage)) == JSONValue(parsing: Data(page.utf8)))
        let decodedAttachment = try ChatKitCoding.decoder().decode(Attachment.self, from: Data(attachment.utf8))
        #expect(try JSONValue(parsing: encoder.encode(decodedAttachment)) == JSONValue(parsing: Data(attachment.utf8)))
    }

    @Test("the stream writer escapes strings like JSONEncoder and writes integral doubles as integers")
    func compactWriterEscaping() throws {
        let event = ThreadStreamEvent.clientEffect(name: "q\"\\/\n\t\u{1}é😀", data: ["d": 0.5, "i": 2.0, "n": nil, "a": [1, "x"]])
        let streamed = try JSONValue(parsing: Data(CompactJSONEncoder().encode(event)))
        let reference = try JSONValue(parsing: ChatKitCoding.wireEncoder().encode(event))
        #expect(streamed == reference)
        #expect(try String(decoding: CompactJSONEncoder().encode(ThreadStreamEvent.itemRemoved(itemID: "a/b")), as: UTF8.self)
            == #"{"type":"thread.item.removed","item_id":"a/b"}"#)
    }

    @Test("server-only metadata is dropped on the wire and kept by the storage encoding")
    func storageEncodingKeepsMetadata() throws {
        let attachment = Attachment(id: "atc_1", name: "a", mimeType: "text/plain", metadata: ["source": "test"])
        let thread = ThreadMetadata(id: "thr_1", createdAt: Date(timeIntervalSince1970: 0), metadata: ["k": "v"])
        let wire = ChatKitCoding.wireEncoder(), storage = ChatKitCoding.storageEncoder()
        #expect(try JSONValue(parsing: wire.encode(attachment))["metadata"] == nil)
        #expect(try JSONValue(parsing: wire.encode(thread))["metadata"] == [:])
        let storedAttachment = try ChatKitCoding.decoder().decode(Attachment.self, from: storage.encode(attachment))
        let storedThread = try ChatKitCoding.decoder().decode(ThreadMetadata.self, from: storage.encode(thread))
        #expect(storedAttachment == attachment)
        #expect(storedThread == thread)
        #expect(try JSONValue(parsing: ChatKitCoding.storageBytes(attachment)) == JSONValue(parsing: storage.encode(attachment)))
        #expect(try JSONValue(parsing: ChatKitCoding.storageBytes(thread)) == JSONValue(parsing: storage.encode(thread)))
    }

    @Test("a widget item encodes its current widget: copies share the remembered bytes until the widget changes")
    func widgetEncodingFollowsChanges() throws {
        let encoder = CompactJSONEncoder()
        func widgetText(_ item: WidgetItem) throws -> JSONValue? {
            try JSONValue(parsing: encoder.encode(ThreadItem.widget(item)))["widget"]?["children"]?.arrayValue?.first?["value"]
        }
        var item = WidgetItem(id: "msg_1", threadID: "thr_1", createdAt: Date(timeIntervalSince1970: 0), widget: .card(Card { Text(value: "before") }))
        let copy = item
        #expect(try widgetText(item) == "before")
        #expect(try widgetText(copy) == "before")
        item.widget = .card(Card { Text(value: "after") })
        #expect(try widgetText(item) == "after")
        #expect(try widgetText(copy) == "before", "the unchanged copy keeps its own widget")
        #expect(try JSONValue(parsing: ChatKitCoding.storageBytes(ThreadItem.widget(item))) == JSONValue(parsing: ChatKitCoding.storageEncoder().encode(ThreadItem.widget(item))))
        #expect(item != copy)
    }

    @Test("error events only accept the stream.error and custom codes")
    func errorCodes() {
        #expect(throws: DecodingError.self) {
            try ChatKitCoding.decoder().decode(ThreadStreamEvent.self, from: Data(#"{"type":"error","code":"rate_limited"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try ChatKitCoding.decoder().decode(ThreadStreamEvent.self, from: Data(#"{"type":"progress_update","icon":"upload","text":"x"}"#.utf8))
        }
    }

    @Test("every request type decodes, with the reference defaults")
    func decodesAllRequests() throws {
        let bodies = [
            #"{"type":"threads.create","params":{"input":{"content":[{"type":"input_text","text":"Hi"}],"attachments":[],"inference_options":{}}}}"#,
            #"{"type":"threads.add_user_message","params":{"thread_id":"t","input":{"content":[],"attachments":["a"],"inference_options":{}}}}"#,
            #"{"type":"threads.add_client_tool_output","params":{"thread_id":"t","result":null}}"#,
            #"{"type":"threads.add_structured_input","params":{"thread_id":"t","item_id":"i","input":{}}}"#,
            #"{"type":"threads.retry_after_item","params":{"thread_id":"t","item_id":"i"}}"#,
            #"{"type":"threads.custom_action","params":{"thread_id":"t","action":{"type":"a"}}}"#,
            #"{"type":"threads.sync_custom_action","params":{"thread_id":"t","item_id":"i","action":{"type":"a","payload":{"x":1}}}}"#,
            #"{"type":"threads.get_by_id","params":{"thread_id":"t"}}"#,
            #"{"type":"threads.list","params":{}}"#,
            #"{"type":"threads.update","params":{"thread_id":"t","title":"x"}}"#,
            #"{"type":"threads.delete","params":{"thread_id":"t"}}"#,
            #"{"type":"items.list","params":{"thread_id":"t","limit":null}}"#,
            #"{"type":"items.feedback","params":{"thread_id":"t","item_ids":["i"],"kind":"positive"}}"#,
            #"{"type":"attachments.create","params":{"name":"a","size":1,"mime_type":"text/plain"}}"#,
            #"{"type":"attachments.delete","params":{"attachment_id":"a"}}"#,
            #"{"type":"input.transcribe","params":{"audio_base64":"aGVsbG8=","mime_type":"audio/webm"},"metadata":{"k":1}}"#,
        ]
        let requests = try bodies.map { try ChatKitCoding.decoder().decode(ChatKitRequest.self, from: Data($0.utf8)) }
        #expect(requests.map(\.kind) == ChatKitRequest.Kind.allCases)
        #expect(requests.filter(\.kind.isStreaming).count == 6)
        #expect(requests[8].operation == .threadsList(ThreadListParams(limit: nil, order: .desc, after: nil)))
        #expect(requests[3].operation == .threadsAddStructuredInput(ThreadAddStructuredInputParams(
            threadID: "t", itemID: "i", input: StructuredInputSubmission(status: .answered, answers: [:]))))
        #expect(requests[15].metadata == ["k": 1])
        #expect(throws: DecodingError.self) {
            try ChatKitCoding.decoder().decode(ChatKitRequest.self, from: Data(#"{"type":"threads.add_client_tool_output","params":{"thread_id":"t"}}"#.utf8))
        }
    }
}
