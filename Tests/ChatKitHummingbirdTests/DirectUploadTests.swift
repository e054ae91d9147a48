import ChatKitHummingbird
import Foundation
import HTTPTypes
import HummingbirdTesting
import JSONValue
import NIOCore
import TestSupport
import Testing

@Suite("Direct (multipart) attachment upload")
struct DirectUploadTests {
    /// Bytes that look like boundary and header fragments, to catch a parser that trips on them.
    static let imageBytes: [UInt8] = Array("\u{89}PNG\r\n\u{1a}\n\r\n--\r\n------ChatKit\r\n\r\n".utf8) + (0...255).map(UInt8.init)

    /// POSTs `body` to the direct upload route.
    static func upload(
        _ app: ChatKitTestApp, _ body: MultipartBody, user: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestClient.Response {
        var headers = headers
        headers[.contentType] = body.contentType
        if let user { headers[ChatKitTestApp.userHeader] = user }
        return try await app.execute("/chatkit/attachments", method: .post, headers: headers, body: body.buffer)
    }

    static func fileBody(
        fileName: String? = "notes.txt", contentType: String? = "text/plain", bytes: [UInt8] = Array("hello world".utf8)
    ) -> MultipartBody {
        MultipartBody(parts: [.file(fileName: fileName, contentType: contentType, bytes: bytes)])
    }

    @Test("a posted file becomes a file attachment, exactly the wire shape, readable by its owner only")
    func fileUpload() async throws {
        try await ChatKitTestApp.run { app in
            let body = MultipartBody(parts: [
                .field("purpose", "chat"),
                .file(fileName: "notes.txt", contentType: "text/plain", bytes: Array("hello world".utf8)),
            ])
            let response = try await Self.upload(app, body, user: "alice")
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.headers[.contentType] == "application/json")
            let id = try #require(response.json?["id"]?.stringValue)
            #expect(id.hasPrefix("atc_"))
            #expect(response.json == ["id": .string(id), "name": "notes.txt", "mime_type": "text/plain", "type": "file"])

            let own = try await app.execute("/chatkit/attachments/\(id)", method: .get, headers: [ChatKitTestApp.userHeader: "alice"])
            #expect(own.status == .ok)
            #expect(own.text == "hello world")
            #expect(own.headers[.contentType] == "text/plain")
            let foreign = try await app.execute("/chatkit/attachments/\(id)", method: .get, headers: [ChatKitTestApp.userHeader: "bob"])
            #expect(foreign.status == .notFound)
            #expect(foreign.text.contains("hello") == false)
        }
    }

    @Test("a posted image becomes an image attachment previewed from the download route, usable in threads.create")
    func imageUploadThenThread() async throws {
        try await ChatKitTestApp.run { app in
            let body = Self.fileBody(fileName: "slip.png", contentType: "image/png", bytes: Self.imageBytes)
            let response = try await Self.upload(app, body)
            #expect(response.status == .ok, "\(response.text)")
            let id = try #require(response.json?["id"]?.stringValue)
            let previewURL = "\(ChatKitTestApp.publicBaseURL)/attachments/\(id)"
            #expect(
                response.json
                    == ["id": .string(id), "name": "slip.png", "mime_type": "image/png", "type": "image", "preview_url": .string(previewURL)])

            let download = try await app.execute(try #require(URL(string: previewURL)?.path), method: .get)
            #expect(download.status == .ok)
            #expect(download.body.map { Array($0.readableBytesView) } == Self.imageBytes)

            let created = try await app.post(Body.createThread("what are the odds?", attachments: [id]))
            #expect(created.status == .ok)
            let threadID = try #require(created.events.first?["thread"]?["id"])
            let message = try #require(created.events.first { $0["item"]?["type"] == "user_message" }?["item"])
            let attachment = try #require(message["attachments"]?.arrayValue?.first)
            #expect(attachment["id"]?.stringValue == id)
            #expect(attachment["thread_id"] == threadID)
            #expect(attachment["preview_url"]?.stringValue == previewURL)
        }
    }

    @Test("upload answers and the thread that uses them conform to openai-chatkit 1.6.5", .enabled(if: ExternalService.chatKitOracle.shouldRun))
    func conformsToReference() async throws {
        let oracle = try ConformanceOracle.shared()
        try await ChatKitTestApp.run { app in
            var ids: [JSONValue] = []
            for body in [Self.fileBody(), Self.fileBody(fileName: "slip.png", contentType: "image/png", bytes: Self.imageBytes)] {
                let response = try await Self.upload(app, body)
                #expect(response.status == .ok)
                let verdict = try await oracle.check(.attachment, response.text)
                #expect(verdict.conforms, "\(verdict)")
                ids.append(try #require(response.json?["id"]))
            }
            let request = Body.createThread("hello", attachments: ids.compactMap(\.stringValue))
            #expect(try await oracle.check(.request, request.jsonString()).conforms)
            let created = try await app.post(request)
            let verdict = try await oracle.check(.sse, created.text)
            #expect(verdict.conforms, "\(verdict)")
        }
    }

    @Test("a file over the limit is 413, whether its length is declared or found while reading")
    func tooLarge() async throws {
        try await ChatKitTestApp.run(.init(maxAttachmentBytes: 16)) { app in
            let oversizedFile = try await Self.upload(app, Self.fileBody(bytes: Array(repeating: 120, count: 17)))
            #expect(oversizedFile.status == .contentTooLarge)
            #expect(oversizedFile.errorCode == "payload_too_large")

            let exactlyAtLimit = try await Self.upload(app, Self.fileBody(bytes: Array(repeating: 120, count: 16)))
            #expect(exactlyAtLimit.status == .ok)

            let hugeBody = try await Self.upload(app, Self.fileBody(bytes: Array(repeating: 120, count: 128 * 1024)))
            #expect(hugeBody.status == .contentTooLarge)
        }
    }

    @Test("a content type off the allow-list is 415, and so is a body that is not form data")
    func unsupportedTypes() async throws {
        try await ChatKitTestApp.run { app in
            let script = try await Self.upload(app, Self.fileBody(fileName: "run.sh", contentType: "application/x-sh"))
            #expect(script.status == .unsupportedMediaType)
            #expect(script.errorCode == "unsupported_content_type")
            let untyped = try await Self.upload(app, Self.fileBody(contentType: nil))
            #expect(untyped.status == .unsupportedMediaType)

            let raw = try await app.execute(
                "/chatkit/attachments", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "hello"))
            #expect(raw.status == .unsupportedMediaType)
            #expect(raw.errorCode == "unsupported_upload_encoding")
        }
    }

    @Test("a form without a file field, without a file name, or with broken multipart syntax is 400")
    func badForms() async throws {
        try await ChatKitTestApp.run { app in
            let noFile = MultipartBody(parts: [.field("purpose", "chat")])
            let nameless = Self.fileBody(fileName: nil)
            let twoFiles = MultipartBody(parts: [
                .file(fileName: "a.txt", contentType: "text/plain", bytes: [65]),
                .file(fileName: "b.txt", contentType: "text/plain", bytes: [66]),
            ])
            for body in [noFile, nameless, twoFiles] {
                let response = try await Self.upload(app, body)
                #expect(response.status == .badRequest, "\(response.text)")
                #expect(response.errorCode == "invalid_request")
            }

            let form = Self.fileBody()
            let malformed: [(contentType: String, body: [UInt8])] = [
                // Headers that break the syntax.
                (form.contentType, Array("--\(form.boundary)\r\nContent Disposition form-data\r\n\r\nx\r\n--\(form.boundary)--\r\n".utf8)),
                // No closing boundary.
                (form.contentType, Array(form.bytes.dropLast(form.boundary.count + 6))),
                // A boundary that never appears.
                ("multipart/form-data; boundary=elsewhere", form.bytes),
                // No boundary at all.
                ("multipart/form-data", form.bytes),
            ]
            for (contentType, body) in malformed {
                let response = try await app.execute(
                    "/chatkit/attachments", method: .post, headers: [.contentType: contentType], body: ByteBuffer(bytes: body))
                #expect(response.status == .badRequest, "\(contentType): \(response.text)")
            }
        }
    }

    @Test("an unauthenticated upload is 401")
    func unauthenticated() async throws {
        try await ChatKitTestApp.run { app in
            let response = try await Self.upload(app, Self.fileBody(), headers: [ChatKitTestApp.rejectHeader: "1"])
            #expect(response.status == .unauthorized)
            #expect(response.errorCode == "unauthorized")
            #expect(response.headers[.wwwAuthenticate] == "Bearer")
        }
    }
}
