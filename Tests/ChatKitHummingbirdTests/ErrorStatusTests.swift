import ChatKitHummingbird
import HTTPTypes
import HummingbirdTesting
import JSONValue
import Testing

@Suite("HTTP error statuses")
struct ErrorStatusTests {
    @Test("malformed JSON is a 400 with a JSON error body")
    func malformedJSON() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.post("{\"type\": \"threads.list\", ")
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.errorCode == "invalid_request")
            #expect(response.json?["error"]?["message"]?.stringValue?.isEmpty == false)
        }
    }

    @Test("an unknown request type is a 400")
    func unknownType() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.post(Body.request("threads.explode", [:]))
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "invalid_request")
        }
    }

    @Test("missing params is a 400")
    func missingParams() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.post(["type": "threads.list"] as JSONValue)
            #expect(response.status == .badRequest)
        }
    }

    @Test("a body over the limit is a 413")
    func oversizedBody() async throws {
        try await ChatKitTestApp.run(.init(maxBodyBytes: 1024)) { app in
            let response = try await app.post(Body.createThread(String(repeating: "x", count: 4096)))
            #expect(response.status == .contentTooLarge)
            #expect(response.errorCode == "payload_too_large")
        }
    }

    @Test("an unknown thread is a 404, for JSON and streaming requests alike")
    func unknownThread() async throws {
        try await ChatKitTestApp.run { app in
            let json = try await app.post(Body.request("threads.get_by_id", ["thread_id": "thr_missing"]))
            #expect(json.status == .notFound)
            #expect(json.errorCode == "not_found")
            let stream = try await app.post(Body.addMessage("thr_missing", "hello"))
            #expect(stream.status == .notFound)
            #expect(stream.headers[.contentType] == "application/json")
        }
    }

    @Test("another user's thread is a 404")
    func otherUsersThread() async throws {
        try await ChatKitTestApp.run { app in
            let created = try await app.post(Body.createThread("hello"), user: "alice")
            let threadID = try #require(created.events.first?["thread"]?["id"]?.stringValue)
            let response = try await app.post(Body.request("threads.get_by_id", ["thread_id": .string(threadID)]), user: "bob")
            #expect(response.status == .notFound)
        }
    }

    @Test("a refused identification is a 401 JSON error")
    func unauthorized() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await app.post(
                Body.request("threads.list", [:]), headers: [ChatKitTestApp.rejectHeader: "1"])
            #expect(response.status == .unauthorized)
            #expect(response.errorCode == "unauthorized")
            #expect(response.headers[.wwwAuthenticate] == "Bearer")
        }
    }
}
