import Foundation
import HTTPTypes
import Hummingbird
import JSONValue
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// An OpenAI-format model server on loopback that answers from a script.
///
/// Serves `POST /v1/responses` and `POST /v1/chat/completions` with the exact stream shapes of the
/// real API, so the OpenAI clients can be tested and benchmarked without the internet. Each request
/// takes the next ``FakeReply`` from the queue; when the queue is empty the server answers with
/// ``DeterministicReplies`` if configured, and with HTTP 500 otherwise. Requests are recorded.
///
/// Run it as a `Service` (``run()``), or lend it to a closure with ``withFakeModelServer(configuration:script:isolation:_:)``.
public final class FakeModelServer: Service, Sendable {
    public struct Configuration: Sendable {
        public var host: String
        /// The port to bind; 0 picks a free ephemeral port (read it back with ``port()``).
        public var port: Int
        /// How to answer when the script is empty; `nil` answers HTTP 500.
        public var deterministicReplies: DeterministicReplies?
        /// How many of the latest requests ``requests`` keeps; `nil` keeps all of them. A load test
        /// sends tens of thousands and needs only a few.
        public var recordedRequestLimit: Int?
        public var logger: Logger

        public init(
            host: String = "127.0.0.1",
            port: Int = 0,
            deterministicReplies: DeterministicReplies? = nil,
            recordedRequestLimit: Int? = nil,
            logger: Logger = Logger(label: "FakeModelServer", factory: { _ in SwiftLogNoOpLogHandler() })
        ) {
            self.host = host
            self.port = port
            self.deterministicReplies = deterministicReplies
            self.recordedRequestLimit = recordedRequestLimit
            self.logger = logger
        }
    }

    private enum Lifecycle {
        case starting(waiters: [CheckedContinuation<Int, any Error>])
        case running(port: Int)
        case stopped
    }

    private struct State {
        var script: [FakeReply]
        var requests: [RecordedRequest] = []
        /// When each of the latest streamed replies' request arrived and when its body ended.
        var served: [(received: ContinuousClock.Instant, finished: ContinuousClock.Instant)] = []
        var mint = IdentifierMint()
        var lifecycle = Lifecycle.starting(waiters: [])
    }

    public let configuration: Configuration
    private let state: Mutex<State>

    public init(configuration: Configuration = Configuration(), script: [FakeReply] = []) {
        self.configuration = configuration
        self.state = Mutex(State(script: script))
    }

    // MARK: Script and recordings

    /// Appends replies to the script; each request consumes the first one.
    public func enqueue(_ replies: FakeReply...) {
        state.withLock { $0.script += replies }
    }

    /// Replies not yet consumed.
    public var pendingReplyCount: Int {
        state.withLock { $0.script.count }
    }

    /// Every request received so far (the latest ``Configuration/recordedRequestLimit``), in arrival order.
    public var requests: [RecordedRequest] {
        let limit = configuration.recordedRequestLimit ?? .max
        return state.withLock { Array($0.requests.suffix(limit)) }
    }

    /// How long the server spent on the streamed replies whose requests arrived in `window`, from each
    /// request's arrival to the end of its body (at least the latest ``servedReplyLimit`` replies are kept).
    /// A benchmark subtracts it from a turn's time to get what the client under test spent itself.
    public func servingTime(receivedIn window: Range<ContinuousClock.Instant>) -> Duration {
        state.withLock { state in
            state.served.reduce(.zero) { total, reply in
                window.contains(reply.received) ? total + (reply.finished - reply.received) : total
            }
        }
    }

    private func didServe(receivedAt received: ContinuousClock.Instant) {
        let finished = ContinuousClock.now
        state.withLock { state in
            state.served.append((received, finished))
            if state.served.count > 2 * Self.servedReplyLimit {
                state.served.removeFirst(state.served.count - Self.servedReplyLimit)
            }
        }
    }

    /// How many of the latest streamed replies ``servingTime(receivedIn:)`` can always see.
    public static let servedReplyLimit = 4_096

    // MARK: Lifecycle

    /// The bound port, once the server is listening. Throws if the server stopped or failed to start.
    public func port() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            state.withLock { state in
                switch state.lifecycle {
                case .starting(let waiters): state.lifecycle = .starting(waiters: waiters + [continuation])
                case .running(let port): continuation.resume(returning: port)
                case .stopped: continuation.resume(throwing: FakeModelServerError.notRunning)
                }
            }
        }
    }

    /// The base URL clients should use (`http://127.0.0.1:<port>/v1`), once the server is listening.
    public func baseURL() async throws -> String {
        "http://\(configuration.host):\(try await port())/v1"
    }

    /// Runs the server until the task is cancelled or a graceful shutdown is triggered. Call it once.
    public func run() async throws {
        let router = Router(context: PeerRequestContext.self)
        router.post("v1/responses") { request, context in
            try await self.respond(to: request, endpoint: .responses, clientPort: context.peerPort)
        }
        router.post("v1/chat/completions") { request, context in
            try await self.respond(to: request, endpoint: .chatCompletions, clientPort: context.peerPort)
        }
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in self.didStart(port: channel.localAddress?.port) },
            logger: configuration.logger
        )
        do {
            try await application.run()
        } catch {
            didStop()
            throw error
        }
        didStop()
    }

    private func didStart(port: Int?) {
        state.withLock { state in
            guard case .starting(let waiters) = state.lifecycle else { return }
            guard let port else {
                state.lifecycle = .stopped
                waiters.forEach { $0.resume(throwing: FakeModelServerError.notRunning) }
                return
            }
            state.lifecycle = .running(port: port)
            waiters.forEach { $0.resume(returning: port) }
        }
    }

    private func didStop() {
        state.withLock { state in
            if case .starting(let waiters) = state.lifecycle {
                waiters.forEach { $0.resume(throwing: FakeModelServerError.notRunning) }
            }
            state.lifecycle = .stopped
        }
    }

    // MARK: Serving

    private func respond(to request: Request, endpoint: FakeEndpoint, clientPort: Int?) async throws -> Response {
        let received = ContinuousClock.now
        let bytes = try await request.body.collect(upTo: 64 << 20)
        guard let body = try? JSONValue(parsing: Data(bytes.readableBytesView)) else {
            return Self.errorResponse(status: 400, message: "FakeModelServer: the request body is not JSON.")
        }
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { "\($0), \(field.value)" } ?? field.value
        }
        let conversation = ConversationSummary(body: body, endpoint: endpoint)
        let plan = state.withLock { state -> Result<ReplyPlan, UnsupportedReply> in
            state.requests.append(RecordedRequest(endpoint: endpoint, headers: headers, body: body, clientPort: clientPort))
            if let limit = configuration.recordedRequestLimit, state.requests.count > 2 * max(1, limit) {
                state.requests.removeFirst(state.requests.count - limit)
            }
            let reply = state.script.isEmpty ? configuration.deterministicReplies?.reply(to: conversation) : state.script.removeFirst()
            guard let reply else {
                return .failure(UnsupportedReply(message: "the script is empty and no deterministic replies are configured"))
            }
            do throws(UnsupportedReply) {
                switch endpoint {
                case .responses:
                    var renderer = ResponsesStreamRenderer(model: conversation.model, instructions: conversation.instructions)
                    return .success(try renderer.plan(reply, mint: &state.mint))
                case .chatCompletions:
                    var renderer = ChatCompletionsStreamRenderer(model: conversation.model, includeUsage: conversation.includeUsage)
                    return .success(try renderer.plan(reply, mint: &state.mint))
                }
            } catch {
                return .failure(error)
            }
        }
        switch plan {
        case .failure(let unsupported):
            return Self.errorResponse(status: 500, message: "FakeModelServer: \(unsupported.message).")
        case .success(.httpError(let status, let extraHeaders, let body)):
            var fields = HTTPFields()
            fields[.contentType] = "application/json"
            for (name, value) in extraHeaders {
                guard let fieldName = HTTPField.Name(name) else { continue }
                fields[fieldName] = value
            }
            return Response(status: HTTPResponse.Status(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        case .success(.stream(let stream)):
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    try await Self.write(stream, to: &writer)
                    self.didServe(receivedAt: received)
                }
            )
        }
    }

    /// Writes the frames; paced deltas follow a fixed schedule (the k-th delta `k × delay` after the
    /// response starts), like a model generating at a steady rate, so a late wake-up delays one delta
    /// instead of every delta after it.
    private static func write(_ stream: StreamPlan, to writer: inout any ResponseBodyWriter) async throws {
        let clock = ContinuousClock()
        var nextDelta = clock.now
        for frame in stream.frames + stream.terminalFrames {
            if frame.isDelta, let delay = stream.delayPerDelta {
                nextDelta += delay
                try await Task.sleep(until: nextDelta, clock: clock)
            }
            try await writer.write(ByteBuffer(string: frame.text))
        }
        if stream.holdOpen {
            // Keep-alive comments make a write fail soon after the client leaves; cancellation ends it on shutdown.
            while true {
                try await Task.sleep(for: .milliseconds(100))
                try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
            }
        }
        if let endDelay = stream.endDelay { try await Task.sleep(for: endDelay) }
        try await writer.finish(nil)
    }

    private static func errorResponse(status: Int, message: String) -> Response {
        let body = FakeReply.openAIErrorBody(message: message, type: "fake_server_error", code: nil)
        return Response(
            status: HTTPResponse.Status(code: status),
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }
}

/// Why the fake server cannot report a port.
public enum FakeModelServerError: Error, Sendable, Hashable {
    /// The server stopped, or never managed to listen.
    case notRunning
}

/// Runs a fake model server for the duration of `body` and shuts it down afterwards.
///
/// ```swift
/// try await withFakeModelServer(script: [.text(["Hello", " there"])]) { server in
///     let baseURL = try await server.baseURL()
///     …
/// }
/// ```
public func withFakeModelServer<Result>(
    configuration: FakeModelServer.Configuration = FakeModelServer.Configuration(),
    script: [FakeReply] = [],
    isolation: isolated (any Actor)? = #isolation,
    _ body: (FakeModelServer) async throws -> Result
) async throws -> Result {
    let server = FakeModelServer(configuration: configuration, script: script)
    return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
        group.addTask { try await server.run() }
        defer { group.cancelAll() }
        _ = try await server.port()
        return try await body(server)
    }
}
