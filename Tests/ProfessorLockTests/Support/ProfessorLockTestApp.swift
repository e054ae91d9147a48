import AgentRuntime
import AsyncHTTPClient
import FakeModelServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JSONValue
import Logging
import NIOCore
import OpenAIModels
import ParlayTool
import ProfessorLock
import Synchronization
import TestSupport
import Testing
import ToolSupport

/// The whole product on loopback: `ProfessorLockApplication` served live (SQLite in memory, the
/// parlay module and the tests' `test_signals` module), its model a real OpenAI client pointed
/// at a scripted fake model server. Every response can be checked with the conformance oracle.
struct ProfessorLockTestApp: Sendable {
    enum ModelAPI: Sendable { case responses, chatCompletions }

    let client: any TestClientProtocol
    /// `nil` in demo mode.
    let model: FakeModelServer?
    let signals: TestSignals
    /// The retry delays the model client asked for.
    let retrySleeps: RetrySleeps

    static let catalog: [any ToolModule.Type] = [ParlayModule.self, SignalsModule.self]

    /// Runs `test` against a server whose model answers from `script` over `api`.
    static func run(
        api: ModelAPI = .responses, script: [FakeReply],
        _ test: @escaping @Sendable (ProfessorLockTestApp) async throws -> Void
    ) async throws {
        try await withFakeModelServer(script: script) { server in
            let sleeps = RetrySleeps()
            let configuration = OpenAIConfiguration(
                baseURL: try await server.baseURL(), apiKey: "sk-test", model: "gpt-4.1",
                api: api == .responses ? .responses : .chatCompletions)
            let client: any ModelClient =
                switch api {
                case .responses: ResponsesModelClient(configuration: configuration, sleep: sleeps.sleep)
                case .chatCompletions: ChatCompletionsModelClient(configuration: configuration, sleep: sleeps.sleep)
                }
            try await serve(model: ModelSetup(client: client, model: "gpt-4.1"), fakeServer: server, sleeps: sleeps, test)
        }
    }

    /// Runs `test` against a server with no model configured: the offline demo model.
    static func runDemo(_ test: @escaping @Sendable (ProfessorLockTestApp) async throws -> Void) async throws {
        let setup = try ModelSetup.fromEnvironment([:], httpClient: .shared)
        #expect(setup.isDemo)
        try await serve(model: setup, fakeServer: nil, sleeps: RetrySleeps(), test)
    }

    private static func serve(
        model: ModelSetup, fakeServer: FakeModelServer?, sleeps: RetrySleeps,
        _ test: @escaping @Sendable (ProfessorLockTestApp) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("professor-lock-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = ServeConfiguration()
        configuration.port = 0
        configuration.storeURL = "sqlite::memory:"
        configuration.toolsPath = nil
        configuration.attachmentsDirectory = directory.path
        let signals = TestSignals()
        defer { signals.retire() }
        let logger = Logger(label: "ProfessorLockTests", factory: { _ in SwiftLogNoOpLogHandler() })
        try await ProfessorLockApplication.with(
            configuration: configuration, environment: [TestSignals.environmentKey: signals.id], logger: logger,
            catalog: catalog, model: model
        ) { application in
            try await application.test(.live) { client in
                try await test(ProfessorLockTestApp(client: client, model: fakeServer, signals: signals, retrySleeps: sleeps))
            }
        }
    }

    // MARK: Requests

    /// POSTs a ChatKit request on a fresh connection (the server closes a connection after a stream).
    func post(_ body: JSONValue) async throws -> TestClient.Response {
        let port = try #require(client.port)
        return try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
            try await connection.execute(.init(
                "/chatkit", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body.jsonString())))
        }
    }

    /// POSTs `body` (checked as a valid `ChatKitReq` first) and checks the response as `kind` with the oracle.
    @discardableResult
    func exchange(
        _ body: JSONValue, expect kind: ConformanceOracle.Kind, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestClient.Response {
        let oracle = try ConformanceOracle.shared()
        let request = try await oracle.check(.request, body.jsonString())
        #expect(request.conforms, "request body rejected: \(request)", sourceLocation: sourceLocation)
        let response = try await post(body)
        #expect(response.status == .ok, "\(response.status): \(response.text)", sourceLocation: sourceLocation)
        let verdict = try await oracle.check(kind, response.text)
        #expect(verdict.conforms, "\(verdict)\n\(response.text)", sourceLocation: sourceLocation)
        return response
    }

    /// The visible items of a thread through `items.list` (oracle-checked), oldest first.
    func listItems(_ threadID: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [JSONValue] {
        let page = try await exchange(
            Body.request("items.list", ["thread_id": .string(threadID), "order": "asc", "limit": 100]), expect: .itemsPage,
            sourceLocation: sourceLocation)
        #expect(page.json?["has_more"] == false, sourceLocation: sourceLocation)
        return page.json?["data"]?.arrayValue ?? []
    }

    /// The thread through `threads.get_by_id` (oracle-checked).
    func loadThread(_ threadID: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
        let response = try await exchange(
            Body.request("threads.get_by_id", ["thread_id": .string(threadID)]), expect: .thread, sourceLocation: sourceLocation)
        return try #require(response.json, sourceLocation: sourceLocation)
    }
}

/// Records the retry delays a model client asks for and waits only a millisecond.
final class RetrySleeps: Sendable {
    private let delays = Mutex<[Duration]>([])

    var recorded: [Duration] { delays.withLock { $0 } }

    var sleep: @Sendable (Duration) async throws -> Void {
        { delay in
            self.delays.withLock { $0.append(delay) }
            try await Task.sleep(for: .milliseconds(1))
        }
    }
}

extension TestClient.Response {
    var text: String { body.map { String(buffer: $0) } ?? "" }

    /// The payloads of an SSE body, decoded.
    var events: [JSONValue] {
        text.components(separatedBy: "\n\n").dropLast().compactMap { frame in
            guard frame.hasPrefix("data: ") else { return nil }
            return try? JSONValue(parsing: Data(frame.dropFirst(6).utf8))
        }
    }

    /// The `type` of every SSE event, in order.
    var eventTypes: [String] { events.compactMap { $0["type"]?.stringValue } }

    var json: JSONValue? { try? JSONValue(parsing: Data(text.utf8)) }

    /// The item of the last `thread.item.done` of the given item type.
    func doneItem(ofType type: String) -> JSONValue? {
        events.last { $0["type"] == "thread.item.done" && $0["item"]?["type"]?.stringValue == type }?["item"]
    }

    /// The items of every `thread.item.done` of the given item type, in order.
    func doneItems(ofType type: String) -> [JSONValue] {
        events.filter { $0["type"] == "thread.item.done" && $0["item"]?["type"]?.stringValue == type }.compactMap { $0["item"] }
    }

    /// The stream's `error` event: the last event, or the one before a final `thread.updated`
    /// (a thread change is announced after the error, as the reference does).
    var streamError: JSONValue? {
        let tail = events.last?["type"] == "thread.updated" ? events.dropLast() : events[...]
        return tail.last.flatMap { $0["type"] == "error" ? $0 : nil }
    }

    /// The id of the thread a `threads.create` stream created.
    var createdThreadID: String? { events.first { $0["type"] == "thread.created" }?["thread"]?["id"]?.stringValue }
}

/// Request bodies, built the way the ChatKit client sends them.
enum Body {
    static func userInput(_ text: String) -> JSONValue {
        ["content": [["type": "input_text", "text": .string(text)]], "attachments": [], "inference_options": [:]]
    }

    static func createThread(_ text: String) -> JSONValue {
        ["type": "threads.create", "params": ["input": userInput(text)]]
    }

    static func addMessage(_ thread: String, _ text: String) -> JSONValue {
        ["type": "threads.add_user_message", "params": ["thread_id": .string(thread), "input": userInput(text)]]
    }

    static func request(_ type: String, _ params: JSONValue) -> JSONValue {
        ["type": .string(type), "params": params]
    }
}

/// A Responses request body reduced to what was replayed: `user:…`, `assistant:…`,
/// `call:<call_id>:<name>:<arguments>`, `output:<call_id>:<output>`.
enum ReplayedInput {
    static func entries(_ request: RecordedRequest) -> [String] {
        (request.body["input"]?.arrayValue ?? []).map { item in
            switch item["type"]?.stringValue {
            case "function_call":
                "call:\(item["call_id"]?.stringValue ?? "?"):\(item["name"]?.stringValue ?? "?"):\(item["arguments"]?.stringValue ?? "?")"
            case "function_call_output":
                "output:\(item["call_id"]?.stringValue ?? "?"):\(item["output"]?.stringValue ?? "?")"
            default:
                switch item["role"]?.stringValue {
                case "user": "user:\(item["content"]?.stringValue ?? "?")"
                case "assistant": "assistant:" + (item["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }.joined()
                default: "other:\(item.jsonString())"
                }
            }
        }
    }

    /// Checks that every replayed call is immediately followed by its one output, and no call id repeats.
    static func callsArePaired(_ entries: [String]) -> Bool {
        var seen: Set<String> = []
        for (index, entry) in entries.enumerated() where entry.hasPrefix("call:") {
            let callID = entry.split(separator: ":")[1]
            guard seen.insert(String(callID)).inserted, index + 1 < entries.count,
                entries[index + 1].hasPrefix("output:\(callID):")
            else { return false }
        }
        return entries.filter { $0.hasPrefix("output:") }.count == seen.count
    }
}
