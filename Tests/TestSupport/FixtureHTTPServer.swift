import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A loopback HTTP server that answers from a closure, for tests of code that fetches pages and
/// APIs (search engines, StatMuse, scraped articles) without the internet.
///
/// ```swift
/// try await withFixtureHTTPServer { request in
///     request.path == "/article" ? .html(page) : .status(404)
/// } _: { server in
///     let url = server.url("/article")
/// }
/// ```
public final class FixtureHTTPServer: Sendable {
    /// What the handler sees of a request.
    public struct Request: Sendable {
        public var method: String
        /// The path without the query (`/html/`).
        public var path: String
        /// The decoded query items.
        public var query: [String: String]
        public var headers: [String: String]
    }

    /// What the server sends back.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        /// Chunks written in order, each after `chunkDelay`.
        public var chunks: [[UInt8]]
        public var chunkDelay: Duration
        /// Wait before the response head is sent.
        public var delay: Duration

        public init(status: Int = 200, headers: [String: String] = [:], chunks: [[UInt8]] = [], chunkDelay: Duration = .zero, delay: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.chunks = chunks
            self.chunkDelay = chunkDelay
            self.delay = delay
        }

        public init(status: Int = 200, headers: [String: String] = [:], body: [UInt8], delay: Duration = .zero) {
            self.init(status: status, headers: headers, chunks: [body], delay: delay)
        }

        /// An HTML page; `contentType` defaults to UTF-8 HTML.
        public static func html(_ text: String, status: Int = 200, contentType: String = "text/html; charset=utf-8") -> Response {
            Response(status: status, headers: ["Content-Type": contentType], body: Array(text.utf8))
        }

        public static func json(_ text: String, status: Int = 200) -> Response {
            Response(status: status, headers: ["Content-Type": "application/json"], body: Array(text.utf8))
        }

        public static func status(_ status: Int, headers: [String: String] = [:]) -> Response {
            Response(status: status, headers: headers, body: Array("HTTP \(status)".utf8))
        }

        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: ["Location": location], body: [])
        }
    }

    public typealias Handler = @Sendable (Request) async -> Response

    private enum Lifecycle {
        case starting([CheckedContinuation<Int, any Error>])
        case running(Int)
        case stopped
    }

    private let handler: Handler
    private let lifecycle = Mutex(Lifecycle.starting([]))
    private let recorded = Mutex<[Request]>([])

    public init(handler: @escaping Handler) {
        self.handler = handler
    }

    /// Every request received, in arrival order.
    public var requests: [Request] { recorded.withLock { $0 } }

    /// The bound port, once listening.
    public func port() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            lifecycle.withLock { state in
                switch state {
                case .starting(let waiters): state = .starting(waiters + [continuation])
                case .running(let port): continuation.resume(returning: port)
                case .stopped: continuation.resume(throwing: FixtureServerStopped())
                }
            }
        }
    }

    /// `http://127.0.0.1:<port><path>` (call after ``port()`` resolved, e.g. inside the body).
    public func url(_ path: String = "") -> String {
        let port: Int = lifecycle.withLock { if case .running(let port) = $0 { port } else { 0 } }
        return "http://127.0.0.1:\(port)\(path)"
    }

    /// `http://127.0.0.1:<port>` without a trailing slash.
    public var baseURL: String { url() }

    /// Serves until cancelled.
    public func run() async throws {
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await self.respond(to: request)
        }
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in self.started(channel.localAddress?.port) },
            logger: Logger(label: "FixtureHTTPServer", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        defer { stopped() }
        try await application.run()
    }

    private func respond(to request: Hummingbird.Request) async throws -> Hummingbird.Response {
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName] = field.value }
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { query[String(name)] = String(value) }
        let fixtureRequest = Request(method: request.method.rawValue, path: request.uri.path, query: query, headers: headers)
        recorded.withLock { $0.append(fixtureRequest) }

        let response = await handler(fixtureRequest)
        if response.delay > .zero { try await Task.sleep(for: response.delay) }
        var fields = HTTPFields()
        for (name, value) in response.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        let chunks = response.chunks
        let delay = response.chunkDelay
        let body = ResponseBody { writer in
            for chunk in chunks {
                if delay > .zero { try await Task.sleep(for: delay) }
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
        return Hummingbird.Response(status: HTTPResponse.Status(code: response.status), headers: fields, body: body)
    }

    private func started(_ port: Int?) {
        lifecycle.withLock { state in
            guard case .starting(let waiters) = state else { return }
            guard let port else {
                state = .stopped
                waiters.forEach { $0.resume(throwing: FixtureServerStopped()) }
                return
            }
            state = .running(port)
            waiters.forEach { $0.resume(returning: port) }
        }
    }

    private func stopped() {
        lifecycle.withLock { state in
            if case .starting(let waiters) = state { waiters.forEach { $0.resume(throwing: FixtureServerStopped()) } }
            state = .stopped
        }
    }
}

/// The fixture server is not running.
public struct FixtureServerStopped: Error {}

/// Runs a fixture server for the duration of `body`.
public func withFixtureHTTPServer<Result>(
    isolation: isolated (any Actor)? = #isolation,
    _ handler: @escaping FixtureHTTPServer.Handler,
    _ body: (FixtureHTTPServer) async throws -> Result
) async throws -> Result {
    let server = FixtureHTTPServer(handler: handler)
    return try await withThrowingTaskGroup(of: Void.self, returning: Result.self) { group in
        group.addTask { try await server.run() }
        defer { group.cancelAll() }
        _ = try await server.port()
        return try await body(server)
    }
}

/// Reads a file under `Tests/Fixtures/` (e.g. `"WebSearch/article.html"`).
public func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    return Array(try Data(contentsOf: url))
}
