import Hummingbird
import MultipartKit
import NIOCore

/// The `file` field of a `multipart/form-data` upload.
struct UploadedFormFile: Sendable {
    let fileName: String
    /// The part's `Content-Type` (`application/octet-stream` when the part declares none).
    let contentType: String
    let bytes: ByteBuffer
}

/// Reads the `file` field of a `multipart/form-data` body as it streams in (ChatKit's direct upload).
///
/// Nothing is buffered beyond the file itself: the file's content type is checked as soon as its part
/// headers have arrived, the file's size is checked with every chunk, and the whole body may exceed the
/// file limit only by ``overheadBytes``. Other fields are skipped.
struct MultipartFileReader {
    /// Room for boundaries, part headers and small form fields besides the file.
    static let overheadBytes = 64 * 1024

    let boundary: String
    let maxFileBytes: Int
    /// Throws to refuse the file's content type (see ``DiskAttachmentStore/checkContentType(_:)``).
    let checkContentType: (String) throws -> Void

    /// The largest body worth reading.
    var maxBodyBytes: Int { maxFileBytes + Self.overheadBytes }

    /// Throws ``MultipartUploadError`` unless `contentType` is `multipart/form-data` with a boundary.
    init(contentType: String?, maxFileBytes: Int, checkContentType: @escaping (String) throws -> Void) throws {
        guard let contentType else { throw MultipartUploadError.notFormData(contentType: nil) }
        let header = HeaderParameters(contentType)
        guard header.value == "multipart/form-data" else { throw MultipartUploadError.notFormData(contentType: contentType) }
        // RFC 2046: 1 to 70 characters. The parser requires a non-empty one.
        guard let boundary = header.parameters["boundary"], (1...70).contains(boundary.utf8.count) else {
            throw MultipartUploadError.missingBoundary
        }
        self.boundary = boundary
        self.maxFileBytes = maxFileBytes
        self.checkContentType = checkContentType
    }

    /// Reads the whole body and returns its file; throws ``MultipartUploadError``, or
    /// ``AttachmentUploadError`` for a file over the limit or of a refused type.
    func read(_ body: RequestBody) async throws -> UploadedFormFile {
        let parser = MultipartParser(boundary: boundary)
        let collector = FilePartCollector(maxFileBytes: maxFileBytes, checkContentType: checkContentType)
        parser.onHeader = { name, value in collector.header(name: name, value: value) }
        parser.onBody = { chunk in collector.body(&chunk) }
        parser.onPartComplete = { collector.partComplete() }
        var received = 0
        for try await chunk in body {
            received += chunk.readableBytes
            if received > maxBodyBytes { throw AttachmentUploadError.tooLarge(limit: maxFileBytes) }
            do {
                try parser.execute(chunk)
            } catch {
                throw MultipartUploadError.malformed("invalid part headers or boundary")
            }
            if let failure = collector.failure { throw failure }
        }
        return try collector.file()
    }
}

/// Follows the parts as the parser reports them and keeps the bytes of the `file` part. The parser's
/// callbacks cannot throw, so the first failure is recorded and everything after it is ignored.
private final class FilePartCollector {
    private enum Part {
        /// The file field, being received.
        case file(fileName: String, contentType: String, bytes: ByteBuffer)
        /// Any other field, or a refused file: its bytes are dropped.
        case skipped
    }

    private let maxFileBytes: Int
    private let checkContentType: (String) throws -> Void
    /// Headers of the current part, until its first body byte or its end decides what it is.
    private var headers: [(name: String, value: String)] = []
    private var current: Part?
    private var completedFile: UploadedFormFile?
    private var sawAnyPart = false
    private(set) var failure: (any Error)?

    init(maxFileBytes: Int, checkContentType: @escaping (String) throws -> Void) {
        self.maxFileBytes = maxFileBytes
        self.checkContentType = checkContentType
    }

    func header(name: String, value: String) {
        sawAnyPart = true
        headers.append((name, value))
    }

    func body(_ chunk: inout ByteBuffer) {
        guard failure == nil else { return }
        if current == nil { current = classify() }
        guard case .file(let fileName, let contentType, var bytes) = current else { return }
        current = .skipped  // keeps `bytes` uniquely referenced while it grows
        guard bytes.readableBytes + chunk.readableBytes <= maxFileBytes else {
            failure = AttachmentUploadError.tooLarge(limit: maxFileBytes)
            return
        }
        bytes.writeBuffer(&chunk)
        current = .file(fileName: fileName, contentType: contentType, bytes: bytes)
    }

    func partComplete() {
        guard failure == nil else { return }
        if current == nil { current = classify() }
        if case .file(let fileName, let contentType, let bytes) = current {
            completedFile = UploadedFormFile(fileName: fileName, contentType: contentType, bytes: bytes)
        }
        headers = []
        current = nil
    }

    /// The file, once the whole body has been read.
    func file() throws -> UploadedFormFile {
        if let failure { throw failure }
        guard sawAnyPart else { throw MultipartUploadError.malformed("no part found; check the boundary") }
        guard headers.isEmpty, current == nil else {
            throw MultipartUploadError.malformed("the body ended before the closing boundary")
        }
        guard let completedFile else { throw MultipartUploadError.missingFilePart }
        return completedFile
    }

    /// Decides from the headers whether the current part is the file, checking it if it is.
    private func classify() -> Part {
        guard let disposition = value(of: "content-disposition").map(HeaderParameters.init) else {
            failure = MultipartUploadError.malformed("a part has no Content-Disposition header")
            return .skipped
        }
        guard disposition.parameters["name"] == "file" else { return .skipped }
        guard completedFile == nil else {
            failure = MultipartUploadError.duplicateFilePart
            return .skipped
        }
        guard let fileName = disposition.fileName, !fileName.isEmpty else {
            failure = MultipartUploadError.missingFileName
            return .skipped
        }
        let contentType = value(of: "content-type") ?? "application/octet-stream"
        do {
            try checkContentType(contentType)
        } catch {
            failure = error
            return .skipped
        }
        return .file(fileName: fileName, contentType: contentType, bytes: ByteBuffer())
    }

    private func value(of header: String) -> String? {
        headers.first { $0.name.lowercased() == header }?.value
    }
}
