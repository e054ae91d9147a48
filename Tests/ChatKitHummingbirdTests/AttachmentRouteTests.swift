import ChatKitHummingbird
import Foundation
import HTTPTypes
import HummingbirdTesting
import JSONValue
import NIOCore
import Testing

@Suite("Attachment upload and download routes")
struct AttachmentRouteTests {
    /// Creates an attachment with `attachments.create` and returns its id and upload path.
    static func create(
        _ app: ChatKitTestApp, name: String = "notes.txt", size: Int = 11, mimeType: String = "text/plain",
        user: String? = nil
    ) async throws -> (id: String, uploadPath: String, method: String) {
        let response = try await app.post(
            Body.request("attachments.create", ["name": .string(name), "size": .int(size), "mime_type": .string(mimeType)]),
            user: user)
        #expect(response.status == .ok)
        let id = try #require(response.json?["id"]?.stringValue)
        let descriptor = try #require(response.json?["upload_descriptor"])
        let url = try #require(descriptor["url"]?.stringValue.flatMap(URL.init(string:)))
        return (id, url.path, try #require(descriptor["method"]?.stringValue))
    }

    @Test("two-phase upload: create, PUT the bytes, read them back")
    func uploadAndDownload() async throws {
        try await ChatKitTestApp.run { app in
            let (id, uploadPath, method) = try await Self.create(app)
            #expect(id.hasPrefix("atc_"))
            #expect(uploadPath == "/chatkit/attachments/\(id)/upload")
            #expect(method == "PUT")
            let upload = try await app.execute(uploadPath, method: .put, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "hello world"))
            #expect(upload.status == .ok)
            #expect(upload.json?["id"]?.stringValue == id)
            #expect(upload.json?["upload_descriptor"] == nil)

            let download = try await app.execute("/chatkit/attachments/\(id)", method: .get)
            #expect(download.status == .ok)
            #expect(download.text == "hello world")
            #expect(download.headers[.contentType] == "text/plain")
        }
    }

    @Test("another user can neither upload nor read an attachment")
    func ownerOnly() async throws {
        try await ChatKitTestApp.run { app in
            let (id, uploadPath, _) = try await Self.create(app, user: "alice")
            let foreignUpload = try await app.execute(uploadPath, method: .put, headers: [ChatKitTestApp.userHeader: "bob"], body: ByteBuffer(string: "x"))
            #expect(foreignUpload.status == .notFound)
            let upload = try await app.execute(uploadPath, method: .put, headers: [ChatKitTestApp.userHeader: "alice"], body: ByteBuffer(string: "secret"))
            #expect(upload.status == .ok)
            let foreignRead = try await app.execute("/chatkit/attachments/\(id)", method: .get, headers: [ChatKitTestApp.userHeader: "bob"])
            #expect(foreignRead.status == .notFound)
            #expect(foreignRead.text.contains("secret") == false)
            let ownRead = try await app.execute("/chatkit/attachments/\(id)", method: .get, headers: [ChatKitTestApp.userHeader: "alice"])
            #expect(ownRead.text == "secret")
        }
    }

    @Test("unknown, malformed and not-yet-uploaded attachments are 404")
    func missing() async throws {
        try await ChatKitTestApp.run { app in
            for path in ["/chatkit/attachments/atc_0123456789abcdef", "/chatkit/attachments/..%2F..%2Fetc%2Fpasswd"] {
                let response = try await app.execute(path, method: .get)
                #expect(response.status == .notFound)
            }
            let (id, _, _) = try await Self.create(app)
            let early = try await app.execute("/chatkit/attachments/\(id)", method: .get)
            #expect(early.status == .notFound)
        }
    }

    @Test("uploads over the size limit are 413 and disallowed types are refused at create")
    func limits() async throws {
        try await ChatKitTestApp.run(.init(maxAttachmentBytes: 16)) { app in
            let (_, uploadPath, _) = try await Self.create(app, size: 10)
            let upload = try await app.execute(uploadPath, method: .put, body: ByteBuffer(string: String(repeating: "x", count: 64)))
            #expect(upload.status == .contentTooLarge)

            let tooLarge = try await app.post(
                Body.request("attachments.create", ["name": "big.txt", "size": 1000, "mime_type": "text/plain"]))
            #expect(tooLarge.status == .badRequest)
            let badType = try await app.post(
                Body.request("attachments.create", ["name": "run.sh", "size": 10, "mime_type": "application/x-sh"]))
            #expect(badType.status == .badRequest)
        }
    }

    @Test("attachments.delete removes the bytes")
    func delete() async throws {
        try await ChatKitTestApp.run { app in
            let (id, uploadPath, _) = try await Self.create(app)
            _ = try await app.execute(uploadPath, method: .put, body: ByteBuffer(string: "hello world"))
            let deleted = try await app.post(Body.request("attachments.delete", ["attachment_id": .string(id)]))
            #expect(deleted.status == .ok)
            #expect(deleted.text == "{}")
            let read = try await app.execute("/chatkit/attachments/\(id)", method: .get)
            #expect(read.status == .notFound)
        }
    }
}
