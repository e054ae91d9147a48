import AsyncHTTPClient
import Foundation
import HTTPTypes
import HummingbirdTesting
import JSONValue
import Logging
import NIOCore
import ParlayTool
import ProfessorLock
import SupabaseTesting
import TestSupport
import Testing

/// The product with Supabase auth configured (HS256 secret, tiers from a seeded test database), over real HTTP:
/// only verified tokens get in, and one user's threads, items and attachments do not exist for another.
@Suite("Professor Lock end to end: authenticated access", .enabled(if: ExternalService.postgres.shouldRun))
struct AuthenticatedAccessTests {
    /// Seeded profiles (`Tests/Fixtures/Supabase/seed.sql`).
    static let userA = "00000000-0000-4000-8000-000000000002"
    static let userB = "00000000-0000-4000-8000-000000000003"

    @Test("a missing, malformed, expired, forged or wrong-audience token gets 401 with a JSON error and a Bearer challenge", .timeLimit(.minutes(2)))
    func rejectedTokens() async throws {
        try await AuthenticatedApp.run { app in
            let minter = app.minter
            let rejected: [(String, String?)] = [
                ("missing", nil),
                ("not a bearer", "Basic dXNlcjpwYXNz"),
                ("malformed", "Bearer not-a-jwt"),
                ("expired", "Bearer " + (try await minter.hs256(minter.claims(userID: Self.userA, lifetime: -3600)))),
                ("wrong signature", "Bearer " + (try await minter.hs256(
                    minter.claims(userID: Self.userA), secret: "another-projects-secret-of-at-least-32-characters"))),
                ("wrong audience", "Bearer " + (try await minter.hs256(minter.claims(userID: Self.userA, audience: "anon")))),
            ]
            let listThreads = Body.request("threads.list", ["limit": 20, "order": "desc"])
            for (label, authorization) in rejected {
                var headers: HTTPFields = [:]
                if let authorization { headers[.authorization] = authorization }
                let response = try await app.post(listThreads, headers: headers)
                #expect(response.status == .unauthorized, "\(label): \(response.status) \(response.text)")
                #expect(response.headers[.wwwAuthenticate] == "Bearer", "\(label)")
                #expect(response.headers[.contentType] == "application/json", "\(label)")
                #expect(response.json?["error"]?["message"]?.stringValue?.isEmpty == false, "\(label): \(response.text)")

                let download = try await app.execute("/chatkit/attachments/atc_anything", method: .get, headers: headers)
                #expect(download.status == .unauthorized, "\(label) download: \(download.status)")
                let upload = try await app.execute(
                    "/chatkit/attachments/atc_anything/upload", method: .put, headers: headers, body: ByteBuffer(string: "x"))
                #expect(upload.status == .unauthorized, "\(label) upload: \(upload.status)")
            }

            // A claimed identity without a token is not believed.
            let claimed = try await app.post(listThreads, headers: [HTTPField.Name("x-user-id")!: Self.userA])
            #expect(claimed.status == .unauthorized)
        }
    }

    @Test("another user's threads, items and attachments answer 404 to every request type and stay intact", .timeLimit(.minutes(3)))
    func crossUserAccess() async throws {
        try await AuthenticatedApp.run { app in
            let a = try await app.authorization(Self.userA)
            let b = try await app.authorization(Self.userB)

            // User A: a thread with a parlay card, an uploaded attachment and a created-but-not-uploaded one.
            let created = try await app.post(Body.createThread("Build a parlay: Chiefs ML -150, Bills -3 -110"), headers: a)
            #expect(created.status == .ok)
            let threadID = try #require(created.createdThreadID, "\(created.text)")
            let widget = try #require(created.doneItem(ofType: "widget"), "\(created.text)")
            let widgetID = try #require(widget["id"]?.stringValue)
            let userMessageID = try #require(created.doneItem(ofType: "user_message")?["id"]?.stringValue)
            let itemsBefore = try await app.items(threadID, headers: a)
            #expect(itemsBefore.count >= 2)
            let threadBefore = try await app.post(Body.request("threads.get_by_id", ["thread_id": .string(threadID)]), headers: a)
            #expect(threadBefore.status == .ok)

            let form = MultipartForm(fileName: "slip.txt", contentType: "text/plain", bytes: Array("A's bet slip".utf8))
            var uploadHeaders = a
            uploadHeaders[.contentType] = form.formContentType
            let uploaded = try await app.execute("/chatkit/attachments", method: .post, headers: uploadHeaders, body: ByteBuffer(bytes: form.bytes))
            #expect(uploaded.status == .ok, "\(uploaded.text)")
            let attachmentID = try #require(uploaded.json?["id"]?.stringValue)

            let pending = try await app.post(
                Body.request("attachments.create", ["name": "later.txt", "size": 5, "mime_type": "text/plain"]), headers: a)
            #expect(pending.status == .ok, "\(pending.text)")
            let pendingID = try #require(pending.json?["id"]?.stringValue)

            // User B, with a valid token and A's ids (and a header claiming to be A), finds nothing.
            var bClaimingA = b
            bClaimingA[HTTPField.Name("x-user-id")!] = Self.userA
            let thread = JSONValue.string(threadID)
            let attempts: [(String, JSONValue)] = [
                ("threads.get_by_id", Body.request("threads.get_by_id", ["thread_id": thread])),
                ("threads.update", Body.request("threads.update", ["thread_id": thread, "title": "Taken over"])),
                ("items.list", Body.request("items.list", ["thread_id": thread, "order": "asc", "limit": 100])),
                ("threads.add_user_message", Body.addMessage(threadID, "Build a parlay: Jets ML +200, Bills -3 -110")),
                ("threads.retry_after_item", Body.request("threads.retry_after_item", [
                    "thread_id": thread, "item_id": .string(userMessageID),
                ])),
                ("threads.custom_action", Body.request("threads.custom_action", [
                    "thread_id": thread, "item_id": .string(widgetID), "action": ["type": "parlay.remove_leg", "payload": ["index": 0]],
                ])),
                ("threads.sync_custom_action", Body.request("threads.sync_custom_action", [
                    "thread_id": thread, "item_id": .string(widgetID), "action": ["type": "parlay.set_stake", "payload": ["stake": "99"]],
                ])),
                ("threads.add_client_tool_output", Body.request("threads.add_client_tool_output", [
                    "thread_id": thread, "result": ["ok": true],
                ])),
                ("threads.add_structured_input", Body.request("threads.add_structured_input", [
                    "thread_id": thread, "item_id": .string(widgetID), "input": ["status": "skipped", "answers": [:]],
                ])),
                ("attachments.delete", Body.request("attachments.delete", ["attachment_id": .string(attachmentID)])),
                ("attachments.delete (pending)", Body.request("attachments.delete", ["attachment_id": .string(pendingID)])),
                ("threads.create with A's attachment", [
                    "type": "threads.create",
                    "params": ["input": [
                        "content": [["type": "input_text", "text": "What is on this slip?"]],
                        "attachments": [.string(attachmentID)], "inference_options": [:],
                    ]],
                ]),
                ("threads.delete", Body.request("threads.delete", ["thread_id": thread])),
            ]
            for (label, body) in attempts {
                let response = try await app.post(body.withMetadata(["user_id": .string(Self.userA)]), headers: bClaimingA)
                app.expectNotFound(response, label, leaking: ["Chiefs", "slip.txt"])
            }

            // Feedback is scoped by the store (A's items are checked unchanged below) but answers {}:
            // the server does not load the thread first, and a ChatKit unit test expects that for a missing thread.
            let feedback = try await app.post(
                Body.request("items.feedback", ["thread_id": thread, "item_ids": [.string(widgetID)], "kind": "negative"]), headers: b)
            app.expectNotFound(feedback, "items.feedback", leaking: ["Chiefs"])

            let routes: [(String, String, HTTPRequest.Method, HTTPFields, ByteBuffer?)] = [
                ("download", "/chatkit/attachments/\(attachmentID)", .get, bClaimingA, nil),
                ("overwrite upload", "/chatkit/attachments/\(attachmentID)/upload", .put, bClaimingA, ByteBuffer(string: "B was here")),
                ("pending upload (PUT)", "/chatkit/attachments/\(pendingID)/upload", .put, bClaimingA, ByteBuffer(string: "B was")),
                ("pending upload (POST)", "/chatkit/attachments/\(pendingID)/upload", .post, bClaimingA, ByteBuffer(string: "B was")),
                ("pending download", "/chatkit/attachments/\(pendingID)", .get, bClaimingA, nil),
            ]
            for (label, path, method, headers, body) in routes {
                var headers = headers
                if body != nil { headers[.contentType] = "text/plain" }
                let response = try await app.execute(path, method: method, headers: headers, body: body)
                app.expectNotFound(response, label, leaking: ["A's bet slip", "slip.txt"])
            }

            // B's own list does not show A's thread.
            let bList = try await app.post(Body.request("threads.list", ["limit": 100, "order": "desc"]), headers: bClaimingA)
            #expect(bList.status == .ok, "\(bList.text)")
            #expect(bList.json?["data"]?.arrayValue?.contains { $0["id"]?.stringValue == threadID } == false, "\(bList.text)")

            // A still sees everything exactly as before.
            let threadAfter = try await app.post(Body.request("threads.get_by_id", ["thread_id": thread]), headers: a)
            #expect(threadAfter.status == .ok)
            #expect(threadAfter.json?["title"] == threadBefore.json?["title"])
            #expect(try await app.items(threadID, headers: a) == itemsBefore)
            let aList = try await app.post(Body.request("threads.list", ["limit": 100, "order": "desc"]), headers: a)
            #expect(aList.json?["data"]?.arrayValue?.contains { $0["id"]?.stringValue == threadID } == true, "\(aList.text)")
            let download = try await app.execute("/chatkit/attachments/\(attachmentID)", method: .get, headers: a)
            #expect(download.status == .ok)
            #expect(download.text == "A's bet slip")
            var putHeaders = a
            putHeaders[.contentType] = "text/plain"
            let pendingUpload = try await app.execute(
                "/chatkit/attachments/\(pendingID)/upload", method: .put, headers: putHeaders, body: ByteBuffer(string: "hello"))
            #expect(pendingUpload.status == .ok, "\(pendingUpload.text)")
            #expect(try await app.execute("/chatkit/attachments/\(pendingID)", method: .get, headers: a).text == "hello")
        }
    }
}

/// `ProfessorLockApplication` with Supabase auth from its environment, the offline demo model, SQLite in memory.
private struct AuthenticatedApp: Sendable {
    let client: any TestClientProtocol
    let minter: SupabaseTokenMinter

    static func run(_ test: @escaping @Sendable (AuthenticatedApp) async throws -> Void) async throws {
        try await withSupabaseTestDatabase { database in
            let minter = SupabaseTokenMinter()
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("professor-lock-auth-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            var configuration = ServeConfiguration()
            configuration.port = 0
            configuration.storeURL = "sqlite::memory:"
            configuration.toolsPath = nil
            configuration.attachmentsDirectory = directory.path
            let logger = Logger(label: "AuthenticatedAccessTests", factory: { _ in SwiftLogNoOpLogHandler() })
            try await ProfessorLockApplication.with(
                configuration: configuration,
                environment: ["SUPABASE_JWT_SECRET": minter.secret, "SUPABASE_DB_URL": database.url],
                logger: logger, catalog: [ParlayModule.self], model: try ModelSetup.fromEnvironment([:], httpClient: .shared)
            ) { application in
                try await application.test(.live) { client in
                    try await test(AuthenticatedApp(client: client, minter: minter))
                }
            }
        }
    }

    /// `Authorization: Bearer <valid token for userID>`.
    func authorization(_ userID: String) async throws -> HTTPFields {
        [.authorization: "Bearer " + (try await minter.hs256(minter.claims(userID: userID)))]
    }

    /// One request on a fresh connection (the server closes a connection after a stream).
    func execute(_ path: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> TestClient.Response {
        let port = try #require(client.port)
        return try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
            try await connection.execute(.init(path, method: method, headers: headers, body: body))
        }
    }

    func post(_ body: JSONValue, headers: HTTPFields) async throws -> TestClient.Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return try await execute("/chatkit", method: .post, headers: headers, body: ByteBuffer(string: body.jsonString()))
    }

    func items(_ threadID: String, headers: HTTPFields) async throws -> [JSONValue] {
        let page = try await post(Body.request("items.list", ["thread_id": .string(threadID), "order": "asc", "limit": 100]), headers: headers)
        #expect(page.status == .ok, "\(page.text)")
        return page.json?["data"]?.arrayValue ?? []
    }

    /// A plain 404 with the JSON error shape, not a 403 and not a stream, that says nothing about the record.
    func expectNotFound(
        _ response: TestClient.Response, _ label: String, leaking secrets: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(response.status == .notFound, "\(label): \(response.status) \(response.text)", sourceLocation: sourceLocation)
        #expect(response.headers[.contentType] == "application/json", "\(label)", sourceLocation: sourceLocation)
        #expect(response.json?["error"]?["message"]?.stringValue?.isEmpty == false, "\(label): \(response.text)", sourceLocation: sourceLocation)
        for secret in secrets {
            #expect(!response.text.contains(secret), "\(label) leaks \(secret): \(response.text)", sourceLocation: sourceLocation)
        }
    }
}

/// A one-file `multipart/form-data` body, as a browser's `FormData` sends it.
private struct MultipartForm {
    let fileName: String
    let contentType: String
    let bytes: [UInt8]
    private let boundary = "----ProfessorLockAuthTestBoundary"

    init(fileName: String, contentType: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.contentType = contentType
        self.bytes = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(contentType)\r\n\r\n".utf8)
            + bytes + Array("\r\n--\(boundary)--\r\n".utf8)
    }

    var formContentType: String { "multipart/form-data; boundary=\(boundary)" }
}

extension JSONValue {
    /// The request with a top-level `metadata` object (which must never be taken as identity).
    fileprivate func withMetadata(_ metadata: JSONValue) -> JSONValue {
        guard case .object(var fields) = self else { return self }
        fields["metadata"] = metadata
        return .object(fields)
    }
}
