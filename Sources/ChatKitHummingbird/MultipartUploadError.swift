/// Why a direct (`multipart/form-data`) upload could not be read; the transport answers 415 for a body
/// that is not form data and 400 for the rest.
enum MultipartUploadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request's content type is not `multipart/form-data` (415).
    case notFormData(contentType: String?)
    /// The `Content-Type` has no usable `boundary` parameter.
    case missingBoundary
    /// The body does not follow the multipart syntax.
    case malformed(String)
    /// No part is named `file`.
    case missingFilePart
    /// More than one part is named `file`.
    case duplicateFilePart
    /// The `file` part has no (or an empty) `filename`.
    case missingFileName

    var description: String {
        switch self {
        case .notFormData(let contentType):
            "send the file as multipart/form-data with a 'file' field, not \(contentType.map { "'\($0)'" } ?? "a body without content type")"
        case .missingBoundary: "the multipart/form-data content type has no valid boundary parameter"
        case .malformed(let reason): "malformed multipart body: \(reason)"
        case .missingFilePart: "the form has no 'file' field"
        case .duplicateFilePart: "the form has more than one 'file' field"
        case .missingFileName: "the 'file' field has no file name"
        }
    }
}
