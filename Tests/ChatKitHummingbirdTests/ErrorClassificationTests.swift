import ChatKit
import HTTPTypes
import NIOCore
import Testing

@testable import ChatKitHummingbird

@Suite("Error classification")
struct ErrorClassificationTests {
    @Test("server errors map to 400, 404 and 501; only failures on our side are 500")
    func statuses() {
        #expect(ChatKitHTTPError(classifying: ChatKitError.badRequest("x")).status == .badRequest)
        #expect(ChatKitHTTPError(classifying: ChatKitError.notFound("x")).status == .notFound)
        #expect(ChatKitHTTPError(classifying: ChatKitError.unsupported("x")).status == .notImplemented)
        #expect(ChatKitHTTPError(classifying: StoreError.notFound(.item, id: "msg_1")).status == .notFound)
        #expect(ChatKitHTTPError(classifying: NIOTooManyBytesError(maxBytes: 10)).status == .contentTooLarge)
        #expect(ChatKitHTTPError(classifying: AttachmentUploadError.unsupportedContentType("x/y")).status == .unsupportedMediaType)
        #expect(ChatKitHTTPError(classifying: ChatKitError.internalError).status == .internalServerError)
    }

    @Test("a 500 never carries the underlying error's text")
    func internalErrorsStayInternal() {
        struct DatabaseExploded: Error, CustomStringConvertible { var description: String { "password=hunter2" } }
        let error = ChatKitHTTPError(classifying: DatabaseExploded())
        #expect(error.status == .internalServerError)
        #expect(!String(decoding: error.body(), as: UTF8.self).contains("hunter2"))
    }
}
