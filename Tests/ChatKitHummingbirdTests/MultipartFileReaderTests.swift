import Hummingbird
import NIOCore
import Testing

@testable import ChatKitHummingbird

@Suite("Multipart file reader")
struct MultipartFileReaderTests {
    /// A request body delivered in chunks of `size` bytes, as a slow network would.
    static func chunked(_ bytes: [UInt8], size: Int) -> RequestBody {
        let chunks = stride(from: 0, to: bytes.count, by: size).map { ByteBuffer(bytes: bytes[$0..<min($0 + size, bytes.count)]) }
        return RequestBody(asyncSequence: chunks.async)
    }

    static func reader(_ body: MultipartBody, maxFileBytes: Int = 1024) throws -> MultipartFileReader {
        try MultipartFileReader(contentType: body.contentType, maxFileBytes: maxFileBytes, checkContentType: { _ in })
    }

    @Test("the file survives any chunking, boundary look-alikes included")
    func chunking() async throws {
        let form = MultipartBody(parts: [
            .field("note", "x"),
            .file(fileName: "slip.png", contentType: "image/png", bytes: DirectUploadTests.imageBytes),
        ])
        for size in [1, 2, 3, 7, 64, form.bytes.count] {
            let file = try await Self.reader(form).read(Self.chunked(form.bytes, size: size))
            #expect(file.fileName == "slip.png")
            #expect(file.contentType == "image/png")
            #expect(Array(file.bytes.readableBytesView) == DirectUploadTests.imageBytes, "chunk size \(size)")
        }
    }

    @Test("the size limit holds while reading, before the body ends")
    func limitWhileReading() async throws {
        let form = MultipartBody(parts: [.file(fileName: "a.txt", contentType: "text/plain", bytes: Array(repeating: 1, count: 40))])
        await #expect(throws: AttachmentUploadError.tooLarge(limit: 32)) {
            _ = try await Self.reader(form, maxFileBytes: 32).read(Self.chunked(form.bytes, size: 5))
        }
    }

    @Test("the content type is checked once, from the file part's headers")
    func contentTypeCheck() async throws {
        let form = MultipartBody(parts: [.file(fileName: "a.sh", contentType: "application/x-sh", bytes: [1, 2])])
        let reader = try MultipartFileReader(contentType: form.contentType, maxFileBytes: 32) { type in
            throw AttachmentUploadError.unsupportedContentType(type)
        }
        await #expect(throws: AttachmentUploadError.unsupportedContentType("application/x-sh")) {
            _ = try await reader.read(Self.chunked(form.bytes, size: 4))
        }
    }

    @Test("boundaries and file names are read from quoted and RFC 5987 parameters")
    func headerParameters() {
        let contentType = HeaderParameters("Multipart/Form-Data; charset=utf-8; boundary=\"a;b c\"")
        #expect(contentType.value == "multipart/form-data")
        #expect(contentType.parameters["boundary"] == "a;b c")
        let extended = HeaderParameters("form-data; name=\"file\"; filename=\"cote.txt\"; filename*=UTF-8''c%C3%B4te%20d%27or.txt")
        #expect(extended.fileName == "côte d'or.txt")
        #expect(HeaderParameters("form-data; name=file; filename=\"C:\\bets\\slip.png\"").fileName == "C:\\bets\\slip.png")
    }
}

extension Array where Element: Sendable {
    /// The elements as an async sequence.
    fileprivate var async: AsyncStream<Element> {
        AsyncStream { continuation in
            forEach { continuation.yield($0) }
            continuation.finish()
        }
    }
}
