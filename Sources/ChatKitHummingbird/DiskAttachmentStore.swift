import ChatKit
import Foundation
import NIOCore
import NIOPosix

/// Attachment bytes in a local directory, uploaded through this server's own upload routes.
///
/// Two flows, matching ChatKit's two upload strategies (``ChatKitRoutes`` serves both routes and
/// `GET <publicBaseURL>/attachments/<id>`):
/// - Two-phase: `attachments.create` calls ``createAttachment(_:context:)``, which checks the declared
///   size and content type, records the owner and returns an attachment whose `upload_descriptor` is
///   `PUT <publicBaseURL>/attachments/<id>/upload`; the client then sends the raw file bytes there
///   (``storeUpload(_:bytes:context:)``).
/// - Direct: the client posts the file as `multipart/form-data` to `<publicBaseURL>/attachments` and
///   ``storeDirectUpload(name:mimeType:bytes:context:)`` checks and stores it in one step.
/// Only the user who created an attachment can upload or read it; everyone else gets "not found".
///
/// Layout: `<directory>/<id>.json` (owner and declared metadata) and `<directory>/<id>.bin` (the bytes,
/// present once uploaded). Ids are `atc_` + 24 hex characters, long enough not to be guessed.
/// Disk access runs on NIO's blocking-I/O thread pool, never on the cooperative pool.
public struct DiskAttachmentStore: AttachmentStore {
    public struct Configuration: Sendable {
        /// Where files are kept; created if missing.
        public var directory: URL
        /// The public URL the ChatKit endpoint is mounted at, e.g. `https://api.example.com/chatkit`.
        /// Upload and download URLs are built from it.
        public var publicBaseURL: String
        /// The largest accepted file, in bytes.
        public var maxBytes: Int
        /// Accepted MIME types (compared without parameters, case-insensitively).
        public var allowedContentTypes: Set<String>

        public init(
            directory: URL,
            publicBaseURL: String,
            maxBytes: Int = 10 * 1024 * 1024,
            allowedContentTypes: Set<String> = [
                "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain", "text/csv",
            ]
        ) {
            self.directory = directory
            self.publicBaseURL = publicBaseURL.hasSuffix("/") ? String(publicBaseURL.dropLast()) : publicBaseURL
            self.maxBytes = maxBytes
            self.allowedContentTypes = Set(allowedContentTypes.map { $0.lowercased() })
        }
    }

    /// A stored file ready to be served.
    public struct StoredFile: Sendable {
        public let attachment: Attachment
        public let path: String
        public let size: Int
    }

    public let configuration: Configuration
    private let threadPool: NIOThreadPool

    public init(configuration: Configuration, threadPool: NIOThreadPool = .singleton) throws {
        self.configuration = configuration
        self.threadPool = threadPool
        try FileManager.default.createDirectory(at: configuration.directory, withIntermediateDirectories: true)
    }

    public func generateAttachmentID(mimeType: String, context: ChatKit.RequestContext) -> String {
        let hex = UUID().uuidString.lowercased().filter { $0 != "-" }
        return "atc_" + hex.prefix(24)
    }

    public func createAttachment(
        _ params: AttachmentCreateParams, context: ChatKit.RequestContext
    ) async throws -> Attachment {
        if let refusal = refusal(mimeType: params.mimeType, size: params.size) {
            // The ChatKit server reports only its own error type, so refusals travel as a 400.
            throw ChatKitError.badRequest(refusal.description)
        }
        let id = generateAttachmentID(mimeType: params.mimeType, context: context)
        let record = Record(owner: context.userID, name: params.name, mimeType: params.mimeType, declaredSize: params.size)
        try await write(record, id: id)
        var attachment = record.attachment(id: id, previewURL: downloadURL(id))
        attachment.uploadDescriptor = AttachmentUploadDescriptor(url: uploadURL(id), method: .put)
        return attachment
    }

    /// Stores a file uploaded in one step (ChatKit's direct strategy), owned by the caller; returns the
    /// new attachment, without upload descriptor. Throws ``AttachmentUploadError`` for a refused file.
    public func storeDirectUpload(
        name: String, mimeType: String, bytes: ByteBuffer, context: ChatKit.RequestContext
    ) async throws -> Attachment {
        if let refusal = refusal(mimeType: mimeType, size: bytes.readableBytes) { throw refusal }
        let id = generateAttachmentID(mimeType: mimeType, context: context)
        let record = Record(owner: context.userID, name: name, mimeType: mimeType, declaredSize: bytes.readableBytes)
        // Bytes first: the record is what makes the attachment exist, so it never names a missing file.
        try await writeBytes(bytes, id: id)
        try await write(record, id: id)
        return record.attachment(id: id, previewURL: downloadURL(id))
    }

    /// Refuses a content type that is not on the allow-list, so uploads can be turned away before their
    /// bytes are read.
    public func checkContentType(_ mimeType: String) throws {
        if let refusal = contentTypeRefusal(mimeType) { throw refusal }
    }

    public func deleteAttachment(_ attachmentID: String, context: ChatKit.RequestContext) async throws {
        do {
            _ = try await record(attachmentID, context: context)
        } catch {
            throw ChatKitError.notFound("Attachment '\(attachmentID)' was not found.")
        }
        let paths = [bytesPath(attachmentID), recordPath(attachmentID)]
        try await threadPool.runIfActive {
            for path in paths where FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// Stores the uploaded bytes of an attachment the caller created; returns it without upload descriptor.
    public func storeUpload(
        _ attachmentID: String, bytes: ByteBuffer, context: ChatKit.RequestContext
    ) async throws -> Attachment {
        let record = try await record(attachmentID, context: context)
        if let refusal = sizeRefusal(bytes.readableBytes) { throw refusal }
        try await writeBytes(bytes, id: attachmentID)
        return record.attachment(id: attachmentID, previewURL: downloadURL(attachmentID))
    }

    /// The uploaded file of an attachment the caller owns.
    public func storedFile(_ attachmentID: String, context: ChatKit.RequestContext) async throws -> StoredFile {
        let record = try await record(attachmentID, context: context)
        let path = bytesPath(attachmentID)
        let size = try await threadPool.runIfActive { () -> Int? in
            (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        }
        guard let size else { throw AttachmentUploadError.notFound(attachmentID) }
        return StoredFile(attachment: record.attachment(id: attachmentID, previewURL: downloadURL(attachmentID)), path: path, size: size)
    }

    /// `GET` URL of an attachment's bytes (also the preview URL of images).
    public func downloadURL(_ attachmentID: String) -> String {
        "\(configuration.publicBaseURL)/attachments/\(attachmentID)"
    }

    /// Where the client uploads an attachment's bytes.
    public func uploadURL(_ attachmentID: String) -> String {
        "\(configuration.publicBaseURL)/attachments/\(attachmentID)/upload"
    }

    /// Why a file of this type and size is refused, if it is: the one place both upload flows check.
    private func refusal(mimeType: String, size: Int) -> AttachmentUploadError? {
        contentTypeRefusal(mimeType) ?? sizeRefusal(size)
    }

    private func contentTypeRefusal(_ mimeType: String) -> AttachmentUploadError? {
        configuration.allowedContentTypes.contains(Self.mediaType(mimeType)) ? nil : .unsupportedContentType(mimeType)
    }

    private func sizeRefusal(_ size: Int) -> AttachmentUploadError? {
        if size < 0 { return .invalidSize(size) }
        if size > configuration.maxBytes { return .tooLarge(limit: configuration.maxBytes) }
        return nil
    }

    // MARK: Records

    private struct Record: Codable {
        let owner: String
        let name: String
        let mimeType: String
        let declaredSize: Int

        func attachment(id: String, previewURL: String) -> Attachment {
            let isImage = DiskAttachmentStore.mediaType(mimeType).hasPrefix("image/")
            return Attachment(id: id, name: name, mimeType: mimeType, kind: isImage ? .image(previewURL: previewURL) : .file)
        }
    }

    /// The caller's record; another user's attachment is reported exactly like a missing one.
    private func record(_ attachmentID: String, context: ChatKit.RequestContext) async throws -> Record {
        guard Self.isWellFormedID(attachmentID) else { throw AttachmentUploadError.notFound(attachmentID) }
        let path = recordPath(attachmentID)
        let data = try await threadPool.runIfActive { FileManager.default.contents(atPath: path) }
        guard let data, let record = try? JSONDecoder().decode(Record.self, from: data), record.owner == context.userID
        else { throw AttachmentUploadError.notFound(attachmentID) }
        return record
    }

    private func write(_ record: Record, id: String) async throws {
        let data = try JSONEncoder().encode(record)
        let path = recordPath(id)
        try await threadPool.runIfActive { try data.write(to: URL(fileURLWithPath: path), options: .withoutOverwriting) }
    }

    private func writeBytes(_ bytes: ByteBuffer, id: String) async throws {
        let path = bytesPath(id)
        try await threadPool.runIfActive {
            try Data(bytes.readableBytesView).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    private func recordPath(_ id: String) -> String { configuration.directory.appendingPathComponent(id + ".json").path }
    private func bytesPath(_ id: String) -> String { configuration.directory.appendingPathComponent(id + ".bin").path }

    /// Ids come from URLs: only `atc_` + lowercase hex can name a file, so no path can escape the directory.
    static func isWellFormedID(_ id: String) -> Bool {
        id.hasPrefix("atc_") && id.count > 4 && id.count <= 64
            && id.dropFirst(4).allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }

    static func mediaType(_ mimeType: String) -> String {
        (mimeType.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// Why an attachment was refused; the transport maps each case to its HTTP status.
public enum AttachmentUploadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No such attachment for this user (404).
    case notFound(String)
    /// Larger than the configured limit (413).
    case tooLarge(limit: Int)
    /// A MIME type that is not on the allow-list (415).
    case unsupportedContentType(String)
    /// A negative declared size (400).
    case invalidSize(Int)

    public var description: String {
        switch self {
        case .notFound(let id): "attachment '\(id)' not found"
        case .tooLarge(let limit): "attachment is larger than \(limit) bytes"
        case .unsupportedContentType(let type): "attachments of type '\(type)' are not accepted"
        case .invalidSize(let size): "attachment size \(size) is invalid"
        }
    }
}
