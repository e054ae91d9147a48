import ChatKit
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Mounts a ChatKit server on a Hummingbird 2 router.
///
/// Routes (paths relative to ``Configuration/path``, default `/chatkit`):
/// - `POST <path>`: one ChatKit request. Streaming operations answer `text/event-stream`, flushing each
///   `data: <json>\n\n` frame as it is produced; the others answer `application/json`. A client that
///   disconnects mid-stream cancels the responder, so the pipeline saves partial output.
/// - `POST <path>/attachments` (e.g. `POST /chatkit/attachments`): a direct upload, the URL a ChatKit.js
///   `uploadStrategy: {type: "direct", uploadUrl: "<public base>/chatkit/attachments"}` points at. The
///   body is `multipart/form-data` with a `file` field; its file name becomes the attachment's `name`
///   and its content type is checked against the ``DiskAttachmentStore`` allow-list. The file is stored
///   for the caller and recorded in the ChatKit store; answers the attachment JSON (an `image`
///   attachment's `preview_url` is its download URL).
/// - `PUT|POST <path>/attachments/{id}/upload`: the raw bytes of a two-phase upload (with a
///   ``DiskAttachmentStore``); answers the attachment JSON.
/// - `GET <path>/attachments/{id}`: the bytes, for their owner only (everyone else gets 404).
/// - `GET <healthPath>`: version and readiness (see ``ReadinessCheck``).
///
/// Errors are `{"error":{"code":…,"message":…}}` with 400 (malformed body, unknown type, missing
/// params), 401 (identification failed), 404 (unknown thread, item or attachment), 413 (body over the
/// limit), 415 (attachment type, or a direct upload that is not form data), 501 (feature not
/// configured). Client input never yields a 500.
public struct ChatKitRoutes<Context: Hummingbird.RequestContext>: Sendable {
    /// Runs one ChatKit request body for a caller (normally `ChatKitServer.process`).
    public typealias Processor = @Sendable (Data, ChatKit.RequestContext) async throws -> ChatKitResult

    public struct Configuration: Sendable {
        /// Where the ChatKit endpoint is mounted.
        public var path: String
        /// The largest accepted ChatKit request body, in bytes.
        public var maxBodyBytes: Int
        /// Where `GET` health is served; `nil` to leave health out.
        public var healthPath: String?
        /// Reported by the health route.
        public var version: String
        /// Cancel a streaming response's work when its client disconnects. Needs a real server
        /// connection (Hummingbird's `.live` testing or production); turn it off only for the
        /// in-memory `.router` test framework, which has no connection to watch.
        public var cancelOnClientDisconnect: Bool

        public init(
            path: String = "/chatkit",
            maxBodyBytes: Int = 1024 * 1024,
            healthPath: String? = "/health",
            version: String,
            cancelOnClientDisconnect: Bool = true
        ) {
            self.path = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            self.maxBodyBytes = maxBodyBytes
            self.healthPath = healthPath
            self.version = version
            self.cancelOnClientDisconnect = cancelOnClientDisconnect
        }
    }

    public let configuration: Configuration
    let process: Processor
    let identify: RequestIdentifier
    let attachments: DiskAttachmentStore?
    let attachmentMetadata: (any Store)?
    let health: HealthRoute
    let logger: Logger

    /// - Parameters:
    ///   - process: the ChatKit server's `process`.
    ///   - identify: who is calling (default: the single local user). Throw to refuse with 401.
    ///   - attachments: serves upload and download routes for this store when given.
    ///   - attachmentMetadata: the store that records direct uploads and whose two-phase attachment
    ///     records lose their upload descriptor once the bytes arrive (normally the ChatKit server's store).
    ///   - readinessChecks: what `GET <healthPath>` reports on.
    public init(
        configuration: Configuration,
        process: @escaping Processor,
        identify: @escaping RequestIdentifier = RequestIdentification.localUser,
        attachments: DiskAttachmentStore? = nil,
        attachmentMetadata: (any Store)? = nil,
        readinessChecks: [ReadinessCheck] = [],
        logger: Logger = Logger(label: "ChatKitHummingbird")
    ) {
        self.configuration = configuration
        self.process = process
        self.identify = identify
        self.attachments = attachments
        self.attachmentMetadata = attachmentMetadata
        self.health = HealthRoute(version: configuration.version, checks: readinessChecks)
        self.logger = logger
    }

    /// Serves `server`; uploaded attachments update the server's store.
    public init(
        configuration: Configuration,
        server: ChatKitServer,
        identify: @escaping RequestIdentifier = RequestIdentification.localUser,
        attachments: DiskAttachmentStore? = nil,
        readinessChecks: [ReadinessCheck] = [],
        logger: Logger = Logger(label: "ChatKitHummingbird")
    ) {
        self.init(
            configuration: configuration, process: server.process, identify: identify, attachments: attachments,
            attachmentMetadata: server.store, readinessChecks: readinessChecks, logger: logger)
    }

    /// Adds the routes. Add ``CORSAllowListMiddleware`` to the router before calling this.
    public func register(on router: some RouterMethods<Context>) {
        let path = configuration.path
        router.post(RouterPath(path)) { request, _ in
            await respond { try await handleChatKit(request) }
        }
        if attachments != nil {
            router.post(RouterPath("\(path)/attachments")) { request, _ in
                await respond { try await handleDirectUpload(request) }
            }
            for method in [HTTPRequest.Method.put, .post] {
                router.on(RouterPath("\(path)/attachments/:id/upload"), method: method) { request, context in
                    await respond { try await handleUpload(request, attachmentID: context.parameters.get("id")) }
                }
            }
            router.get(RouterPath("\(path)/attachments/:id")) { request, context in
                await respond { try await handleDownload(request, context: context) }
            }
        }
        if let healthPath = configuration.healthPath {
            router.get(RouterPath(healthPath)) { _, _ in await health.respond() }
        }
    }

    // MARK: Handlers

    private func handleChatKit(_ request: Request) async throws -> Response {
        let caller = try await identifyCaller(request)
        try refuseDeclaredLength(of: request, over: configuration.maxBodyBytes)
        var request = request
        let body = try await request.collectBody(upTo: configuration.maxBodyBytes)
        switch try await process(Data(body.readableBytesView), caller) {
        case .json(let data):
            return Response(
                status: .ok,
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: data))
            )
        case .stream(let stream):
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/event-stream", .cacheControl: "no-cache",
                    // Reverse proxies (nginx) would otherwise buffer the stream and defeat per-event flushing.
                    HTTPField.Name("X-Accel-Buffering")!: "no",
                    // Watching for the client's disconnect consumes the connection, so it closes after the
                    // stream; say so, or clients that pool connections would reuse a closed one.
                    .connection: "close",
                ],
                body: eventStreamBody(stream, request: request)
            )
        }
    }

    /// Writes each frame as it is produced. With ``Configuration/cancelOnClientDisconnect`` the stream
    /// runs under Hummingbird's inbound-close watch: when the client goes away the task running the
    /// stream is cancelled, and the pipeline's cancellation cleanup runs.
    private func eventStreamBody(_ stream: ChatKitEventStream, request: Request) -> ResponseBody {
        let cancelOnDisconnect = configuration.cancelOnClientDisconnect
        let logger = logger
        return ResponseBody { writer in
            do {
                if cancelOnDisconnect {
                    // Hummingbird's `consumeWithCancellationOnInboundClose` would run the stream in a
                    // child task beside a second one waiting for the close; this runs it right here.
                    let cancellation = CurrentTaskCancellation()
                    try await request.body.consumeWithInboundCloseHandler { _ in
                        try await cancellation.run {
                            try await stream.run { frame in try await writer.write(ByteBuffer(bytes: frame)) }
                        }
                    } onInboundClosed: {
                        cancellation.cancel()
                    }
                } else {
                    try await stream.run { frame in try await writer.write(ByteBuffer(bytes: frame)) }
                }
            } catch is CancellationError {
                return  // the client is gone; the pipeline already saved what it had
            } catch {
                // Headers are sent: the only honest signal left is to abort the body (as the reference does).
                logger.error("ChatKit stream failed mid-response", metadata: ["error": "\(error)"])
                throw error
            }
            try await writer.finish(nil)
        }
    }

    private func handleUpload(_ request: Request, attachmentID: String?) async throws -> Response {
        guard let attachments, let attachmentID else { throw ChatKitHTTPError.notFound("no such attachment") }
        let caller = try await identifyCaller(request)
        if request.headers[.contentType]?.lowercased().hasPrefix("multipart/") == true {
            throw ChatKitHTTPError(
                status: .unsupportedMediaType, code: "unsupported_upload_encoding",
                message: "send the file's raw bytes as the request body, not multipart form data")
        }
        let limit = attachments.configuration.maxBytes
        try refuseDeclaredLength(of: request, over: limit)
        var request = request
        let bytes = try await request.collectBody(upTo: limit)
        var attachment = try await attachments.storeUpload(attachmentID, bytes: bytes, context: caller)
        if let attachmentMetadata {
            if let saved = try? await attachmentMetadata.loadAttachment(attachmentID, context: caller) {
                attachment.threadID = saved.threadID
            }
            try await attachmentMetadata.saveAttachment(attachment, context: caller)
        }
        return try attachmentResponse(attachment)
    }

    /// ChatKit's direct upload strategy: one `multipart/form-data` request with a `file` field.
    private func handleDirectUpload(_ request: Request) async throws -> Response {
        guard let attachments else { throw ChatKitHTTPError.notFound("attachments are not served") }
        let caller = try await identifyCaller(request)
        let reader = try MultipartFileReader(
            contentType: request.headers[.contentType], maxFileBytes: attachments.configuration.maxBytes,
            checkContentType: attachments.checkContentType)
        try refuseDeclaredLength(of: request, over: reader.maxBodyBytes)
        let file = try await reader.read(request.body)
        let attachment = try await attachments.storeDirectUpload(
            name: file.fileName, mimeType: file.contentType, bytes: file.bytes, context: caller)
        try await attachmentMetadata?.saveAttachment(attachment, context: caller)
        return try attachmentResponse(attachment)
    }

    /// An attachment exactly as the reference sends it: no metadata (the wire encoder drops it).
    private func attachmentResponse(_ attachment: Attachment) throws -> Response {
        let json = try ChatKitCoding.wireEncoder().encode(attachment)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }

    /// Turns away a body whose declared length is over `limit` before reading any of it.
    private func refuseDeclaredLength(of request: Request, over limit: Int) throws {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw ChatKitHTTPError.payloadTooLarge(limit: limit)
        }
    }

    private func handleDownload(_ request: Request, context: Context) async throws -> Response {
        guard let attachments, let attachmentID = context.parameters.get("id") else {
            throw ChatKitHTTPError.notFound("no such attachment")
        }
        let caller = try await identifyCaller(request)
        let file = try await attachments.storedFile(attachmentID, context: caller)
        let body = try await FileIO().loadFile(path: file.path, context: context)
        return Response(
            status: .ok,
            headers: [
                .contentType: file.attachment.mimeType,
                .contentLength: String(file.size),
                .cacheControl: "private, no-store",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            ],
            body: body
        )
    }

    private func identifyCaller(_ request: Request) async throws -> ChatKit.RequestContext {
        do {
            return try await identify(request)
        } catch let error as ChatKitHTTPError {
            throw error
        } catch {
            throw ChatKitHTTPError.unauthorized("the request could not be authenticated")
        }
    }

    /// Runs a handler and turns every failure into the JSON error shape; nothing escapes as a 500 page.
    private func respond(_ handler: () async throws -> Response) async -> Response {
        do {
            return try await handler()
        } catch {
            let httpError = ChatKitHTTPError(classifying: error)
            if httpError.status == .internalServerError {
                logger.error("ChatKit request failed", metadata: ["error": "\(error)"])
            }
            return httpError.jsonResponse()
        }
    }
}
