import ChatKit
import Hummingbird
import NIOCore

extension ChatKitHTTPError {
    /// Maps any failure of a ChatKit route to its HTTP answer. Only failures on our side become 500,
    /// with a generic message (the details are logged, never sent).
    init(classifying error: any Error) {
        switch error {
        case let error as ChatKitHTTPError:
            self = error
        case let error as ChatKitError:
            switch error.kind {
            case .badRequest: self = .badRequest(error.message)
            case .notFound: self = .notFound(error.message)
            case .unsupported: self.init(status: .notImplemented, code: "not_supported", message: error.message)
            case .internalError: self = .internalError()
            }
        case let error as AttachmentUploadError:
            switch error {
            case .notFound: self = .notFound(error.description)
            case .tooLarge(let limit): self = .payloadTooLarge(limit: limit)
            case .unsupportedContentType:
                self.init(status: .unsupportedMediaType, code: "unsupported_content_type", message: error.description)
            case .invalidSize: self = .badRequest(error.description)
            }
        case let error as MultipartUploadError:
            switch error {
            case .notFormData:
                self.init(status: .unsupportedMediaType, code: "unsupported_upload_encoding", message: error.description)
            case .missingBoundary, .malformed, .missingFilePart, .duplicateFilePart, .missingFileName:
                self = .badRequest(error.description)
            }
        case let error as NIOTooManyBytesError:
            self = .payloadTooLarge(limit: error.maxBytes ?? 0)
        case StoreError.notFound(let kind, let id):
            self = .notFound("\(kind.rawValue) '\(id)' not found")
        case is DecodingError:
            self = .badRequest("the request body is not a valid ChatKit request")
        default:
            self = .internalError()
        }
    }
}
