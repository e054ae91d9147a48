/// A request the server refuses, with the HTTP status the transport should answer with.
///
/// Messages are written for API callers and never contain internals (store errors, stack traces);
/// unexpected failures become ``Kind/internalError`` with a generic message and are logged instead.
public struct ChatKitError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The body is malformed or asks for something the thread's state does not allow (400).
        case badRequest
        /// A thread, item or attachment does not exist for this user (404).
        case notFound
        /// The deployment does not offer this feature, e.g. no attachment store or no transcription (501).
        case unsupported
        /// Something failed on our side (500).
        case internalError
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public static func badRequest(_ message: String) -> ChatKitError { ChatKitError(.badRequest, message) }
    public static func notFound(_ message: String) -> ChatKitError { ChatKitError(.notFound, message) }
    public static func unsupported(_ message: String) -> ChatKitError { ChatKitError(.unsupported, message) }
    public static let internalError = ChatKitError(.internalError, "The server failed to process the request.")

    /// The HTTP status code for this error.
    public var httpStatus: Int {
        switch kind {
        case .badRequest: 400
        case .notFound: 404
        case .unsupported: 501
        case .internalError: 500
        }
    }

    public var description: String { message }
}
