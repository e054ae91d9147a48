import Foundation
import Logging

/// The ChatKit protocol endpoint: decodes a request body, runs it against the store and the responder,
/// and returns JSON or an event stream, following `openai-chatkit` 1.6.5 (`ChatKitServer.process`).
///
/// Deviation from the reference, so the transport can answer with a real status code: everything that
/// can be checked before the first frame is checked in ``process(_:context:)`` and thrown as a
/// ``ChatKitError`` (the reference aborts the stream mid-body instead). That covers an unknown thread,
/// item or attachment (404), `add_client_tool_output` when the last item is not a pending client tool
/// call (400), `retry_after_item` on a non-user item (400), and a structured-input item that is missing,
/// of another type or not pending (400). As a consequence `threads.create` with an unknown attachment id
/// no longer leaves an empty thread behind. `custom_action` from a non-widget item still streams the
/// single `stream.error` frame, and `retry_after_item` with an unknown id still streams nothing.
public struct ChatKitServer: Sendable {
    /// The page size used when a request gives none (or 0).
    public static let defaultPageSize = 20

    public let store: any Store
    public let attachmentStore: (any AttachmentStore)?
    public let responder: any ChatKitResponder
    let logger: Logger

    public init(
        store: any Store, attachmentStore: (any AttachmentStore)? = nil, responder: any ChatKitResponder,
        logger: Logger = Logger(label: "chatkit.server")
    ) {
        self.store = store
        self.attachmentStore = attachmentStore
        self.responder = responder
        self.logger = logger
    }

    /// Handles one request body for the caller in `context`.
    ///
    /// Throws ``ChatKitError`` for anything the caller should be told about (bad body, unknown ids,
    /// unsupported features) and for unexpected failures (``ChatKitError/internalError``, logged).
    public func process(_ body: Data, context: RequestContext) async throws -> ChatKitResult {
        do {
            let request = try RequestDecoding.decode(body)
            logger.debug("chatkit request", metadata: ["op": "\(request.kind.rawValue)"])
            return try await process(request, context: context)
        } catch {
            throw publicError(for: error)
        }
    }

    /// Handles an already-decoded request (for transports that inspect the body first).
    public func process(_ request: ChatKitRequest, context: RequestContext) async throws -> ChatKitResult {
        do {
            if request.kind.isStreaming {
                return .stream(try await prepareStream(request.operation, context: context))
            }
            return .json(try await respondJSON(request.operation, context: context))
        } catch {
            throw publicError(for: error)
        }
    }

    /// Maps any error to what a caller may see; unexpected ones are logged and hidden.
    func publicError(for error: any Error) -> any Error {
        switch error {
        case let error as ChatKitError:
            return error
        case StoreError.notFound(let kind, let id):
            return ChatKitError.notFound("\(kind.rawValue.capitalized) '\(id)' was not found.")
        case is CancellationError:
            return error
        default:
            logger.error("chatkit request failed", metadata: ["error": "\(String(reflecting: error))"])
            return ChatKitError.internalError
        }
    }
}
