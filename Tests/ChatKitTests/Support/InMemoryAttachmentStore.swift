import ChatKit
import JSONValue
import Synchronization

/// Two-phase attachment store for tests: hands out upload descriptors and remembers what it created.
final class InMemoryAttachmentStore: AttachmentStore {
    private let files = Mutex<[String: Attachment]>([:])

    var stored: [String: Attachment] { files.withLock { $0 } }

    func put(_ attachment: Attachment) { files.withLock { $0[attachment.id] = attachment } }

    func createAttachment(_ params: AttachmentCreateParams, context: RequestContext) async throws -> Attachment {
        files.withLock { files in
            let id = "atc_\(files.count + 1)"
            let descriptor = AttachmentUploadDescriptor(
                url: "https://example.com/\(id)/upload", method: .put, headers: ["X-My-Header": "my-value"])
            let kind: Attachment.Kind =
                params.mimeType.hasPrefix("image/") ? .image(previewURL: "https://example.com/\(id)/preview") : .file
            let attachment = Attachment(
                id: id, name: params.name, mimeType: params.mimeType, kind: kind, uploadDescriptor: descriptor,
                metadata: ["source": "test"])
            files[id] = attachment
            return attachment
        }
    }

    func deleteAttachment(_ attachmentID: String, context: RequestContext) async throws {
        files.withLock { _ = $0.removeValue(forKey: attachmentID) }
    }
}
