import ChatKit
import ChatKitHummingbird
import ChatKitSQLStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JSONValue
import NIOCore
import Testing

/// A live Hummingbird app serving ChatKit over loopback: SQLite in memory, the scripted responder,
/// attachments in a temporary directory, CORS for `https://app.example.com`.
///
/// Callers are identified by the `X-Test-User` header (default: the local user); a request with
/// `X-Test-Reject` is refused, as an authentication hook would.
struct ChatKitTestApp: Sendable {
    static let allowedOrigin = "https://app.example.com"
    static let userHeader = HTTPField.Name("X-Test-User")!
    static let rejectHeader = HTTPField.Name("X-Test-Reject")!
    static let publicBaseURL = "http://localhost:8080/chatkit"

    let client: any TestClientProtocol
    let store: SQLStore
    let signals: ScriptedResponder.Signals

    struct Options: Sendable {
        var maxBodyBytes = 1024 * 1024
        var maxAttachmentBytes = 64 * 1024
        var readiness: [ReadinessCheck]? = nil
    }

    static func run(
        _ options: Options = Options(), _ test: @escaping @Sendable (ChatKitTestApp) async throws -> Void
    ) async throws {
        let store = try await SQLStore(url: "sqlite::memory:")
        let signals = ScriptedResponder.Signals()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chatkit-attachments-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let attachments = try DiskAttachmentStore(
            configuration: .init(directory: directory, publicBaseURL: publicBaseURL, maxBytes: options.maxAttachmentBytes))
        let server = ChatKitServer(
            store: store, attachmentStore: attachments, responder: ScriptedResponder(store: store, signals: signals))

        let router = Router()
        router.add(middleware: CORSAllowListMiddleware(allowedOrigins: [allowedOrigin]))
        ChatKitRoutes<BasicRequestContext>(
            configuration: .init(maxBodyBytes: options.maxBodyBytes, version: "9.9.9-test"),
            server: server,
            identify: { request in
                if request.headers[rejectHeader] != nil { throw ChatKitHTTPError.unauthorized("bad token") }
                return RequestContext(userID: request.headers[userHeader] ?? RequestContext.localUserID)
            },
            attachments: attachments,
            readinessChecks: options.readiness ?? [ReadinessCheck(name: "store", throwing: store.health)]
        ).register(on: router)

        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), services: [store])
        try await app.test(.live) { client in
            try await test(ChatKitTestApp(client: client, store: store, signals: signals))
        }
    }

    // MARK: Requests

    /// Sends one request on a fresh connection, as a browser may: the server closes the connection
    /// after a streamed response (Hummingbird's inbound-close watch consumes it).
    func execute(
        _ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil
    ) async throws -> TestClient.Response {
        let port = try #require(client.port)
        return try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
            try await connection.execute(.init(uri, method: method, headers: headers, body: body))
        }
    }

    /// POSTs a ChatKit request body to `/chatkit`.
    func post(_ body: String, user: String? = nil, headers: HTTPFields = [:]) async throws -> TestClient.Response {
        var headers = headers
        headers[.contentType] = "application/json"
        if let user { headers[Self.userHeader] = user }
        return try await execute("/chatkit", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    func post(_ body: JSONValue, user: String? = nil, headers: HTTPFields = [:]) async throws -> TestClient.Response {
        try await post(body.jsonString(), user: user, headers: headers)
    }
}

extension TestClient.Response {
    var text: String { body.map { String(buffer: $0) } ?? "" }

    /// The payloads of an SSE body, decoded.
    var events: [JSONValue] {
        text.components(separatedBy: "\n\n").dropLast().compactMap { frame in
            guard frame.hasPrefix("data: ") else { return nil }
            return try? JSONDecoder().decode(JSONValue.self, from: Data(frame.dropFirst(6).utf8))
        }
    }

    var json: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    /// `error.code` of a JSON error response.
    var errorCode: String? { json?["error"]?["code"]?.stringValue }
}

/// Request bodies, built the way the ChatKit client sends them.
enum Body {
    static func userInput(_ text: String, attachments: [String] = []) -> JSONValue {
        [
            "content": [["type": "input_text", "text": .string(text)]],
            "attachments": .array(attachments.map { .string($0) }),
            "inference_options": [:],
        ]
    }

    static func createThread(_ text: String, attachments: [String] = []) -> JSONValue {
        ["type": "threads.create", "params": ["input": userInput(text, attachments: attachments)]]
    }

    static func addMessage(_ thread: String, _ text: String) -> JSONValue {
        ["type": "threads.add_user_message", "params": ["thread_id": .string(thread), "input": userInput(text)]]
    }

    static func request(_ type: String, _ params: JSONValue) -> JSONValue {
        ["type": .string(type), "params": params]
    }
}
